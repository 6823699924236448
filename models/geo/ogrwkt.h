// SPDX-License-Identifier: GPL-3.0-or-later
// WKT to OGR geometry and back, for the model classes that hand geometry to GDAL/GEOS.
#pragma once

#include "layer/geometry.h"

#include <QString>

#include <ogr_geometry.h>

namespace ecoplan::ogr {

/// Null if `wkt` does not parse.
OGRGeometryUniquePtr fromWkt(const QString &wkt);
/// ISO WKT, the form ProjectStore::readFeature returns, so an unchanged vertex prints as it was read.
QString toWkt(const OGRGeometry &g);
/// What a geometry type draws as (curves count as lines, curved polygons as polygons).
GeometryKind kindOf(OGRwkbGeometryType type);
inline GeometryKind kindOf(const OGRGeometry &g)
{
    return kindOf(g.getGeometryType());
}
/// The OGR type a layer of this kind stores (wkbMultiPolygon, …).
OGRwkbGeometryType typeOf(GeometryKind kind, bool isMulti);

} // namespace ecoplan::ogr
