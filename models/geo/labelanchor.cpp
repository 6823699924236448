// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelanchor.h"

#include "geoshandles.h"

#include <ogr_geometry.h>

#include <cmath>
#include <memory>

namespace ecoplan {
namespace {

const OGRPolygon *largestPolygon(const OGRGeometry &g)
{
    const auto type = wkbFlatten(g.getGeometryType());
    if (type == wkbPolygon)
        return g.toPolygon();
    if (type != wkbMultiPolygon)
        return nullptr;
    const OGRPolygon *best = nullptr;
    double bestArea = -1;
    for (const OGRPolygon *p : *g.toMultiPolygon()) {
        if (const double a = p->get_Area(); a > bestArea) {
            bestArea = a;
            best = p;
        }
    }
    return best;
}

QPointF pointOf(GEOSContextHandle_t h, const GEOSGeometry *pt)
{
    double x = NAN, y = NAN;
    if (pt && GEOSGeomGetX_r(h, pt, &x) == 1 && GEOSGeomGetY_r(h, pt, &y) == 1)
        return {x, y};
    return {NAN, NAN};
}

} // namespace

QPointF polygonLabelAnchor(const OGRGeometry &geometry)
{
    const OGRPolygon *poly = largestPolygon(geometry);
    if (!poly || poly->IsEmpty())
        return {NAN, NAN};
    thread_local geos::Context ctx;
    const GEOSContextHandle_t h = ctx.handle();
    const geos::GeomPtr g = geos::wrap(h, poly->exportToGEOS(h));
    if (!g)
        return {NAN, NAN};
    OGREnvelope env;
    poly->getEnvelope(&env);
    // 1/40 of the part's size: a label needs a good spot, not the exact centre, and the cost of the
    // search grows quickly with precision.
    const double tolerance = std::max(env.MaxX - env.MinX, env.MaxY - env.MinY) / 40.0;
    if (const geos::GeomPtr circle = geos::wrap(h, GEOSMaximumInscribedCircle_r(h, g.get(), tolerance))) {
        // The result is a two-point line from the centre to the nearest boundary point.
        if (const geos::GeomPtr centre = geos::wrap(h, GEOSGeomGetStartPoint_r(h, circle.get()))) {
            const QPointF p = pointOf(h, centre.get());
            if (!std::isnan(p.x()))
                return p;
        }
    }
    const geos::GeomPtr surface = geos::wrap(h, GEOSPointOnSurface_r(h, g.get()));
    return pointOf(h, surface.get());
}

} // namespace ecoplan
