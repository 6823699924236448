// SPDX-License-Identifier: GPL-3.0-or-later
#include "protectionzones.h"

#include "geo/coordinatetransform.h"
#include "geo/geoshandles.h"
#include "geo/ogrwkt.h"
#include "geoprocess/geosgeometry.h"

#include <QScopeGuard>
#include <QStringList>

#include <cpl_error.h>

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>

namespace ecoplan {
namespace {

using OgrPtr = OGRGeometryUniquePtr;

OGRSpatialReference lonLat()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4490);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

/// The line parts of an intersection (which may also hold points where the canal touches a border).
OgrPtr linesOf(const OGRGeometry &g)
{
    auto lines = std::make_unique<OGRMultiLineString>();
    const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
    if (type == wkbLineString) {
        lines->addGeometry(&g);
    } else if (type == wkbMultiLineString || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *g.toGeometryCollection()) {
            if (wkbFlatten(part->getGeometryType()) == wkbLineString)
                lines->addGeometry(part);
        }
    }
    return OgrPtr(lines.release());
}

/// A GEOS context for one computation.
struct Geos
{
    geos::Context context;
    GEOSContextHandle_t h = context.handle();
    using Ptr = geos::GeomPtr;
    Ptr wrap(GEOSGeometry *g) const { return geos::wrap(h, g); }
};

/// The band `left` metres to the left of the line and `right` to its right, flat at the ends so that
/// neighbouring stretches meet instead of overlapping.
Geos::Ptr sideBuffer(const Geos &geos, const GEOSGeometry *line, double left, double right)
{
    GEOSBufferParams *params = GEOSBufferParams_create_r(geos.h);
    GEOSBufferParams_setEndCapStyle_r(geos.h, params, GEOSBUF_CAP_FLAT);
    GEOSBufferParams_setJoinStyle_r(geos.h, params, GEOSBUF_JOIN_ROUND);
    GEOSBufferParams_setQuadrantSegments_r(geos.h, params, 16);
    Geos::Ptr out = geos.wrap(nullptr);
    if (qFuzzyCompare(left, right)) {
        out = geos.wrap(GEOSBufferWithParams_r(geos.h, line, params, left));
    } else {
        // Single-sided: a positive distance is the left side, a negative one the right.
        GEOSBufferParams_setSingleSided_r(geos.h, params, 1);
        Geos::Ptr l = geos.wrap(GEOSBufferWithParams_r(geos.h, line, params, left));
        Geos::Ptr r = geos.wrap(GEOSBufferWithParams_r(geos.h, line, params, -right));
        if (l && r)
            out = geos.wrap(GEOSUnion_r(geos.h, l.get(), r.get()));
    }
    GEOSBufferParams_destroy_r(geos.h, params);
    return out;
}

} // namespace

QString ZoneWidths::problem() const
{
    const struct
    {
        double value;
        const char *what;
    } widths[] = {{managementHalfWidth, QT_TR_NOOP("the management half-width")},
                  {primaryLeft, QT_TR_NOOP("the primary zone's left width")},
                  {primaryRight, QT_TR_NOOP("the primary zone's right width")},
                  {secondaryLeft, QT_TR_NOOP("the secondary zone's left width")},
                  {secondaryRight, QT_TR_NOOP("the secondary zone's right width")}};
    for (const auto &w : widths) {
        if (!(w.value >= 0 && w.value <= 10000))
            return ProtectionZones::tr("%1 must be between 0 and 10,000 m, not %2.")
                .arg(ProtectionZones::tr(w.what))
                .arg(w.value);
    }
    if (primaryLeft + managementHalfWidth <= 0 || primaryRight + managementHalfWidth <= 0)
        return ProtectionZones::tr("The primary zone needs a width on both sides.");
    return {};
}

Result<QList<CanalSegment>> ProtectionZones::segments(const QString &canalWkt, const QList<Area> &areas,
                                                      const ZoneWidths &widths)
{
    using R = Result<QList<CanalSegment>>;
    const OgrPtr canal = ogr::fromWkt(canalWkt);
    if (!canal || canal->IsEmpty())
        return R::failure(tr("The canal's centreline is missing or not a valid line."));
    QList<CanalSegment> out;
    for (const Area &a : areas) {
        const OgrPtr area = ogr::fromWkt(a.wkt);
        if (!area)
            return R::failure(tr("The boundary of %1 cannot be read.").arg(a.name));
        if (!canal->Intersects(area.get()))
            continue;
        const OgrPtr inside(canal->Intersection(area.get()));
        if (!inside)
            continue;
        const OgrPtr lines = linesOf(*inside);
        if (lines->IsEmpty())
            continue;
        out.append({a.code, a.name, ogr::toWkt(*lines), widths});
    }
    if (out.isEmpty())
        return R::failure(tr("The canal crosses none of the given areas."));
    return out;
}

