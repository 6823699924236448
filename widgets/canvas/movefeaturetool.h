// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edittool.h"

namespace ecoplan {

/// Drag a feature of the target layer to move it; the outline follows the mouse and the release writes one
/// undoable edit. Grabbed at a vertex, the feature moves so that vertex lands where the mouse (or the
/// vertex it snaps to) is. Esc cancels a drag.
class MoveFeatureTool : public EditTool
{
    Q_OBJECT
public:
    using EditTool::EditTool;
    QCursor cursor() const override { return Qt::SizeAllCursor; }
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseRelease(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    void paint(QPainter &p) override;
    void deactivate() override { reset(); }

protected:
    void reset() override;

private:
    qint64 m_fid = -1;
    std::uint32_t m_index = 0;
    QPointF m_grab; ///< map units: the pressed point or the vertex near it
    QPointF m_to;
};

} // namespace ecoplan
