// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcanvas.h"

#include "maptool.h"
#include "project/project.h"
#include "render/layersnapshot.h"
#include "render/renderjob.h"
#include "render/samplenote.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

namespace ecoplan {
namespace {
constexpr int panRenderDelayMs = 250;  ///< after the last wheel step or arrow key
constexpr double wheelZoomStep = 1.25; ///< per wheel notch
constexpr int maxSelectionOverlay = 20000;
} // namespace

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_cache.clear();
    m_image = QImage();
    m_hasView = false;
    if (project) {
        connect(project, &Project::changed, this, &MapCanvas::onProjectChanged);
        zoomToFullExtent();
    }
    update();
}

MapSettings MapCanvas::settings() const
{
    MapSettings s;
    const double dpr = devicePixelRatioF();
    s.center = m_center;
    s.outputSize = size() * dpr;
    s.mapUnitsPerPixel = m_mapUnitsPerPixel / dpr;
    s.dpi = logicalDpiX() * dpr;
    s.devicePixelRatio = dpr;
    if (m_project) {
        s.crs = m_project->displayCrs();
        s.labelsInEnglish = m_project->labelsInEnglish();
    }
    return s;
}

QRectF MapCanvas::extent() const
{
    return settings().extent();
}

double MapCanvas::scaleDenominator() const
{
    return settings().scaleDenominator();
}

QPointF MapCanvas::toMap(const QPointF &p) const
{
    return {m_center.x() + (p.x() - width() / 2.0) * m_mapUnitsPerPixel,
            m_center.y() - (p.y() - height() / 2.0) * m_mapUnitsPerPixel};
}

QPointF MapCanvas::toWidget(const QPointF &m) const
{
    return {(m.x() - m_center.x()) / m_mapUnitsPerPixel + width() / 2.0,
            (m_center.y() - m.y()) / m_mapUnitsPerPixel + height() / 2.0};
}

void MapCanvas::setExtent(const QRectF &extent)
{
    if (extent.isNull() || width() <= 0 || height() <= 0)
        return;
    m_center = extent.center();
    // Points and tiny selections get a sensible minimum view (1 km) instead of an infinite zoom.
    const double w =
        std::max(extent.width(), 1000.0 * (m_project && m_project->displayCrs().isGeographic() ? 1e-5 : 1));
    const double h = std::max(extent.height(), w * 0.5);
    m_mapUnitsPerPixel = std::max(w / width(), h / height());
    m_hasView = true;
    viewChanged(0);
}

void MapCanvas::setCenter(const QPointF &center)
{
    m_center = center;
    viewChanged(panRenderDelayMs);
}

void MapCanvas::setScaleDenominator(double denominator)
{
    if (denominator <= 0)
        return;
    MapSettings s = settings();
    s.setScaleDenominator(denominator);
    m_mapUnitsPerPixel = s.mapUnitsPerPixel * s.devicePixelRatio;
    viewChanged(0);
}

void MapCanvas::zoomBy(double factor, const QPointF &anchor)
{
    if (factor <= 0)
        return;
    const QPointF before = toMap(anchor);
    m_mapUnitsPerPixel /= factor;
    const QPointF after = toMap(anchor);
    m_center += before - after;
    viewChanged(panRenderDelayMs);
}

void MapCanvas::zoomIn()
{
    zoomBy(2.0, rect().center());
}

void MapCanvas::zoomOut()
{
    zoomBy(0.5, rect().center());
}

void MapCanvas::zoomToFullExtent()
{
    if (!m_project)
        return;
    const QRectF full = m_project->fullExtent();
    setExtent(full.adjusted(-full.width() * 0.03, -full.height() * 0.03, full.width() * 0.03,
                            full.height() * 0.03));
}

void MapCanvas::zoomToLayer(const QString &layerId)
{
    if (!m_project)
        return;
    if (const VectorLayer *l = m_project->layer(layerId); l && l->data && !l->data->extent().isNull()) {
        const QRectF e = l->data->extent();
        setExtent(e.adjusted(-e.width() * 0.05, -e.height() * 0.05, e.width() * 0.05, e.height() * 0.05));
    }
}

void MapCanvas::zoomToSelection()
{
    if (!m_project)
        return;
    const QRectF e = m_project->selectionExtent();
    if (!e.isNull())
        setExtent(e.adjusted(-e.width() * 0.1, -e.height() * 0.1, e.width() * 0.1, e.height() * 0.1));
}

void MapCanvas::panByPixels(const QPointF &delta)
{
    m_center -= QPointF(delta.x() * m_mapUnitsPerPixel, -delta.y() * m_mapUnitsPerPixel);
    viewChanged(panRenderDelayMs);
}

void MapCanvas::viewChanged(int delayMs)
{
    update();
    emit extentChanged();
    emit scaleChanged(scaleDenominator());
    m_renderTimer.start(delayMs);
}

void MapCanvas::setMapTool(MapTool *tool)
{
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    setCursor(tool ? tool->cursor() : QCursor(Qt::ArrowCursor));
    update();
}

bool MapCanvas::isRendering() const
{
    return m_job != nullptr || m_renderTimer.isActive();
}

void MapCanvas::refresh()
{
    if (!m_renderTimer.isActive())
        m_renderTimer.start(0);
}

