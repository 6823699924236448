// SPDX-License-Identifier: GPL-3.0-or-later
#include "movefeaturetool.h"

#include "edit/featureedits.h"
#include "mapcanvas.h"
#include "project/project.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace ecoplan {
namespace {
constexpr double dragSlopPx = 2.0;
}

void MoveFeatureTool::reset()
{
    m_fid = -1;
    clearSnapMarker();
    m_canvas->update();
}

void MoveFeatureTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || e->type() == QEvent::MouseButtonDblClick)
        return;
    const VectorLayer *layer = editableLayer();
    if (!layer)
        return;
    const QPointF at = m_canvas->toMap(e->position());
    const auto hits = layer->data->featuresAt(at, vertexTolerance());
    if (hits.empty())
        return;
    m_index = hits.back(); // drawn last, so on top
    m_fid = layer->data->table().fids[m_index];
    m_grab = at;
    // Grabbing near a vertex moves that vertex exactly onto the snap target.
    double best = vertexTolerance();
    for (const QPointF &v : layer->data->geometry(m_index).points) {
        if (const double d = QLineF(v, at).length(); d <= best) {
            best = d;
            m_grab = v;
        }
    }
    m_to = m_grab;
}

void MoveFeatureTool::mouseMove(QMouseEvent *e)
{
    if (m_fid < 0)
        return;
    m_to = snappedMap(e->position(), m_fid);
    m_canvas->update();
}

void MoveFeatureTool::mouseRelease(QMouseEvent *e)
{
    if (m_fid < 0 || e->button() != Qt::LeftButton)
        return;
    m_to = snappedMap(e->position(), m_fid);
    const qint64 fid = m_fid;
    const QPointF delta = m_to - m_grab;
    const bool moved = QLineF(m_canvas->toWidget(m_grab), m_canvas->toWidget(m_to)).length() > dragSlopPx;
    reset();
    const VectorLayer *layer = editableLayer();
    if (!moved || !layer)
        return;
    const int index = FeatureEdits::indexOf(*layer, fid);
    if (index < 0)
        return;
    const Result<StoredFeature> before = FeatureEdits::stored(*m_canvas->project(), layer->id, index);
    if (!before) {
        refuse(before.error());
        return;
    }
    const Result<QString> wkt =
        FeatureEdits::editor(*m_canvas->project(), *layer).translate(before->wkt, delta);
    if (!wkt) {
        refuse(wkt.error());
        return;
    }
    commitGeometry(*before, *wkt, tr("Move feature"));
}

bool MoveFeatureTool::keyPress(QKeyEvent *e)
{
    if (e->key() != Qt::Key_Escape || m_fid < 0)
        return false;
    reset();
    return true;
}

void MoveFeatureTool::paint(QPainter &p)
{
    paintSnapMarker(p);
    const VectorLayer *layer = m_canvas->project() ? m_canvas->project()->layer(this->layer()) : nullptr;
    if (m_fid < 0 || !layer || m_index >= layer->data->size())
        return;
    const QPointF delta = m_to - m_grab;
    const Geometry &g = layer->data->geometry(m_index);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(220, 30, 30), 2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    for (std::size_t part = 0; part < g.partCount(); ++part) {
        QPolygonF line;
        for (std::uint32_t v = g.partBegin(part); v < g.partEnds[part]; ++v)
            line << m_canvas->toWidget(g.points[v] + delta);
        if (line.size() == 1)
            p.drawEllipse(line.first(), 6, 6);
        else
            p.drawPolyline(line);
    }
    p.restore();
}

} // namespace ecoplan
