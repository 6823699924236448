// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/geometry.h"

namespace ecoplan {

/// Douglas-Peucker simplification of every part of `g` with `tolerance` (same units as the coordinates).
/// Rings keep at least three distinct vertices: one smaller than the tolerance becomes a triangle spanning
/// it, so that small features still show as dots. Lines keep their end points.
/// GEOS's simplifier would need each feature converted to and from GEOS objects; this runs on our arrays.
Geometry simplified(const Geometry &g, double tolerance, bool isRing);

} // namespace ecoplan
