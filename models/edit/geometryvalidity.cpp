// SPDX-License-Identifier: GPL-3.0-or-later
#include "geometryvalidity.h"

#include "ogrgeometry.h"

#include <geos_c.h>

namespace ecoplan {
namespace {

/// GEOS's reasons (TopologyValidationError's fixed set) in the user's language; others as GEOS says them.
QString translatedReason(const char *reason)
{
    static const struct
    {
        const char *geos;
        const char *text;
    } reasons[] = {
        {"Self-intersection", QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Self-intersection")},
        {"Ring Self-intersection", QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Ring self-intersection")},
        {"Hole lies outside shell",
         QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Hole lies outside shell")},
        {"Nested holes", QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Nested holes")},
        {"Interior is disconnected",
         QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Interior is disconnected")},
        {"Nested shells", QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Nested shells")},
        {"Duplicate Rings", QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Duplicate rings")},
        {"Too few points in geometry component",
         QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Too few points in a part")},
        {"Invalid Coordinate", QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Invalid coordinate")},
        {"Ring is not closed", QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Ring is not closed")},
        {"Repeated Point", QT_TRANSLATE_NOOP("ecoplan::GeometryValidity", "Repeated point")},
    };
    if (!reason)
        return GeometryValidity::tr("Unknown problem");
    for (const auto &r : reasons) {
        if (qstrcmp(reason, r.geos) == 0)
            return GeometryValidity::tr(r.text);
    }
    return QString::fromUtf8(reason);
}

/// GEOS's reason and location for an invalid geometry; empty when valid.
QString geosProblem(const OGRGeometry &g)
{
    const GEOSContextHandle_t h = GEOS_init_r();
    QString problem;
    if (GEOSGeometry *geos = g.exportToGEOS(h)) {
        char *reason = nullptr;
        GEOSGeometry *location = nullptr;
        if (GEOSisValidDetail_r(h, geos, 0, &reason, &location) == 0) {
            problem = translatedReason(reason);
            double x = 0, y = 0;
            if (location && GEOSGeomGetX_r(h, location, &x) == 1 && GEOSGeomGetY_r(h, location, &y) == 1)
                problem =
                    GeometryValidity::tr("%1 at %2, %3").arg(problem).arg(x, 0, 'f', 6).arg(y, 0, 'f', 6);
        }
        GEOSFree_r(h, reason);
        if (location)
            GEOSGeom_destroy_r(h, location);
        GEOSGeom_destroy_r(h, geos);
    } else {
        problem = GeometryValidity::tr("GEOS cannot read the geometry");
    }
    GEOS_finish_r(h);
    return problem;
}

QString kindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return GeometryValidity::tr("points");
    case GeometryKind::Line:
        return GeometryValidity::tr("lines");
    case GeometryKind::Polygon:
        return GeometryValidity::tr("polygons");
    case GeometryKind::Unknown:
        break;
    }
    return GeometryValidity::tr("a mixture of geometry types");
}

} // namespace

Status GeometryValidity::check(const QString &wkt)
{
    const OGRGeometryUniquePtr g = ogr::fromWkt(wkt);
    if (!g)
        return Status::failure(tr("The geometry cannot be read."));
    const QString problem = geosProblem(*g);
    if (problem.isEmpty())
        return Status::success();
    return Status::failure(tr("The geometry is not valid: %1.").arg(problem));
}

Result<QString> GeometryValidity::repair(const QString &wkt, LayerGeometryType type)
{
    using R = Result<QString>;
    const OGRGeometryUniquePtr g = ogr::fromWkt(wkt);
    if (!g)
        return R::failure(tr("The geometry cannot be read."));
    OGRGeometryUniquePtr repaired(g->MakeValid());
    if (!repaired || repaired->IsEmpty())
        return R::failure(tr("The geometry could not be repaired: nothing would be left of it."));
    const GeometryKind before = ogr::kindOf(*repaired);
    OGRGeometryUniquePtr coerced = ogr::coerce(std::move(repaired), type);
    if (!coerced)
        return R::failure(
            tr("The geometry could not be repaired: the repair gives %1, which this layer cannot hold.")
                .arg(before == type.kind ? tr("several separate parts") : kindName(before)));
    if (coerced->IsEmpty() || !geosProblem(*coerced).isEmpty())
        return R::failure(tr("The geometry could not be repaired into a valid shape."));
    return ogr::toWkt(*coerced);
}

Result<QString> GeometryValidity::ensureValid(const QString &wkt, LayerGeometryType type,
                                              const std::function<bool(const QString &)> &askRepair)
{
    const Status valid = check(wkt);
    if (valid)
        return wkt;
    if (!askRepair || !askRepair(valid.error()))
        return Result<QString>::failure(valid.error());
    return repair(wkt, type);
}

} // namespace ecoplan
