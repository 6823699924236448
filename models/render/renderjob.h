// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layersnapshot.h"
#include "mapsettings.h"
#include "rendercache.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

namespace ecoplan {

/// Renders a map image off the GUI thread: each layer into its own image in parallel (QtConcurrent), the
/// labels into another, then composes them in order. Layers whose image is in the cache are not rendered
/// again. Created and started on the GUI thread, from snapshots taken there; finished() is emitted there.
class RenderJob : public QObject
{
    Q_OBJECT
public:
    RenderJob(const MapSettings &settings, std::vector<LayerSnapshot> layers, const RenderCache &cache = {},
              QObject *parent = nullptr);
    ~RenderJob() override;

    void start();
    /// Asks the workers to stop; finished() still follows, with isCancelled() true.
    void cancel();
    bool isActive() const { return m_watcher.isRunning(); }
    bool isCancelled() const { return m_cancel->load(); }
    /// Blocks until done (the CLI and tests).
    void waitForFinished();

    const MapSettings &settings() const { return m_settings; }
    QImage image() const { return m_result.image; }
    int featuresDrawn() const { return m_result.featuresDrawn; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    /// Stores this job's freshly rendered layer images into `cache`.
    void updateCache(RenderCache &cache) const;

signals:
    void finished();

private:
    struct Result
    {
        QImage image;
        std::vector<QImage> layerImages; ///< per layer, same order as the snapshots
        int featuresDrawn = 0;
    };
    static Result run(MapSettings settings, std::vector<LayerSnapshot> layers, std::vector<QImage> cached,
                      std::shared_ptr<std::atomic_bool> cancel);

    MapSettings m_settings;
    std::vector<LayerSnapshot> m_layers;
    std::vector<QImage> m_cached;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Result> m_watcher;
    Result m_result;
    QElapsedTimer m_timer;
    qint64 m_elapsedMs = 0;
};

} // namespace ecoplan
