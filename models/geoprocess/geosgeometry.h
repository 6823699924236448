// SPDX-License-Identifier: GPL-3.0-or-later
// Our flat feature geometry to GEOS and back to measures on the ellipsoid, for the spatial analyses.
#pragma once

#include "geo/geoshandles.h"
#include "layer/geometry.h"

namespace ecoplan {

class CoordinateTransform;

namespace geos {

/// `g` (of `kind`) as a GEOS geometry: points become a Point or MultiPoint, lines a (Multi)LineString.
/// Polygon rings are stored flat (see Geometry), so which ring is a hole of which shell is found again by
/// nesting: a ring inside an odd number of the feature's other rings is a hole. An invalid polygon (a
/// generalised boundary that crosses itself) is repaired with MakeValid, so predicates do not fail on it.
/// Null for an empty geometry.
GeomPtr fromGeometry(GEOSContextHandle_t h, const Geometry &g, GeometryKind kind);

/// A rectangle, for querying an STR tree by envelope.
GeomPtr box(GEOSContextHandle_t h, double minX, double minY, double maxX, double maxY);

/// Area on the CGCS2000 ellipsoid (m²) of the polygons in `g` (other parts count nothing); `toLonLat`
/// takes g's coordinates to longitude/latitude.
double geodesicArea(GEOSContextHandle_t h, const GEOSGeometry *g, const CoordinateTransform &toLonLat);
/// Length on the ellipsoid (m) of the lines in `g` (other parts count nothing).
double geodesicLength(GEOSContextHandle_t h, const GEOSGeometry *g, const CoordinateTransform &toLonLat);

} // namespace geos
} // namespace ecoplan
