// SPDX-License-Identifier: GPL-3.0-or-later
#include "addfeaturetool.h"

#include "edit/featureedits.h"
#include "mapcanvas.h"
#include "project/project.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace ecoplan {
namespace {
/// A double-click this close to the last vertex finishes without adding another.
constexpr double samePlacePx = 3.0;
} // namespace

void AddFeatureTool::reset()
{
    m_points.clear();
    m_hover.reset();
    clearSnapMarker();
    m_canvas->update();
}

void AddFeatureTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const VectorLayer *layer = editableLayer();
    if (!layer)
        return;
    const QPointF point = snappedMap(e->position());
    // The canvas passes a double-click on as a press; its first click has already placed the vertex.
    const bool isDoubleClick = e->type() == QEvent::MouseButtonDblClick;
    const bool samePlace = !m_points.isEmpty() &&
                           QLineF(m_canvas->toWidget(m_points.last()), e->position()).length() <= samePlacePx;
    if (!(isDoubleClick && samePlace))
        m_points.append(point);
    if (isDoubleClick || layer->data->kind() == GeometryKind::Point)
        finish();
    m_canvas->update();
}

void AddFeatureTool::mouseMove(QMouseEvent *e)
{
    if (!m_canvas->project())
        return;
    m_hover = snappedMap(e->position());
    m_canvas->update();
}

bool AddFeatureTool::keyPress(QKeyEvent *e)
{
    switch (e->key()) {
    case Qt::Key_Escape:
        if (m_points.isEmpty())
            return false;
        reset();
        return true;
    case Qt::Key_Backspace:
        if (m_points.isEmpty())
            return false;
        m_points.removeLast();
        m_canvas->update();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_points.isEmpty())
            return false;
        finish();
        return true;
    default:
        return false;
    }
}

void AddFeatureTool::finish()
{
    const VectorLayer *layer = editableLayer();
    if (!layer || m_points.isEmpty())
        return;
    const Result<QString> wkt = FeatureEdits::editor(*m_canvas->project(), *layer).build(m_points);
    // A refused sketch stays, so the user can add vertices or take the offending one back.
    if (!wkt) {
        refuse(wkt.error());
        if (layer->data->kind() == GeometryKind::Point)
            reset();
        return;
    }
    const std::optional<QString> valid = validated(*wkt);
    if (!valid)
        return;
    const QString layerId = layer->id;
    reset();
    emit featureDrawn(layerId, *valid);
}

void AddFeatureTool::paint(QPainter &p)
{
    if (!m_points.isEmpty()) {
        const VectorLayer *layer = m_canvas->project() ? m_canvas->project()->layer(this->layer()) : nullptr;
        QPolygonF band;
        for (const QPointF &pt : m_points)
            band << m_canvas->toWidget(pt);
        if (m_hover)
            band << m_canvas->toWidget(*m_hover);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(220, 30, 30), 2));
        if (layer && layer->data->kind() == GeometryKind::Polygon && band.size() > 2) {
            p.setBrush(QColor(220, 30, 30, 50));
            p.drawPolygon(band);
        } else {
            p.drawPolyline(band);
        }
        p.setBrush(Qt::white);
        p.setPen(QPen(QColor(220, 30, 30), 1.5));
        for (const QPointF &pt : m_points)
            p.drawRect(QRectF(m_canvas->toWidget(pt) - QPointF(3, 3), QSizeF(6, 6)));
        p.restore();
    }
    paintSnapMarker(p);
}

} // namespace ecoplan
