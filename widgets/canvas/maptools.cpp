// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptools.h"

#include "mapcanvas.h"
#include "project/project.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace ecoplan {
namespace {
constexpr int clickSlopPx = 4;
}

void PanTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_isDragging = true;
    m_last = e->position().toPoint();
    m_canvas->setCursor(Qt::ClosedHandCursor);
}

void PanTool::mouseMove(QMouseEvent *e)
{
    if (!m_isDragging)
        return;
    const QPoint pos = e->position().toPoint();
    m_canvas->panByPixels(pos - m_last);
    m_last = pos;
}

void PanTool::mouseRelease(QMouseEvent *e)
{
    if (!m_isDragging || e->button() != Qt::LeftButton)
        return;
    m_isDragging = false;
    m_canvas->setCursor(cursor());
    m_canvas->refresh(); // render now rather than after the pause
}

void RubberBandTool::mousePress(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_isDragging = true;
    m_start = m_end = e->position().toPoint();
}

void RubberBandTool::mouseMove(QMouseEvent *e)
{
    if (!m_isDragging)
        return;
    m_end = e->position().toPoint();
    m_canvas->update();
}

void RubberBandTool::mouseRelease(QMouseEvent *e)
{
    if (!m_isDragging || e->button() != Qt::LeftButton)
        return;
    m_isDragging = false;
    m_end = e->position().toPoint();
    m_canvas->update();
    const QRect box = QRect(m_start, m_end).normalized();
    if (box.width() <= clickSlopPx && box.height() <= clickSlopPx)
        clicked(m_end, e->modifiers());
    else
        boxed(box, e->modifiers());
}

bool RubberBandTool::keyPress(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape && m_isDragging) {
        m_isDragging = false;
        m_canvas->update();
        return true;
    }
    return false;
}

void RubberBandTool::paint(QPainter &p)
{
    if (!m_isDragging)
        return;
    p.setPen(QPen(QColor(0, 90, 200), 1, Qt::DashLine));
    p.setBrush(QColor(0, 90, 200, 40));
    p.drawRect(QRect(m_start, m_end).normalized());
}

void ZoomBoxTool::clicked(const QPoint &pos, Qt::KeyboardModifiers)
{
    m_canvas->zoomBy(2.0, pos);
}

void ZoomBoxTool::boxed(const QRect &box, Qt::KeyboardModifiers)
{
    m_canvas->setExtent(
        QRectF(m_canvas->toMap(box.topLeft()), m_canvas->toMap(box.bottomRight())).normalized());
}

void IdentifyTool::mouseRelease(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_canvas->project())
        return;
    const double tolerance = clickTolerancePx * m_canvas->mapUnitsPerPixel();
    emit identified(FeatureQuery::identify(*m_canvas->project(), m_canvas->toMap(e->position()), tolerance));
}

bool SelectTool::keyPress(QKeyEvent *e)
{
    if (RubberBandTool::keyPress(e))
        return true;
    if (e->key() == Qt::Key_Escape && m_canvas->project()) {
        m_canvas->project()->clearSelection();
        return true;
    }
    return false;
}

void SelectTool::clicked(const QPoint &pos, Qt::KeyboardModifiers modifiers)
{
    if (!m_canvas->project())
        return;
    const double tolerance = clickTolerancePx * m_canvas->mapUnitsPerPixel();
    apply(FeatureQuery::selectAt(*m_canvas->project(), m_canvas->toMap(pos), tolerance), modifiers);
}

void SelectTool::boxed(const QRect &box, Qt::KeyboardModifiers modifiers)
{
    if (!m_canvas->project())
        return;
    const QRectF area =
        QRectF(m_canvas->toMap(box.topLeft()), m_canvas->toMap(box.bottomRight())).normalized();
    apply(FeatureQuery::selectIn(*m_canvas->project(), area, m_scope), modifiers);
}

void SelectTool::apply(const QHash<QString, QSet<std::uint32_t>> &hits, Qt::KeyboardModifiers modifiers)
{
    Project &project = *m_canvas->project();
    if (!(modifiers & (Qt::ShiftModifier | Qt::ControlModifier))) {
        project.setSelection(hits);
        return;
    }
    auto selection = project.selection();
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        if (modifiers & Qt::ControlModifier)
            selection[it.key()].subtract(it.value());
        else
            selection[it.key()].unite(it.value());
    }
    project.setSelection(selection);
}

} // namespace ecoplan
