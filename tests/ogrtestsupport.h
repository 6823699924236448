// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for tests that check against OGR (they link GDAL themselves).
#pragma once

#include "layer/geometry.h"

#include <ogr_geometry.h>

#include <memory>

namespace ecoplan::test {

/// A one-ring polygon (`ring` holds a single closed ring) as OGR geometry, for brute-force checks.
inline std::unique_ptr<OGRPolygon> ogrPolygon(const Geometry &ring)
{
    auto poly = std::make_unique<OGRPolygon>();
    OGRLinearRing r;
    for (const QPointF &p : ring.points)
        r.addPoint(p.x(), p.y());
    poly->addRing(&r);
    return poly;
}

} // namespace ecoplan::test
