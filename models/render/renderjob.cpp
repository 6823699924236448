// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderjob.h"

#include "labelengine.h"
#include "layerrenderer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

namespace ecoplan {
namespace {

QImage newImage(const MapSettings &s, const QColor &fill)
{
    QImage img(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(qRound(s.dpi / 0.0254));
    img.setDotsPerMeterY(qRound(s.dpi / 0.0254));
    img.fill(fill);
    return img;
}

/// One long-lived thread coordinates the jobs and draws their labels. Qt's font engines and glyph caches
/// are per thread, and loading the CJK font costs tens of milliseconds, so labels always on the same thread
/// make every frame after the first as fast as the rest. It never takes a thread from the global pool
/// that draws the lanes, so waiting for them cannot starve them. Jobs queue behind it; a cancelled one
/// gives up at its next check. The pool belongs to the application object, so its thread is joined while
/// Qt (and the thread's font caches) still exist.
QThreadPool *coordinatorPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(1);
        pool->setExpiryTimeout(-1);
    }
    return pool;
}

/// A rough cost of drawing a layer: vertices at the detail drawn, more for fills and wide outlines
/// (Qt strokes lines wider than a pixel far more slowly than hairlines).
double drawingCost(const LayerSnapshot &l, const MapSettings &s)
{
    if (!l.data)
        return 0;
    const double vertices = double(l.data->vertexCount(s.mapUnitsPerPixel * 0.75)) + double(l.data->size());
    const double strokePx = s.mmToPixels(l.style.symbol.strokeWidthMm);
    return vertices * (1.0 + (l.style.hasFill() ? 1.0 : 0.0) + (strokePx > 1.0 ? 4.0 * strokePx : 0.0));
}

} // namespace

std::vector<std::size_t> RenderJob::laneBounds(const std::vector<LayerSnapshot> &layers,
                                               const MapSettings &settings, int threads)
{
    const std::size_t n = layers.size();
    const std::size_t lanes =
        std::clamp<std::size_t>(std::size_t(std::max(threads, 1)), 1, std::max<std::size_t>(n, 1));
    std::vector<double> cost(n);
    for (std::size_t i = 0; i < n; ++i)
        cost[i] = drawingCost(layers[i], settings);
    const double total = std::accumulate(cost.begin(), cost.end(), 0.0);
    // Greedy contiguous split: close a lane once it holds its share, leaving a layer for each lane to come.
    std::vector<std::size_t> bounds{0};
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += cost[i];
        const std::size_t lanesLeft = lanes - bounds.size();
        const bool full = sum >= total * double(bounds.size()) / double(lanes);
        if (lanesLeft > 0 && full && n - (i + 1) >= lanesLeft)
            bounds.push_back(i + 1);
    }
    bounds.push_back(n);
    return bounds;
}

RenderJob::RenderJob(const MapSettings &settings, std::vector<LayerSnapshot> layers, const RenderCache &cache,
                     QObject *parent)
    : QObject(parent), m_settings(settings), m_layers(std::move(layers))
{
    const auto bounds = laneBounds(m_layers, m_settings, QThread::idealThreadCount());
    for (std::size_t b = 0; b + 1 < bounds.size(); ++b) {
        Lane lane;
        for (std::size_t i = bounds[b]; i < bounds[b + 1]; ++i)
            lane.layers.push_back(&m_layers[i]);
        lane.key = RenderCache::keyOf(lane.layers);
        lane.cached = cache.image(lane.key, m_settings);
        m_lanes.push_back(std::move(lane));
    }
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_result = m_watcher.result();
        m_elapsedMs = m_timer.elapsed();
        emit finished();
    });
}

RenderJob::~RenderJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void RenderJob::start()
{
    m_timer.start();
    // The lanes point into m_layers; the worker gets its own copy of both so this object may go first.
    m_watcher.setFuture(
        QtConcurrent::run(coordinatorPool(), &RenderJob::run, m_settings, m_lanes, m_layers, m_cancel));
}

void RenderJob::cancel()
{
    m_cancel->store(true);
}

void RenderJob::waitForFinished()
{
    m_watcher.waitForFinished();
    if (m_result.image.isNull() && m_watcher.future().isValid() && m_watcher.future().resultCount() > 0) {
        m_result = m_watcher.result();
        m_elapsedMs = m_timer.elapsed();
    }
}

void RenderJob::updateCache(RenderCache &cache) const
{
    if (!isCancelled() && !m_result.image.isNull())
        cache.replace(m_result.laneImages, m_settings);
}

RenderJob::Result RenderJob::run(MapSettings settings, std::vector<Lane> lanes,
                                 std::vector<LayerSnapshot> layers, std::shared_ptr<std::atomic_bool> cancel)
{
    // Re-point the lanes at this thread's copy of the snapshots.
    std::size_t next = 0;
    for (Lane &lane : lanes) {
        for (const LayerSnapshot *&l : lane.layers)
            l = &layers[next++];
    }
    const int n = static_cast<int>(lanes.size());
    std::vector<int> counts(n, 0);
    std::vector<QImage> images(n);
    // Each lane is its own task in the global pool. The bottom lane is drawn onto the background, so it
    // need not be blended in later; the others onto transparent images.
    const QColor background = settings.background.isValid() ? settings.background : QColor(Qt::transparent);
    auto drawLane = [&](int i) {
        if (cancel->load())
            return;
        if (!lanes[i].cached.isNull()) {
            images[i] = lanes[i].cached;
            return;
        }
        QImage img = newImage(settings, i == 0 ? background : QColor(Qt::transparent));
        QPainter p(&img);
        for (const LayerSnapshot *l : lanes[i].layers) {
            p.setOpacity(l->opacity);
            counts[i] += LayerRenderer(*l, settings).render(p, cancel.get());
        }
        p.end();
        images[i] = std::move(img);
    };
    std::vector<QFuture<void>> lanesDone;
    for (int i = 0; i < n; ++i)
        lanesDone.push_back(QtConcurrent::run(drawLane, i));
    // Meanwhile this thread places the labels; drawing them onto the finished map is cheap.
    std::vector<PlacedLabel> placed;
    if (settings.hasLabels && !cancel->load()) {
        LabelEngine labels(settings);
        for (const LayerSnapshot &l : layers)
            labels.addLayer(l);
        // Text is measured for the output's DPI; a one-pixel image of that DPI is all the device needed.
        MapSettings measuring = settings;
        measuring.outputSize = QSize(1, 1);
        const QImage device = newImage(measuring, Qt::transparent);
        placed = labels.place(&device);
    }
    for (QFuture<void> &f : lanesDone)
        f.waitForFinished();
    Result result;
    if (cancel->load())
        return result;
    // Painting onto a copy of the bottom lane's image detaches it, so the cached image stays as it was.
    QImage out = n > 0 ? images[0] : newImage(settings, background);
    QPainter p(&out);
    for (int i = 1; i < n; ++i)
        p.drawImage(0, 0, images[i]);
    LabelEngine::draw(p, placed);
    p.end();
    for (int i = 0; i < n; ++i)
        result.laneImages.insert(lanes[i].key, images[i]);
    result.image = std::move(out);
    result.featuresDrawn = std::accumulate(counts.begin(), counts.end(), 0);
    return result;
}

} // namespace ecoplan
