// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layersnapshot.h"
#include "mapsettings.h"

#include <QHash>
#include <QImage>

#include <vector>

namespace ecoplan {

/// The last image of each group of layers a RenderJob drew together, keyed by exactly what is in it (the
/// layers' ids, data, revisions and opacities) and reused while the view is the same. So a change to one
/// layer re-renders only its group. GUI thread; a RenderJob gets a copy (images are implicitly shared).
class RenderCache
{
public:
    /// Identifies what a group of layers draws; changes whenever any of them would draw differently.
    static QString keyOf(const std::vector<const LayerSnapshot *> &layers);

    /// The cached image for `key` in `settings`, or a null image.
    QImage image(const QString &key, const MapSettings &settings) const;
    /// Replaces the contents: only the groups of the latest render are worth keeping.
    void replace(const QHash<QString, QImage> &images, const MapSettings &settings);
    void clear() { m_images.clear(); }
    int size() const { return static_cast<int>(m_images.size()); }

private:
    MapSettings m_settings;
    QHash<QString, QImage> m_images;
};

} // namespace ecoplan
