// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layersnapshot.h"
#include "mapsettings.h"

#include <atomic>

class QPainter;

namespace ecoplan {

/// Draws one layer snapshot for one MapSettings on any paint device. Built on the GUI thread, run on any
/// thread: it only reads its snapshot. Geometry is thinned to the pixel size while it is transformed, so a
/// zoomed-out view of dense data costs about as much as the pixels it covers.
class LayerRenderer
{
public:
    LayerRenderer(LayerSnapshot layer, const MapSettings &settings);

    const LayerSnapshot &layer() const { return m_layer; }
    /// Draws the layer's features (not labels). Returns how many features were drawn; stops early when
    /// `cancel` becomes true.
    int render(QPainter &painter, const std::atomic_bool *cancel = nullptr) const;

private:
    /// How far geometry may be simplified: three quarters of a device pixel, in map units.
    double detailTolerance() const;
    int renderPolygons(QPainter &p, const std::vector<std::uint32_t> &ids,
                       const std::atomic_bool *cancel) const;
    int renderLines(QPainter &p, const std::vector<std::uint32_t> &ids, const std::atomic_bool *cancel) const;
    int renderPoints(QPainter &p, const std::vector<std::uint32_t> &ids,
                     const std::atomic_bool *cancel) const;

    LayerSnapshot m_layer;
    MapSettings m_settings;
};

} // namespace ecoplan
