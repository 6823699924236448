// SPDX-License-Identifier: GPL-3.0-or-later
#include "geoprocess/geosgeometry.h"

#include "geo/coordinatetransform.h"
#include "geo/geodesicmeasure.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace ecoplan::geos {
namespace {

struct Ring
{
    std::uint32_t begin;
    std::uint32_t end; ///< one past the last vertex
    QRectF bounds;
    int depth = 0; ///< how many other rings of the feature it lies in
};

/// Crossing-number test: is `p` inside the ring `pts[begin, end)`?
bool inRing(const QPointF &p, const std::vector<QPointF> &pts, std::uint32_t begin, std::uint32_t end)
{
    bool inside = false;
    for (std::uint32_t i = begin, j = end - 1; i < end; j = i++) {
        const QPointF &a = pts[i], &b = pts[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

GEOSCoordSequence *sequence(GEOSContextHandle_t h, const std::vector<QPointF> &pts, std::uint32_t begin,
                            std::uint32_t end, bool close)
{
    static_assert(sizeof(QPointF) == 2 * sizeof(double), "QPointF is two packed doubles");
    const unsigned n = end - begin;
    if (!close || pts[begin] == pts[end - 1])
        return GEOSCoordSeq_copyFromBuffer_r(h, reinterpret_cast<const double *>(&pts[begin]), n, 0, 0);
    std::vector<QPointF> closed(pts.begin() + begin, pts.begin() + end);
    closed.push_back(pts[begin]);
    return GEOSCoordSeq_copyFromBuffer_r(h, reinterpret_cast<const double *>(closed.data()), n + 1, 0, 0);
}

GeomPtr polygons(GEOSContextHandle_t h, const Geometry &g)
{
    std::vector<Ring> rings;
    for (std::size_t p = 0; p < g.partCount(); ++p) {
        const std::uint32_t b = g.partBegin(p), e = g.partEnds[p];
        if (e - b < 3)
            continue;
        double minX = g.points[b].x(), maxX = minX, minY = g.points[b].y(), maxY = minY;
        for (std::uint32_t i = b + 1; i < e; ++i) {
            minX = std::min(minX, g.points[i].x());
            maxX = std::max(maxX, g.points[i].x());
            minY = std::min(minY, g.points[i].y());
            maxY = std::max(maxY, g.points[i].y());
        }
        rings.push_back({b, e, QRectF(QPointF(minX, minY), QPointF(maxX, maxY))});
    }
    // The midpoint of a ring's first edge rather than a vertex: a hole may touch its shell at a vertex.
    for (Ring &r : rings) {
        const QPointF probe = (g.points[r.begin] + g.points[r.begin + 1]) / 2;
        for (const Ring &other : rings) {
            if (&other != &r && other.bounds.contains(probe) &&
                inRing(probe, g.points, other.begin, other.end))
                ++r.depth;
        }
    }
    std::vector<GEOSGeometry *> shells;
    std::vector<std::vector<GEOSGeometry *>> holes;
    std::vector<const Ring *> shellRings;
    for (const Ring &r : rings) {
        if (r.depth % 2 == 0) {
            shells.push_back(GEOSGeom_createLinearRing_r(h, sequence(h, g.points, r.begin, r.end, true)));
            shellRings.push_back(&r);
            holes.emplace_back();
        }
    }
    for (const Ring &r : rings) {
        if (r.depth % 2 == 0)
            continue;
        // A hole belongs to the shell one level up that contains it (shells on one level are disjoint).
        const QPointF probe = (g.points[r.begin] + g.points[r.begin + 1]) / 2;
        for (std::size_t s = 0; s < shellRings.size(); ++s) {
            const Ring &shell = *shellRings[s];
            if (shell.depth == r.depth - 1 && shell.bounds.contains(probe) &&
                inRing(probe, g.points, shell.begin, shell.end)) {
                holes[s].push_back(
                    GEOSGeom_createLinearRing_r(h, sequence(h, g.points, r.begin, r.end, true)));
                break;
            }
        }
    }
    std::vector<GEOSGeometry *> parts;
    for (std::size_t s = 0; s < shells.size(); ++s)
        parts.push_back(GEOSGeom_createPolygon_r(h, shells[s], holes[s].data(), unsigned(holes[s].size())));
    if (parts.empty())
        return wrap(h, nullptr);
    GeomPtr out = wrap(h, parts.size() == 1 ? parts.front()
                                            : GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, parts.data(),
                                                                          unsigned(parts.size())));
    if (GEOSisValid_r(h, out.get()) != 1)
        out = wrap(h, GEOSMakeValid_r(h, out.get()));
    return out;
}

/// Calls `f(curve, polygonal, hole)` for each ring (polygonal) or line string of `g`.
template <typename F> void forEachCurve(GEOSContextHandle_t h, const GEOSGeometry *g, F &&f)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        f(GEOSGetExteriorRing_r(h, g), true, false);
        for (int i = 0, n = GEOSGetNumInteriorRings_r(h, g); i < n; ++i)
            f(GEOSGetInteriorRingN_r(h, g, i), true, true);
    } else if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
        f(g, false, false);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0, n = GEOSGetNumGeometries_r(h, g); i < n; ++i)
            forEachCurve(h, GEOSGetGeometryN_r(h, g, i), f);
    }
}

