// SPDX-License-Identifier: GPL-3.0-or-later
#include "vertextool.h"

#include "edit/featureedits.h"
#include "mapcanvas.h"
#include "project/project.h"
#include "store/projectstore.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace ecoplan {
namespace {
constexpr double dragSlopPx = 2.0;
}

void VertexTool::clear()
{
    m_fid = -1;
    m_row = {};
    m_vertices.clear();
    m_selected.reset();
    m_dragged.reset();
    clearSnapMarker();
    m_canvas->update();
}

void VertexTool::deactivate()
{
    clear();
}

void VertexTool::reset()
{
    const qint64 fid = m_fid;
    const std::optional<VertexId> selected = m_selected;
    if (fid < 0 || !load(fid)) {
        clear();
        return;
    }
    // Keep the selection if that vertex still exists.
    if (selected && std::none_of(m_vertices.cbegin(), m_vertices.cend(),
                                 [&](const Vertex &v) { return v.id == *selected; }))
        m_selected.reset();
    else
        m_selected = selected;
}

bool VertexTool::load(qint64 fid)
{
    const VectorLayer *layer = editableLayer(false);
    if (!layer)
        return false;
    const int index = FeatureEdits::indexOf(*layer, fid);
    if (index < 0)
        return false;
    Result<StoredFeature> row = FeatureEdits::stored(*m_canvas->project(), layer->id, index);
    if (!row)
        return false;
    const auto vertices = FeatureEdits::editor(*m_canvas->project(), *layer).vertices(row->wkt);
    if (!vertices)
        return false;
    m_fid = fid;
    m_row = std::move(row).value();
    m_vertices = *vertices;
    m_selected.reset();
    m_dragged.reset();
    m_canvas->update();
    return true;
}

void VertexTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const VectorLayer *layer = editableLayer();
    if (!layer)
        return;
    const QPointF at = m_canvas->toMap(e->position());
    m_pressPos = e->position();
    if (e->type() == QEvent::MouseButtonDblClick && m_fid >= 0) {
        const GeometryEditor editor = FeatureEdits::editor(*m_canvas->project(), *layer);
        if (GeometryEditor::nearestVertex(m_vertices, at, vertexTolerance()))
            return; // on a vertex: the first click selected it
        if (const auto where = editor.insertionAt(m_vertices, at, vertexTolerance())) {
            const QPointF point = snappedMap(e->position(), m_fid);
            commit(editor.insertVertex(m_row.wkt, *where, point), tr("Add vertex"));
        }
        return;
    }
    if (m_fid >= 0) {
        if (const auto v = GeometryEditor::nearestVertex(m_vertices, at, vertexTolerance())) {
            m_selected = v->id;
            m_dragged = v->id;
            m_dragTo = v->point;
            m_canvas->update();
            return;
        }
    }
    // Pick the feature under the click (clicking an edge of the current one keeps it).
    const auto hits = layer->data->featuresAt(at, vertexTolerance());
    if (hits.empty()) {
        clear();
        return;
    }
    const qint64 fid = layer->data->table().fids[hits.back()];
    if (fid != m_fid && !load(fid))
        clear();
}

void VertexTool::mouseMove(QMouseEvent *e)
{
    if (!m_dragged)
        return;
    m_dragTo = snappedMap(e->position(), m_fid);
    m_canvas->update();
}

void VertexTool::mouseRelease(QMouseEvent *e)
{
    if (!m_dragged || e->button() != Qt::LeftButton)
        return;
    const VertexId vertex = *m_dragged;
    m_dragged.reset();
    if (QLineF(m_pressPos, e->position()).length() <= dragSlopPx) {
        clearSnapMarker();
        m_canvas->update();
        return; // a click: the vertex stays selected
    }
    const VectorLayer *layer = editableLayer();
    if (!layer)
        return;
    const QPointF to = snappedMap(e->position(), m_fid);
    clearSnapMarker();
    commit(FeatureEdits::editor(*m_canvas->project(), *layer).moveVertex(m_row.wkt, vertex, to),
           tr("Move vertex"));
}

bool VertexTool::deleteSelectedVertex()
{
    const VectorLayer *layer = editableLayer();
    if (!m_selected || !layer)
        return false;
    const VertexId vertex = *m_selected;
    const qint64 fid = m_fid;
    commit(FeatureEdits::editor(*m_canvas->project(), *layer).deleteVertex(m_row.wkt, vertex),
           tr("Delete vertex"));
    return m_fid == fid && !m_selected; // the edit went through and the feature was re-read
}

void VertexTool::commit(const Result<QString> &wkt, const QString &text)
{
    if (!wkt) {
        refuse(wkt.error());
        m_canvas->update();
        return;
    }
    // The store re-reads the layer after the write, and reset() then reloads this feature.
    if (commitGeometry(m_row, *wkt, text))
        m_selected.reset();
    m_canvas->update();
}

bool VertexTool::keyPress(QKeyEvent *e)
{
    switch (e->key()) {
    case Qt::Key_Escape:
        if (m_dragged) {
            m_dragged.reset();
            clearSnapMarker();
        } else if (m_selected) {
            m_selected.reset();
        } else if (m_fid >= 0) {
            clear();
        } else {
            return false;
        }
        m_canvas->update();
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_selected)
            return false;
        deleteSelectedVertex();
        return true;
    default:
        return false;
    }
}

void VertexTool::paint(QPainter &p)
{
    if (m_fid >= 0) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        // The edges next to a dragged vertex follow the mouse.
        if (m_dragged) {
            p.setPen(QPen(QColor(220, 30, 30), 1.5, Qt::DashLine));
            const bool closed = FeatureEdits::geometryType(*m_canvas->project()->layer(layer())).kind ==
                                GeometryKind::Polygon;
            QList<QPointF> ring;
            qsizetype at = -1;
            for (const Vertex &v : m_vertices) {
                if (v.id.part == m_dragged->part && v.id.ring == m_dragged->ring) {
                    if (v.id == *m_dragged)
                        at = ring.size();
                    ring << v.point;
                }
            }
            const QPointF to = m_canvas->toWidget(m_dragTo);
            for (qsizetype n : {at - 1, at + 1}) {
                if (closed && ring.size() > 2)
                    n = (n + ring.size()) % ring.size();
                if (at >= 0 && n >= 0 && n < ring.size())
                    p.drawLine(to, m_canvas->toWidget(ring[n]));
            }
        }
        p.setPen(QPen(QColor(220, 30, 30), 1.5));
        for (const Vertex &v : m_vertices) {
            const bool selected = m_selected && v.id == *m_selected;
            p.setBrush(selected ? QColor(220, 30, 30) : QColor(Qt::white));
            const QPointF c = m_canvas->toWidget(m_dragged && v.id == *m_dragged ? m_dragTo : v.point);
            p.drawRect(QRectF(c - QPointF(4, 4), QSizeF(8, 8)));
        }
        p.restore();
    }
    paintSnapMarker(p);
}

} // namespace ecoplan
