// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelanchor.h"

#include <geos_c.h>
#include <ogr_geometry.h>

#include <cmath>
#include <memory>

namespace ecoplan {
namespace {

struct GeosContext
{
    GEOSContextHandle_t handle = GEOS_init_r();
    ~GeosContext() { GEOS_finish_r(handle); }
};

struct GeomDeleter
{
    GEOSContextHandle_t h;
    void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(h, g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

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
    thread_local GeosContext ctx;
    const GEOSContextHandle_t h = ctx.handle;
    GeomPtr g(poly->exportToGEOS(h), GeomDeleter{h});
    if (!g)
        return {NAN, NAN};
    OGREnvelope env;
    poly->getEnvelope(&env);
    // 1/40 of the part's size: a label needs a good spot, not the exact centre, and the cost of the
    // search grows quickly with precision.
    const double tolerance = std::max(env.MaxX - env.MinX, env.MaxY - env.MinY) / 40.0;
    if (GeomPtr circle{GEOSMaximumInscribedCircle_r(h, g.get(), tolerance), GeomDeleter{h}}) {
        // The result is a two-point line from the centre to the nearest boundary point.
        if (GeomPtr centre{GEOSGeomGetStartPoint_r(h, circle.get()), GeomDeleter{h}}) {
            const QPointF p = pointOf(h, centre.get());
            if (!std::isnan(p.x()))
                return p;
        }
    }
    GeomPtr surface(GEOSPointOnSurface_r(h, g.get()), GeomDeleter{h});
    return pointOf(h, surface.get());
}

} // namespace ecoplan
