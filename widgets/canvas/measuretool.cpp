// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuretool.h"

#include "geo/geodesicmeasure.h"
#include "geo/mapmeasure.h"
#include "mapcanvas.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace ecoplan {
namespace {
/// A double-click this close to the last vertex finishes without adding another.
constexpr double samePlacePx = 3.0;
const QColor sketchColour(230, 110, 0);
} // namespace

MeasureTool::MeasureTool(MapCanvas *canvas, Mode mode) : MapTool(canvas), m_mode(mode) {}

void MeasureTool::clear()
{
    const bool hadSomething = !m_points.isEmpty();
    m_points.clear();
    m_hover.reset();
    m_isFinished = false;
    if (hadSomething)
        changed();
}

QList<QPointF> MeasureTool::sketch() const
{
    QList<QPointF> pts = m_points;
    if (!m_isFinished && m_hover && !pts.isEmpty())
        pts.append(*m_hover);
    return pts;
}

double MeasureTool::value() const
{
    const QList<QPointF> pts = sketch();
    if (pts.size() < 2 || !m_crs.isValid())
        return 0;
    const MapMeasure measure(m_crs);
    return m_mode == Mode::Distance ? measure.length(pts) : measure.area(pts);
}

QString MeasureTool::text() const
{
    if (m_points.isEmpty())
        return {};
    return m_mode == Mode::Distance ? tr("Distance %1").arg(GeodesicMeasure::formatLength(value()))
                                    : tr("Area %1").arg(GeodesicMeasure::formatArea(value()));
}

void MeasureTool::changed()
{
    m_canvas->update();
    emit measured(text());
}

void MeasureTool::mousePress(QMouseEvent *e)
{
    if (!m_canvas->project())
        return;
    if (e->button() == Qt::RightButton) {
        if (!m_points.isEmpty() && !m_isFinished) {
            m_isFinished = true;
            changed();
        }
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    // A new display CRS would leave the vertices in the old one: start again.
    if (m_isFinished || m_crs != m_canvas->project()->displayCrs()) {
        m_points.clear();
        m_isFinished = false;
        m_crs = m_canvas->project()->displayCrs();
    }
    // The canvas passes a double-click on as a press; its first click has already placed the vertex.
    const bool isDoubleClick = e->type() == QEvent::MouseButtonDblClick;
    const bool samePlace = !m_points.isEmpty() &&
                           QLineF(m_canvas->toWidget(m_points.last()), e->position()).length() <= samePlacePx;
    if (!(isDoubleClick && samePlace))
        m_points.append(m_canvas->toMap(e->position()));
    if (isDoubleClick)
        m_isFinished = true;
    changed();
}

void MeasureTool::mouseMove(QMouseEvent *e)
{
    m_hover = m_canvas->toMap(e->position());
    if (!m_points.isEmpty() && !m_isFinished)
        changed();
}

bool MeasureTool::keyPress(QKeyEvent *e)
{
    if (m_points.isEmpty())
        return false;
    switch (e->key()) {
    case Qt::Key_Escape:
        clear();
        return true;
    case Qt::Key_Backspace:
        if (m_isFinished)
            return false;
        m_points.removeLast();
        changed();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_isFinished = true;
        changed();
        return true;
    default:
        return false;
    }
}

void MeasureTool::paint(QPainter &p)
{
    if (m_points.isEmpty() || (m_canvas->project() && m_crs != m_canvas->project()->displayCrs()))
        return;
    QPolygonF band;
    for (const QPointF &pt : sketch())
        band << m_canvas->toWidget(pt);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(sketchColour, 2, Qt::DashLine));
    if (m_mode == Mode::Area && band.size() > 2) {
        p.setBrush(QColor(sketchColour.red(), sketchColour.green(), sketchColour.blue(), 50));
        p.drawPolygon(band);
    } else {
        p.drawPolyline(band);
    }
    p.setPen(QPen(sketchColour, 1.5));
    p.setBrush(Qt::white);
    for (const QPointF &pt : std::as_const(m_points))
        p.drawEllipse(m_canvas->toWidget(pt), 3.5, 3.5);

    // The result in a box beside the loose end (or the last vertex once finished).
    const QString label = text();
    const QFontMetrics metrics(p.font());
    const QRectF box = QRectF(metrics.boundingRect(label)).adjusted(-6, -4, 6, 4);
    QPointF at = band.last() + QPointF(12, -12);
    at.setX(std::min(at.x(), m_canvas->width() - box.width() - 4));
    at.setY(std::max(at.y(), box.height() + 4));
    const QRectF where = box.translated(at - box.bottomLeft());
    p.setPen(QPen(sketchColour, 1));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(where, 4, 4);
    p.setPen(Qt::black);
    p.drawText(where, Qt::AlignCenter, label);
    p.restore();
}

} // namespace ecoplan
