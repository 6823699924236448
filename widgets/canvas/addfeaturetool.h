// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edittool.h"

#include <QList>

namespace ecoplan {

/// Draws a new feature on the target layer: a click places a point; for lines and polygons each click adds
/// a vertex, double-click or Enter finishes, Backspace removes the last vertex and Esc cancels. The tool
/// does not write: it emits featureDrawn() with the geometry (valid, of the layer's type, in the layer's
/// CRS) and the composer asks for the attributes and commits.
class AddFeatureTool : public EditTool
{
    Q_OBJECT
public:
    using EditTool::EditTool;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    void paint(QPainter &p) override;
    void deactivate() override { reset(); }

    /// The vertices placed so far (display CRS).
    const QList<QPointF> &sketch() const { return m_points; }
    /// Finishes the sketch as Enter does.
    void finish();

signals:
    void featureDrawn(const QString &layerId, const QString &wktInLayerCrs);

protected:
    void reset() override;

private:
    QList<QPointF> m_points;
    std::optional<QPointF> m_hover; ///< where the next vertex would go (the rubber band's loose end)
};

} // namespace ecoplan