void MapCanvas::startRender()
{
    if (!m_project || !m_hasView || width() <= 0 || height() <= 0)
        return;
    const MapSettings s = settings();
    if (m_job)
        m_job->cancel(); // it still finishes; onJobFinished drops it
    std::vector<LayerSnapshot> layers = snapshotLayers(*m_project, s);
    m_jobShowsSampleData = SampleNote::isNeeded(layers);
    auto *job = new RenderJob(s, std::move(layers), m_cache, this);
    m_job = job;
    connect(job, &RenderJob::finished, this, [this, job] { onJobFinished(job); });
    job->start();
    emit renderStarted();
}

void MapCanvas::onJobFinished(RenderJob *job)
{
    job->deleteLater();
    if (job != m_job)
        return; // an older view: a newer job is already under way
    m_job = nullptr;
    if (job->isCancelled())
        return;
    job->updateCache(m_cache);
    m_image = job->image();
    m_image.setDevicePixelRatio(job->settings().devicePixelRatio);
    m_imageSettings = job->settings();
    m_showsSampleData = m_jobShowsSampleData;
    update();
    emit renderFinished();
}

void MapCanvas::onProjectChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::Selection) {
        update();
        return;
    }
    if (event.type == ChangeEvent::Type::DisplayCrs) {
        m_cache.clear();
        m_image = QImage(); // the old image is in another CRS and cannot be shifted into this one
        zoomToFullExtent();
        return;
    }
    // No cache clearing here: a lane's cache key holds its layers' data and revisions, which every data
    // and style change replaces.
    if (event.type == ChangeEvent::Type::LayersAdded && !m_hasView) {
        zoomToFullExtent();
        return;
    }
    refresh();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_image.isNull()) {
        // Where the last image's extent lies in the current view: shifted when panned, scaled when zoomed.
        const QRectF e = m_imageSettings.extent();
        const QRectF target(toWidget(QPointF(e.left(), e.bottom())), toWidget(QPointF(e.right(), e.top())));
        p.setRenderHint(QPainter::SmoothPixmapTransform, !isRendering());
        p.drawImage(target, m_image);
    }
    paintSelection(p);
    if (m_tool)
        m_tool->paint(p);
    if (m_showsSampleData)
        SampleNote::draw(p, QSizeF(size()), logicalDpiY());
}

void MapCanvas::paintSelection(QPainter &p) const
{
    if (!m_project || m_project->selection().isEmpty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour(255, 200, 0);
    p.setPen(QPen(colour, 2.5));
    p.setBrush(QColor(255, 220, 0, 70));
    const QRectF view = extent();
    int drawn = 0;
    for (auto it = m_project->selection().cbegin(); it != m_project->selection().cend(); ++it) {
        const VectorLayer *l = m_project->layer(it.key());
        if (!l || !l->isVisible || !l->data)
            continue;
        for (std::uint32_t i : it.value()) {
            if (++drawn > maxSelectionOverlay)
                break;
            const QRectF b = l->data->bounds(i);
            if (!b.isNull() && !b.intersects(view))
                continue;
            const Geometry &g = l->data->geometry(i);
            if (l->data->kind() == GeometryKind::Point) {
                for (const QPointF &pt : g.points)
                    p.drawEllipse(toWidget(pt), 5, 5);
                continue;
            }
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (std::size_t part = 0; part < g.partCount(); ++part) {
                QPolygonF poly;
                for (std::uint32_t v = g.partBegin(part); v < g.partEnds[part]; ++v)
                    poly << toWidget(g.points[v]);
                if (l->data->kind() == GeometryKind::Polygon)
                    path.addPolygon(poly);
                else
                    p.drawPolyline(poly);
            }
            if (!path.isEmpty())
                p.drawPath(path);
        }
    }
    p.restore();
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    if (!m_hasView && m_project)
        zoomToFullExtent();
    else
        viewChanged(panRenderDelayMs);
}

void MapCanvas::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::MiddleButton) {
        m_isMiddlePanning = true;
        m_dragStart = e->position().toPoint();
        return;
    }
    if (m_tool)
        m_tool->mousePress(e);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *e)
{
    emit cursorMoved(toMap(e->position()));
    if (m_isMiddlePanning) {
        const QPoint pos = e->position().toPoint();
        panByPixels(pos - m_dragStart);
        m_dragStart = pos;
        return;
    }
    if (m_tool)
        m_tool->mouseMove(e);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() == Qt::MiddleButton) {
        m_isMiddlePanning = false;
        return;
    }
    if (m_tool)
        m_tool->mouseRelease(e);
}

void MapCanvas::wheelEvent(QWheelEvent *e)
{
    const double notches = e->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomBy(std::pow(wheelZoomStep, notches), e->position());
    e->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *e)
{
    if (m_tool && m_tool->keyPress(e))
        return;
    const double step = std::min(width(), height()) / 4.0;
    switch (e->key()) {
    case Qt::Key_Left:
        panByPixels({step, 0});
        break;
    case Qt::Key_Right:
        panByPixels({-step, 0});
        break;
    case Qt::Key_Up:
        panByPixels({0, step});
        break;
    case Qt::Key_Down:
        panByPixels({0, -step});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    default:
        QWidget::keyPressEvent(e);
    }
}

} // namespace ecoplan
