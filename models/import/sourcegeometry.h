// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "geo/coordinatetransform.h"
#include "importspec.h"

#include <QCoreApplication>

#include <functional>
#include <map>
#include <memory>

#include <ogr_geometry.h>

namespace ecoplan {

/// Brings a row's coordinates from the source's coordinate system into the target layer's: PROJ for EPSG
/// systems (one transform per source zone, made on first use), ChinaOffsets for GCJ-02 and BD-09. Refuses
/// what cannot be right with a reason a planner can act on: no number, not a longitude/latitude, x and y
/// swapped, a Gauss-Krüger X with or without the zone number the chosen system expects. One thread at a time.
class SourceGeometry
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::SourceGeometry)
public:
    SourceGeometry(const SourceCrs &source, const Crs &target);

    /// A point from the texts of the x and y columns.
    Result<OGRGeometryUniquePtr> point(const QString &x, const QString &y);
    /// A geometry from WKT in the source system.
    Result<OGRGeometryUniquePtr> fromWkt(const QString &wkt);
    /// A geometry already in `crs` (a file's own): only reprojected.
    Result<OGRGeometryUniquePtr> reproject(OGRGeometryUniquePtr g, const Crs &crs);
    /// Converts `g`'s vertices in place from the source system.
    Status convert(OGRGeometry &g);

private:
    /// A source system as used per row: made once, since making a Crs asks PROJ's database.
    struct From
    {
        std::unique_ptr<CoordinateTransform> transform;
        bool isGeographic = false;
    };
    From &from(const Crs &crs);
    From &fromEpsg(int code);
    Status checkInput(const SourceCrs &crs, bool isGeographic, double x, double y) const;

    SourceCrs m_source;
    Crs m_target;
    std::map<QString, From> m_fromCrs;
    std::map<int, From *> m_fromEpsg;
};

/// Calls `fn` on the coordinates of every run of vertices of `g` (a point, a line, a ring), which it may
/// change in place; stops at the first failure.
Status forEachVertexRun(OGRGeometry &g, const std::function<Status(double *x, double *y, int n)> &fn);

} // namespace ecoplan
