// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/layerdata.h"
#include "layer/layerstyle.h"
#include "mapsettings.h"

#include <memory>
#include <vector>

namespace ecoplan {

class Project;

/// What a renderer needs of one layer, copied on the GUI thread so that nothing on a worker thread touches
/// the live Project: the immutable data is shared, the style copied.
struct LayerSnapshot
{
    QString id;
    std::shared_ptr<const LayerData> data;
    LayerStyle style;
    double opacity = 1.0;
    quint64 revision = 0;
    bool hasSampleRows = false; ///< the map must then carry the sample-data note (SampleNote)
};

/// The visible layers of `settings.layerIds` (or, if empty, all visible layers) in drawing order.
std::vector<LayerSnapshot> snapshotLayers(const Project &project, const MapSettings &settings);

} // namespace ecoplan
