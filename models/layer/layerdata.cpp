// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerdata.h"

#include "geo/coordinatetransform.h"
#include "geo/simplify.h"

#include <QLineF>
#include <QPolygonF>

#include <cmath>

namespace ecoplan {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

bool polygonContains(const Geometry &g, const QPointF &p)
{
    // Odd-even over all rings: the same rule the renderer fills with.
    bool inside = false;
    for (std::size_t part = 0; part < g.partCount(); ++part) {
        const std::uint32_t begin = g.partBegin(part), end = g.partEnds[part];
        for (std::uint32_t i = begin, j = end - 1; i < end; j = i++) {
            const QPointF &a = g.points[i], &b = g.points[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) &&
                p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

double distanceToLines(const Geometry &g, const QPointF &p)
{
    double best = INFINITY;
    for (std::size_t part = 0; part < g.partCount(); ++part) {
        for (std::uint32_t i = g.partBegin(part) + 1; i < g.partEnds[part]; ++i)
            best = std::min(best, distanceToSegment(p, g.points[i - 1], g.points[i]));
    }
    return best;
}

bool segmentCrossesRect(const QPointF &a, const QPointF &b, const QRectF &r)
{
    if (r.contains(a) || r.contains(b))
        return true;
    const QLineF seg(a, b);
    const QLineF edges[] = {{r.topLeft(), r.topRight()},
                            {r.topRight(), r.bottomRight()},
                            {r.bottomRight(), r.bottomLeft()},
                            {r.bottomLeft(), r.topLeft()}};
    for (const QLineF &e : edges) {
        if (seg.intersects(e, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

} // namespace

std::shared_ptr<const LayerData> LayerData::build(std::shared_ptr<const FeatureTable> table,
                                                  const Crs &display)
{
    auto data = std::shared_ptr<LayerData>(new LayerData);
    data->m_displayCrs = display;
    const FeatureTable &t = *table;
    const CoordinateTransform transform(t.crs, display);

    // One PROJ call for all vertices of the layer: far cheaper than one per feature.
    std::vector<double> xs, ys;
    xs.reserve(t.vertexCount() + t.labelAnchors.size());
    ys.reserve(xs.capacity());
    for (const Geometry &g : t.geometries) {
        for (const QPointF &p : g.points) {
            xs.push_back(p.x());
            ys.push_back(p.y());
        }
    }
    for (const QPointF &p : t.labelAnchors) {
        xs.push_back(p.x());
        ys.push_back(p.y());
    }
    transform.transform(xs.data(), ys.data(), xs.size());

    std::size_t k = 0;
    data->m_geometries.reserve(t.size());
    data->m_bounds.reserve(t.size());
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (const Geometry &src : t.geometries) {
        Geometry g;
        g.points.reserve(src.points.size());
        g.partEnds.reserve(src.partEnds.size());
        std::size_t part = 0;
        for (std::size_t i = 0; i < src.points.size(); ++i, ++k) {
            if (!std::isnan(xs[k]))
                g.points.emplace_back(xs[k], ys[k]);
            while (part < src.partEnds.size() && src.partEnds[part] == i + 1) {
                if (g.partEnds.empty() || g.partEnds.back() != g.points.size())
                    g.partEnds.push_back(static_cast<std::uint32_t>(g.points.size()));
                ++part;
            }
        }
        const QRectF b = g.isEmpty() ? QRectF(nan, nan, 0, 0) : g.bounds();
        if (!g.isEmpty()) {
            minX = std::min(minX, b.left());
            minY = std::min(minY, b.top());
            maxX = std::max(maxX, b.right());
            maxY = std::max(maxY, b.bottom());
        }
        data->m_vertexCount += g.points.size();
        data->m_bounds.push_back(b);
        data->m_geometries.push_back(std::move(g));
    }
    data->m_labelAnchors.reserve(t.labelAnchors.size());
    for (std::size_t i = 0; i < t.labelAnchors.size(); ++i, ++k)
        data->m_labelAnchors.emplace_back(xs[k], ys[k]);
    if (minX <= maxX)
        data->m_extent = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    data->m_index = SpatialIndex(data->m_bounds);
    data->m_table = std::move(table);
    data->buildDetailLevels();
    return data;
}

void LayerData::buildDetailLevels()
{
    const GeometryKind k = kind();
    if ((k != GeometryKind::Line && k != GeometryKind::Polygon) || m_extent.isNull())
        return;
    // Four levels, each four times coarser, starting at 1/16384 of the layer's size (about 40 m for Henan).
    constexpr int levelCount = 4;
    double tolerance = std::max(m_extent.width(), m_extent.height()) / 16384.0;
    const std::vector<Geometry> *previous = &m_geometries;
    m_levels.reserve(levelCount);
    for (int level = 0; level < levelCount; ++level, tolerance *= 4) {
        DetailLevel d{tolerance, {}};
        d.geometries.reserve(previous->size());
        for (const Geometry &g : *previous) {
            d.geometries.push_back(simplified(g, tolerance, k == GeometryKind::Polygon));
            d.vertexCount += d.geometries.back().points.size();
        }
        m_levels.push_back(std::move(d));
        previous = &m_levels.back().geometries;
    }
}

const Geometry &LayerData::geometry(std::size_t i, double maxTolerance) const
{
    const std::vector<Geometry> *best = &m_geometries;
    for (const DetailLevel &level : m_levels) {
        if (level.tolerance > maxTolerance)
            break;
        best = &level.geometries;
    }
    return (*best)[i];
}

std::size_t LayerData::vertexCount(double maxTolerance) const
{
    std::size_t count = m_vertexCount;
    for (const DetailLevel &level : m_levels) {
        if (level.tolerance > maxTolerance)
            break;
        count = level.vertexCount;
    }
    return count;
}

QPointF LayerData::labelAnchor(std::size_t i) const
{
    if (i < m_labelAnchors.size())
        return m_labelAnchors[i];
    const Geometry &g = m_geometries[i];
    if (g.isEmpty())
        return {nan, nan};
    return g.points[g.points.size() / 2];
}

std::vector<std::uint32_t> LayerData::featuresAt(const QPointF &point, double tolerance,
                                                 bool polygonInteriors) const
{
    std::vector<std::uint32_t> hits;
    const QRectF probe(point.x() - tolerance, point.y() - tolerance, 2 * tolerance, 2 * tolerance);
    for (std::uint32_t i : m_index.query(probe)) {
        const Geometry &g = m_geometries[i];
        bool hit = false;
        switch (kind()) {
        case GeometryKind::Polygon:
            hit = polygonInteriors ? polygonContains(g, point) : distanceToLines(g, point) <= tolerance;
            break;
        case GeometryKind::Line:
            hit = distanceToLines(g, point) <= tolerance;
            break;
        case GeometryKind::Point:
            for (const QPointF &p : g.points)
                hit = hit || std::hypot(p.x() - point.x(), p.y() - point.y()) <= tolerance;
            break;
        case GeometryKind::Unknown:
            break;
        }
        if (hit)
            hits.push_back(i);
    }
    return hits;
}

std::vector<std::uint32_t> LayerData::featuresIn(const QRectF &area) const
{
    std::vector<std::uint32_t> hits;
    const QRectF r = area.normalized();
    for (std::uint32_t i : m_index.query(r)) {
        const Geometry &g = m_geometries[i];
        bool hit = r.contains(m_bounds[i]);
        for (std::size_t part = 0; !hit && part < g.partCount(); ++part) {
            const std::uint32_t begin = g.partBegin(part), end = g.partEnds[part];
            if (kind() == GeometryKind::Point) {
                hit = r.contains(g.points[begin]);
                continue;
            }
            for (std::uint32_t v = begin + 1; !hit && v < end; ++v)
                hit = segmentCrossesRect(g.points[v - 1], g.points[v], r);
        }
        // A box wholly inside a polygon crosses none of its edges.
        if (!hit && kind() == GeometryKind::Polygon)
            hit = polygonContains(g, r.center());
        if (hit)
            hits.push_back(i);
    }
    return hits;
}

} // namespace ecoplan
