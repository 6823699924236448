// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"

#include <memory>

namespace ecoplan {

class LayerData;

/// Where the spatial analyses compute: EPSG:4547, CGCS2000 / 3-degree Gauss-Krüger CM 114E, the project's
/// default display CRS. It is conformal and in metres, so a distance can be tested on the plane; across
/// Henan (110.4–116.7°E) its scale error is at most 0.08 %, and planarDistance() corrects even that with
/// the point scale factor at the place, leaving well under 0.01 %. A local transverse Mercator per query
/// would be as exact but would reproject every layer for every query; with the default display CRS the
/// layers are already here and nothing is reprojected. Containment does not depend on the CRS.
namespace AnalysisCrs {

Crs crs();
/// `data` itself if it is already in the analysis CRS, else its features reprojected there.
std::shared_ptr<const LayerData> layerIn(std::shared_ptr<const LayerData> data);
/// A distance of `metres` on the ground near `easting` (analysis CRS), as a distance on the map.
double planarDistance(double metres, double easting);

} // namespace AnalysisCrs
} // namespace ecoplan
