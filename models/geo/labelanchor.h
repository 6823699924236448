// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

class OGRGeometry;

namespace ecoplan {

/// Where a polygon's label goes: the centre of the largest circle inside its largest part (GEOS's
/// maximum inscribed circle, the "pole of inaccessibility"), which unlike the centroid is always inside,
/// also for crescent-shaped counties. Falls back to GEOS PointOnSurface. NaN when there is no polygon.
QPointF polygonLabelAnchor(const OGRGeometry &geometry);

} // namespace ecoplan
