// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "geo/coordinatetransform.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

#include <ogr_geometry.h>

namespace ecoplan {

/// Whether a geometry lies within a margin of the province: a typo in a coordinate or a wrong coordinate
/// system puts rows hundreds of kilometres away. Works in metres (CGCS2000 Gauss-Krüger CM 114E, which spans
/// Henan) on the boundary simplified to 200 m and buffered by the margin, as a GEOS prepared geometry, so a
/// row costs a point-in-polygon test. One thread at a time.
class ProvinceCheck
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProvinceCheck)
public:
    /// `wkt`: the province's polygons in `crs`; geometries are checked in `target`.
    static Result<std::unique_ptr<ProvinceCheck>> make(const QStringList &wkt, const Crs &crs,
                                                       const Crs &target, double marginKm);
    ~ProvinceCheck();
    double marginKm() const { return m_marginKm; }
    /// Success, or why not: how far outside the province `g` (in the target CRS) lies.
    Status check(const OGRGeometry &g);

private:
    ProvinceCheck(const Crs &target);
    CoordinateTransform m_toMetres;
    OGRGeometryUniquePtr m_province;
    OGRGeometryUniquePtr m_withMargin;
    OGRPreparedGeometryUniquePtr m_prepared;
    double m_marginKm = 0;
};

} // namespace ecoplan
