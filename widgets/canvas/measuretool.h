// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "maptool.h"

#include <QList>
#include <QPointF>

#include <optional>

namespace ecoplan {

/// Measures on the map, on the ellipsoid (MapMeasure) whatever the display CRS. Each click places a
/// vertex; the total follows the mouse; double-click, Enter or a right click finishes (the result stays
/// until the next click starts anew); Backspace takes back the last vertex; Esc clears. The result is drawn
/// beside the sketch and sent out through measured() for the status bar.
class MeasureTool : public MapTool
{
    Q_OBJECT
public:
    enum class Mode { Distance, Area };
    MeasureTool(MapCanvas *canvas, Mode mode);
    QCursor cursor() const override { return Qt::CrossCursor; }
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    void paint(QPainter &p) override;
    void deactivate() override { clear(); }

    Mode mode() const { return m_mode; }
    /// The vertices placed (display CRS).
    const QList<QPointF> &points() const { return m_points; }
    bool isFinished() const { return m_isFinished; }
    /// Metres (distance) or square metres (area) of the vertices placed, and of the mouse position while
    /// drawing.
    double value() const;
    /// The value as the user reads it: "Distance 12.40 km", "Area 3.20 ha · 48.0 mu".
    QString text() const;
    void clear();

signals:
    /// The text changed (empty when cleared).
    void measured(const QString &text);

private:
    QList<QPointF> sketch() const;
    void changed();

    Mode m_mode;
    QList<QPointF> m_points;
    std::optional<QPointF> m_hover;
    bool m_isFinished = false;
    Crs m_crs; ///< the display CRS the vertices are in
};

} // namespace ecoplan
