// SPDX-License-Identifier: GPL-3.0-or-later
#include "geometry.h"

#include <algorithm>
#include <cmath>

namespace ecoplan {

QRectF Geometry::bounds() const
{
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (const QPointF &p : points) {
        if (std::isnan(p.x()))
            continue;
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    if (minX > maxX)
        return {};
    // A point has zero size; QRectF treats that as null, so callers test isEmpty() on the geometry instead.
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace ecoplan
