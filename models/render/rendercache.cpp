// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendercache.h"

namespace ecoplan {

QImage RenderCache::image(const LayerSnapshot &layer, const MapSettings &settings) const
{
    const auto it = m_entries.constFind(layer.id);
    if (it == m_entries.cend() || it->data != layer.data.get() || it->revision != layer.revision ||
        !it->settings.hasSameView(settings))
        return {};
    return it->image;
}

void RenderCache::insert(const LayerSnapshot &layer, const MapSettings &settings, const QImage &image)
{
    m_entries.insert(layer.id, Entry{settings, layer.data.get(), layer.revision, image});
}

} // namespace ecoplan