QList<QPointF> lonLatOf(GEOSContextHandle_t h, const GEOSGeometry *curve, const CoordinateTransform &toLonLat)
{
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(h, curve);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &n) || n == 0)
        return {};
    QList<QPointF> pts(n);
    GEOSCoordSeq_copyToBuffer_r(h, seq, reinterpret_cast<double *>(pts.data()), 0, 0);
    if (!toLonLat.isIdentity()) {
        std::vector<double> xs(n), ys(n);
        for (unsigned i = 0; i < n; ++i) {
            xs[i] = pts[i].x();
            ys[i] = pts[i].y();
        }
        toLonLat.transform(xs.data(), ys.data(), n);
        for (unsigned i = 0; i < n; ++i)
            pts[i] = {xs[i], ys[i]};
    }
    return pts;
}

} // namespace

GeomPtr fromGeometry(GEOSContextHandle_t h, const Geometry &g, GeometryKind kind)
{
    if (g.isEmpty())
        return wrap(h, nullptr);
    switch (kind) {
    case GeometryKind::Point: {
        if (g.points.size() == 1)
            return wrap(h, GEOSGeom_createPointFromXY_r(h, g.points[0].x(), g.points[0].y()));
        std::vector<GEOSGeometry *> points;
        for (const QPointF &p : g.points)
            points.push_back(GEOSGeom_createPointFromXY_r(h, p.x(), p.y()));
        return wrap(h,
                    GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, points.data(), unsigned(points.size())));
    }
    case GeometryKind::Line: {
        std::vector<GEOSGeometry *> lines;
        for (std::size_t p = 0; p < g.partCount(); ++p) {
            if (g.partEnds[p] - g.partBegin(p) >= 2)
                lines.push_back(GEOSGeom_createLineString_r(
                    h, sequence(h, g.points, g.partBegin(p), g.partEnds[p], false)));
        }
        if (lines.empty())
            return wrap(h, nullptr);
        if (lines.size() == 1)
            return wrap(h, lines.front());
        return wrap(
            h, GEOSGeom_createCollection_r(h, GEOS_MULTILINESTRING, lines.data(), unsigned(lines.size())));
    }
    case GeometryKind::Polygon:
        return polygons(h, g);
    case GeometryKind::Unknown:
        break;
    }
    return wrap(h, nullptr);
}

GeomPtr box(GEOSContextHandle_t h, double minX, double minY, double maxX, double maxY)
{
    return wrap(h, GEOSGeom_createRectangle_r(h, minX, minY, maxX, maxY));
}

double geodesicArea(GEOSContextHandle_t h, const GEOSGeometry *g, const CoordinateTransform &toLonLat)
{
    double area = 0;
    forEachCurve(h, g, [&](const GEOSGeometry *curve, bool polygonal, bool hole) {
        if (polygonal) {
            const double a = GeodesicMeasure::area(lonLatOf(h, curve, toLonLat));
            area += hole ? -a : a;
        }
    });
    return area;
}

double geodesicLength(GEOSContextHandle_t h, const GEOSGeometry *g, const CoordinateTransform &toLonLat)
{
    double length = 0;
    forEachCurve(h, g, [&](const GEOSGeometry *curve, bool polygonal, bool) {
        if (!polygonal)
            length += GeodesicMeasure::length(lonLatOf(h, curve, toLonLat));
    });
    return length;
}

} // namespace ecoplan::geos
