// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/geometry.h"

namespace ecoplan {

/// Douglas-Peucker simplification of every part of `g` with `tolerance` (same units as the coordinates).
/// Rings keep at least three distinct vertices or are dropped, lines at least two: a part smaller than
/// the tolerance disappears, which is the point when the tolerance is below half a pixel.
/// GEOS's simplifier would need each feature converted to and from GEOS objects; this runs on our arrays.
Geometry simplified(const Geometry &g, double tolerance, bool isRing);

} // namespace ecoplan
