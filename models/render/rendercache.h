// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layersnapshot.h"
#include "mapsettings.h"

#include <QHash>
#include <QImage>

namespace ecoplan {

/// The last image of each layer, reused while the view, the layer's data and its style are unchanged, so
/// toggling, reordering or fading a layer re-composes instead of re-rendering. GUI thread; a RenderJob gets
/// a copy (images are implicitly shared).
class RenderCache
{
public:
    /// The cached image for `layer` in `settings`, or a null image.
    QImage image(const LayerSnapshot &layer, const MapSettings &settings) const;
    void insert(const LayerSnapshot &layer, const MapSettings &settings, const QImage &image);
    void invalidate(const QString &layerId) { m_entries.remove(layerId); }
    void clear() { m_entries.clear(); }
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry
    {
        MapSettings settings;
        const LayerData *data = nullptr;
        quint64 revision = 0;
        QImage image;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace ecoplan
