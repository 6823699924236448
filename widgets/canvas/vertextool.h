// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/geometryedit.h"
#include "edittool.h"

namespace ecoplan {

/// Edits the vertices of one feature of the target layer. Click a feature to show its vertices; drag a
/// vertex to move it; click a vertex to select it, then Delete or Backspace removes it; double-click on an
/// edge adds a vertex there. Each change is one undoable edit. Esc cancels a drag, then deselects.
class VertexTool : public EditTool
{
    Q_OBJECT
public:
    using EditTool::EditTool;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseRelease(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    void paint(QPainter &p) override;
    void deactivate() override;

    /// The feature whose vertices are shown (its fid), or -1.
    qint64 feature() const { return m_fid; }
    const QList<Vertex> &vertices() const { return m_vertices; }
    bool hasSelectedVertex() const { return m_selected.has_value(); }
    /// Removes the selected vertex; false if none is selected or the removal is refused.
    bool deleteSelectedVertex();

protected:
    /// Re-reads the feature after any change to the layer (an edit, undo), keeping it if it still exists.
    void reset() override;

private:
    bool load(qint64 fid);
    void clear();
    void commit(const Result<QString> &wkt, const QString &text);

    qint64 m_fid = -1;
    StoredFeature m_row;
    QList<Vertex> m_vertices;
    std::optional<VertexId> m_selected;
    std::optional<VertexId> m_dragged;
    QPointF m_pressPos; ///< widget pixels
    QPointF m_dragTo;   ///< map units
};

} // namespace ecoplan
