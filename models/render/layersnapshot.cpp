// SPDX-License-Identifier: GPL-3.0-or-later
#include "layersnapshot.h"

#include "project/project.h"

namespace ecoplan {

std::vector<LayerSnapshot> snapshotLayers(const Project &project, const MapSettings &settings)
{
    std::vector<LayerSnapshot> out;
    const double scale = settings.scaleDenominator();
    auto take = [&out, scale](const VectorLayer &l) {
        // A layer with a scale range is left out where it is not shown (and so are its labels).
        if (l.isVisible && l.data && l.style.isVisibleAtScale(scale))
            out.push_back({l.id, l.data, l.style, l.style.opacity, l.revision,
                           l.data->table().hasSampleRows()});
    };
    if (settings.layerIds.isEmpty()) {
        for (const auto &l : project.layers())
            take(*l);
    } else {
        for (const QString &id : settings.layerIds) {
            if (const VectorLayer *l = project.layer(id))
                take(*l);
        }
    }
    return out;
}

} // namespace ecoplan
