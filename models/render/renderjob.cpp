// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderjob.h"

#include "labelengine.h"
#include "layerrenderer.h"

#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

namespace ecoplan {
namespace {

QImage blankImage(const MapSettings &s)
{
    QImage img(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(qRound(s.dpi / 0.0254));
    img.setDotsPerMeterY(qRound(s.dpi / 0.0254));
    img.fill(Qt::transparent);
    return img;
}

/// The jobs' coordinators wait for their layers; they run in their own pool so that waiting never takes a
/// thread from the global pool that renders the layers.
QThreadPool &coordinatorPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(4);
    return pool;
}

} // namespace

RenderJob::RenderJob(const MapSettings &settings, std::vector<LayerSnapshot> layers, const RenderCache &cache,
                     QObject *parent)
    : QObject(parent), m_settings(settings), m_layers(std::move(layers))
{
    for (const LayerSnapshot &l : m_layers)
        m_cached.push_back(cache.image(l, m_settings));
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
    m_watcher.setFuture(QtConcurrent::run(&coordinatorPool(), &RenderJob::run, m_settings, m_layers, m_cached, m_cancel));
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
    if (isCancelled())
        return;
    for (std::size_t i = 0; i < m_layers.size() && i < m_result.layerImages.size(); ++i)
        cache.insert(m_layers[i], m_settings, m_result.layerImages[i]);
}

RenderJob::Result RenderJob::run(MapSettings settings, std::vector<LayerSnapshot> layers, std::vector<QImage> cached,
                                 std::shared_ptr<std::atomic_bool> cancel)
{
    // Task i < n renders layer i; task n renders the labels, which depend only on the data, not the images.
    const int n = static_cast<int>(layers.size());
    std::vector<int> tasks(n + 1);
    std::iota(tasks.begin(), tasks.end(), 0);
    std::vector<int> counts(n + 1, 0);
    std::vector<QImage> images(n + 1);
    QtConcurrent::blockingMap(tasks, [&](int i) {
        if (cancel->load())
            return;
        if (i < n && !cached[i].isNull()) {
            images[i] = cached[i];
            return;
        }
        QImage img = blankImage(settings);
        QPainter p(&img);
        if (i < n) {
            counts[i] = LayerRenderer(layers[i], settings).render(p, cancel.get());
        } else if (settings.hasLabels) {
            LabelEngine labels(settings);
            for (const LayerSnapshot &l : layers)
                labels.addLayer(l);
            LabelEngine::draw(p, labels.place(&img));
        }
        p.end();
        images[i] = std::move(img);
    });
    Result result;
    if (cancel->load())
        return result;
    QImage out(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    out.setDotsPerMeterX(qRound(settings.dpi / 0.0254));
    out.setDotsPerMeterY(qRound(settings.dpi / 0.0254));
    out.fill(settings.background.isValid() ? settings.background : QColor(Qt::transparent));
    QPainter p(&out);
    for (int i = 0; i <= n; ++i) {
        p.setOpacity(i < n ? layers[i].opacity : 1.0);
        if (!images[i].isNull())
            p.drawImage(0, 0, images[i]);
    }
    p.end();
    result.image = std::move(out);
    images.pop_back();
    result.layerImages = std::move(images);
    result.featuresDrawn = std::accumulate(counts.begin(), counts.end(), 0);
    return result;
}

} // namespace ecoplan
