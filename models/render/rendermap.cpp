// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendermap.h"

#include "labelengine.h"
#include "layerrenderer.h"
#include "samplenote.h"

#include <QPainter>

namespace ecoplan {

RenderStats renderMap(QPainter &painter, const MapSettings &settings,
                      const std::vector<LayerSnapshot> &layers, const std::atomic_bool *cancel)
{
    RenderStats stats;
    painter.save();
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(settings.outputSize)));
    if (settings.background.isValid())
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(settings.outputSize)), settings.background);
    for (const LayerSnapshot &layer : layers) {
        painter.setOpacity(layer.opacity);
        stats.featuresDrawn += LayerRenderer(layer, settings).render(painter, cancel);
    }
    painter.setOpacity(1.0);
    if (settings.hasLabels) {
        LabelEngine labels(settings);
        for (const LayerSnapshot &layer : layers)
            labels.addLayer(layer);
        const auto placed = labels.place(painter.device());
        LabelEngine::draw(painter, placed);
        stats.labelsPlaced = static_cast<int>(placed.size());
    }
    if (SampleNote::isNeeded(layers))
        SampleNote::draw(painter, QSizeF(settings.outputSize), settings.dpi);
    painter.restore();
    return stats;
}

} // namespace ecoplan
