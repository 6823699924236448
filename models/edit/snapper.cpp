// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapper.h"

#include "project/project.h"

#include <cmath>

namespace ecoplan {

std::optional<SnapMatch> Snapper::snap(const Project &project, const QPointF &point, double mapUnitsPerPixel,
                                       const QString &excludeLayer, qint64 excludeFeature) const
{
    if (!m_enabled || mapUnitsPerPixel <= 0)
        return std::nullopt;
    const double tolerance = m_tolerancePixels * mapUnitsPerPixel;
    const QRectF box(point - QPointF(tolerance, tolerance), QSizeF(2 * tolerance, 2 * tolerance));
    std::optional<SnapMatch> best;
    double bestDistance = tolerance;
    for (const auto &layer : project.layers()) {
        if (!layer->isVisible || !layer->data)
            continue;
        const LayerData &data = *layer->data;
        for (std::uint32_t i : data.query(box)) {
            if (layer->id == excludeLayer && data.table().fids[i] == excludeFeature)
                continue;
            for (const QPointF &v : data.geometry(i).points) {
                const double d = std::hypot(v.x() - point.x(), v.y() - point.y());
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = SnapMatch{v, layer->id, i};
                }
            }
        }
    }
    return best;
}

} // namespace ecoplan
