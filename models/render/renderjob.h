// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layersnapshot.h"
#include "mapsettings.h"
#include "rendercache.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

namespace ecoplan {

/// Renders a map image off the GUI thread. The layers are split into as many contiguous groups ("lanes")
/// as there are cores, balanced by an estimate of their drawing cost; each lane is drawn into one image on
/// its own thread, the labels into another, and the images are composed in order. One image per lane
/// rather than per layer: allocating, clearing and blending full-size images cost more than many layers.
/// Lanes found in the cache are not drawn again. Created and started on the GUI thread, from snapshots
/// taken there; finished() is emitted there.
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
    /// Puts this job's lane images into `cache` (replacing what was there).
    void updateCache(RenderCache &cache) const;

    /// How the layers are grouped for `threads` threads: lane i is layers [bounds[i], bounds[i+1]).
    static std::vector<std::size_t> laneBounds(const std::vector<LayerSnapshot> &layers,
                                               const MapSettings &settings, int threads);

signals:
    void finished();

private:
    struct Lane
    {
        std::vector<const LayerSnapshot *> layers;
        QString key;
        QImage cached;
    };
    struct Result
    {
        QImage image;
        QHash<QString, QImage> laneImages;
        int featuresDrawn = 0;
    };
    static Result run(MapSettings settings, std::vector<Lane> lanes, std::vector<LayerSnapshot> layers,
                      std::shared_ptr<std::atomic_bool> cancel);

    MapSettings m_settings;
    std::vector<LayerSnapshot> m_layers;
    std::vector<Lane> m_lanes;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Result> m_watcher;
    Result m_result;
    QElapsedTimer m_timer;
    qint64 m_elapsedMs = 0;
};

} // namespace ecoplan
