// SPDX-License-Identifier: GPL-3.0-or-later
#include "geoprocess/analysiscrs.h"

#include "layer/layerdata.h"

namespace ecoplan::AnalysisCrs {

Crs crs()
{
    static const Crs gaussKruger = Crs::fromEpsg(4547);
    return gaussKruger;
}

std::shared_ptr<const LayerData> layerIn(std::shared_ptr<const LayerData> data)
{
    if (!data || data->displayCrs() == crs())
        return data;
    return LayerData::build(data->sharedTable(), crs());
}

double planarDistance(double metres, double easting)
{
    // Transverse Mercator with k0 = 1 and false easting 500 km: the point scale factor grows as
    // 1 + x²/2R² with the distance x from the central meridian (R: the Earth's mean radius at Henan's
    // latitude, where the radii of curvature are about 6,372 km and 6,385 km).
    constexpr double falseEasting = 500000, radius = 6378500;
    const double x = (easting - falseEasting) / radius;
    return metres * (1 + x * x / 2);
}

} // namespace ecoplan::AnalysisCrs
