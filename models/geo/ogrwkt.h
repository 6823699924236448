// SPDX-License-Identifier: GPL-3.0-or-later
// WKT to OGR geometry and back, for the model classes that hand geometry to GDAL/GEOS.
#pragma once

#include <QString>

#include <ogr_geometry.h>

namespace ecoplan::ogr {

/// Null if `wkt` does not parse.
OGRGeometryUniquePtr fromWkt(const QString &wkt);
/// ISO WKT, the form ProjectStore::readFeature returns, so an unchanged vertex prints as it was read.
QString toWkt(const OGRGeometry &g);

} // namespace ecoplan::ogr
