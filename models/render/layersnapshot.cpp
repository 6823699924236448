// SPDX-License-Identifier: GPL-3.0-or-later
#include "layersnapshot.h"

#include "project/project.h"

namespace ecoplan {

std::vector<LayerSnapshot> snapshotLayers(const Project &project, const MapSettings &settings)
{
    std::vector<LayerSnapshot> out;
    auto take = [&out](const VectorLayer &l) {
        if (l.isVisible && l.data)
            out.push_back({l.id, l.data, l.style, l.opacity, l.revision, l.data->table().hasSampleRows()});
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