Result<QList<ZonePolygon>> ProtectionZones::build(const QList<CanalSegment> &segments)
{
    using R = Result<QList<ZonePolygon>>;
    // IsValid() reports what it finds through GDAL's error handler; the repair below is the answer.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const auto restore = qScopeGuard([] { CPLPopErrorHandler(); });
    const OGRSpatialReference geographic = lonLat();
    Geos geos;
    QList<ZonePolygon> out;
    for (const CanalSegment &s : segments) {
        if (const QString problem = s.widths.problem(); !problem.isEmpty())
            return R::failure(tr("%1: %2").arg(s.name, problem));
        OgrPtr line = ogr::fromWkt(s.wkt);
        if (!line || line->IsEmpty())
            return R::failure(tr("%1: the stretch of canal is not a valid line.").arg(s.name));
        // A transverse Mercator centred on the stretch: metres here are metres on the ground.
        OGREnvelope box;
        line->getEnvelope(&box);
        OGRSpatialReference local;
        local.importFromProj4(QStringLiteral("+proj=tmerc +lat_0=0 +lon_0=%1 +k=1 +x_0=500000 +y_0=0 "
                                             "+ellps=GRS80 +units=m +no_defs")
                                  .arg((box.MinX + box.MaxX) / 2, 0, 'f', 6)
                                  .toLatin1()
                                  .constData());
        local.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> there(
            OGRCreateCoordinateTransformation(&geographic, &local));
        std::unique_ptr<OGRCoordinateTransformation> back(
            OGRCreateCoordinateTransformation(&local, &geographic));
        if (!there || !back || line->transform(there.get()) != OGRERR_NONE)
            return R::failure(tr("%1: PROJ cannot project the canal.").arg(s.name));
        Geos::Ptr g = geos.wrap(line->exportToGEOS(geos.h));
        const ZoneWidths &w = s.widths;
        Geos::Ptr primary = sideBuffer(geos, g.get(), w.managementHalfWidth + w.primaryLeft,
                                       w.managementHalfWidth + w.primaryRight);
        Geos::Ptr outer = sideBuffer(geos, g.get(), w.managementHalfWidth + w.primaryLeft + w.secondaryLeft,
                                     w.managementHalfWidth + w.primaryRight + w.secondaryRight);
        if (!g || !primary || !outer)
            return R::failure(tr("%1: GEOS could not buffer the canal.").arg(s.name));
        Geos::Ptr secondary = geos.wrap(GEOSDifference_r(geos.h, outer.get(), primary.get()));
        const std::pair<const char *, GEOSGeometry *> zones[] = {{"primary", primary.get()},
                                                                 {"secondary", secondary.get()}};
        for (const auto &[zone, polygon] : zones) {
            const QString zoneName = qstrcmp(zone, "primary") == 0 ? tr("primary") : tr("secondary");
            if (!polygon)
                return R::failure(tr("%1: GEOS could not build the %2 zone.").arg(s.name, zoneName));
            OgrPtr result(OGRGeometryFactory::createFromGEOS(geos.h, polygon));
            if (!result || result->transform(back.get()) != OGRERR_NONE)
                return R::failure(tr("%1: PROJ cannot project the zone back.").arg(s.name));
            // Reprojection can fold a hair-thin part of a ring onto itself; repair that, keep the areas.
            if (!result->IsValid()) {
                if (OGRGeometry *valid = result->MakeValid())
                    result.reset(valid);
            }
            result.reset(OGRGeometryFactory::forceToMultiPolygon(result.release()));
            if (!result->IsValid())
                return R::failure(tr("%1: the %2 zone is not a valid polygon.").arg(s.name, zoneName));
            out.append({s.code, s.name, QString::fromLatin1(zone), ogr::toWkt(*result), w});
        }
    }
    return out;
}

double ProtectionZones::area(const ZonePolygon &zone)
{
    const OgrPtr g = ogr::fromWkt(zone.wkt);
    if (!g)
        return 0;
    const geos::Context context;
    const geos::GeomPtr geometry = geos::wrap(context.handle(), g->exportToGEOS(context.handle()));
    const CoordinateTransform identity(Crs::fromEpsg(4490), Crs::fromEpsg(4490)); // already lon/lat
    return geometry ? geos::geodesicArea(context.handle(), geometry.get(), identity) : 0;
}

} // namespace ecoplan
