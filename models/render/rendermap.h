// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layersnapshot.h"
#include "mapsettings.h"

#include <atomic>

class QPainter;

namespace ecoplan {

struct RenderStats
{
    int featuresDrawn = 0;
    int labelsPlaced = 0;
};

/// Draws the layers and then their labels, in order, onto any paint device (QImage, QPdfWriter,
/// QSvgGenerator, a printer), synchronously on the calling thread. The canvas's RenderJob uses the same
/// LayerRenderer and LabelEngine, so screen, PNG, PDF and SVG agree. The painter must cover
/// settings.outputSize device pixels.
RenderStats renderMap(QPainter &painter, const MapSettings &settings,
                      const std::vector<LayerSnapshot> &layers, const std::atomic_bool *cancel = nullptr);

} // namespace ecoplan
