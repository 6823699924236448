// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerdata.h"

#include "geo/coordinatetransform.h"
#include "geo/simplify.h"

#include <QLineF>
#include <QPolygonF>

#include <algorithm>
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

/// The union of the boxes that are not NaN (features without geometry have NaN boxes).
QRectF extentOf(const std::vector<QRectF> &bounds)
{
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (const QRectF &b : bounds) {
        if (std::isnan(b.left()))
            continue;
        minX = std::min(minX, b.left());
        minY = std::min(minY, b.top());
        maxX = std::max(maxX, b.right());
        maxY = std::max(maxY, b.bottom());
    }
    return minX <= maxX ? QRectF(QPointF(minX, minY), QPointF(maxX, maxY)) : QRectF();
}

} // namespace

std::shared_ptr<const LayerData> LayerData::build(std::shared_ptr<const FeatureTable> table,
                                                  const Crs &display)
{
    auto data = std::shared_ptr<LayerData>(new LayerData);
    data->reproject(*table, display);
    data->m_index = SpatialIndex(data->m_bounds);
    data->m_table = std::move(table);
    data->buildDetailLevels();
    return data;
}

void LayerData::reproject(const FeatureTable &t, const Crs &display)
{
    m_displayCrs = display;
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
    m_geometries.reserve(t.size());
    m_bounds.reserve(t.size());
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
        m_vertexCount += g.points.size();
        m_bounds.push_back(g.isEmpty() ? QRectF(nan, nan, 0, 0) : g.bounds());
        m_geometries.push_back(std::move(g));
    }
    m_labelAnchors.reserve(t.labelAnchors.size());
    for (std::size_t i = 0; i < t.labelAnchors.size(); ++i, ++k)
        m_labelAnchors.emplace_back(xs[k], ys[k]);
    m_extent = extentOf(m_bounds);
}

std::optional<std::size_t> LayerData::indexOf(qint64 fid) const
{
    const auto &fids = m_table->fids;
    const auto it = std::find(fids.begin(), fids.end(), fid);
    return it == fids.end() ? std::nullopt : std::optional<std::size_t>(it - fids.begin());
}

std::shared_ptr<const LayerData> LayerData::withFeature(std::shared_ptr<const LayerData> self, qint64 fid,
                                                        const FeatureTable &row, IndexShift *shift)
{
    const std::optional<std::size_t> at = self->indexOf(fid);
    const bool hasRow = row.size() == 1;
    if (!at && !hasRow)
        return self; // nothing to change
    // Only this thread can copy the pointers we hold, so a use count of one means no one else sees them.
    auto data = self.use_count() == 1 ? std::const_pointer_cast<LayerData>(std::move(self))
                                      : std::shared_ptr<LayerData>(new LayerData(*self));
    auto table = data->m_table.use_count() == 1 ? std::const_pointer_cast<FeatureTable>(data->m_table)
                                                : std::make_shared<FeatureTable>(*data->m_table);
    data->m_table = table;
    const std::size_t oldSize = table->size();
    const bool isPolygon = data->kind() == GeometryKind::Polygon;
    const bool hadLevels = !data->m_levels.empty();
    auto eraseAt = [](auto &v, std::size_t i) {
        if (i < v.size())
            v.erase(v.begin() + i);
    };

    if (!hasRow) {
        const std::size_t i = *at;
        eraseAt(table->fids, i);
        eraseAt(table->attributes, i);
        eraseAt(table->geometries, i);
        eraseAt(table->labelAnchors, i);
        data->m_vertexCount -= data->m_geometries[i].points.size();
        const QRectF box = data->m_bounds[i];
        eraseAt(data->m_geometries, i);
        eraseAt(data->m_bounds, i);
        eraseAt(data->m_labelAnchors, i);
        for (DetailLevel &level : data->m_levels) {
            level.vertexCount -= level.geometries[i].points.size();
            eraseAt(level.geometries, i);
        }
        if (i + 1 == oldSize) // the last one (e.g. undoing an add): no other index moves
            data->m_index.update(static_cast<std::uint32_t>(i), box, QRectF(nan, nan, 0, 0));
        else
            data->m_index = SpatialIndex(data->m_bounds);
        if (shift)
            shift->removed = i;
    } else {
        LayerData one; // the feature alone, in the display CRS
        FeatureTable source = row;
        source.crs = table->crs;
        one.reproject(source, data->m_displayCrs);
        std::size_t i = at.value_or(0);
        if (!at) {
            // Keep the file's fid order where the layer has it (the usual case), else append.
            const auto &fids = table->fids;
            i = std::is_sorted(fids.begin(), fids.end())
                    ? std::upper_bound(fids.begin(), fids.end(), fid) - fids.begin()
                    : fids.size();
            auto insertAt = [i](auto &v, auto... value) {
                if (i <= v.size())
                    v.emplace(v.begin() + i, value...);
            };
            insertAt(table->fids, fid);
            insertAt(table->attributes);
            insertAt(table->geometries);
            insertAt(data->m_geometries);
            insertAt(data->m_bounds, nan, nan, 0.0, 0.0);
            if (isPolygon) {
                insertAt(table->labelAnchors, nan, nan);
                insertAt(data->m_labelAnchors, nan, nan);
            }
            for (DetailLevel &level : data->m_levels)
                insertAt(level.geometries);
        }
        table->attributes[i] = row.attributes[0];
        table->geometries[i] = row.geometries[0];
        if (isPolygon && !row.labelAnchors.empty()) {
            table->labelAnchors[i] = row.labelAnchors[0];
            data->m_labelAnchors[i] = one.m_labelAnchors[0];
        }
        data->m_vertexCount += one.m_geometries[0].points.size() - data->m_geometries[i].points.size();
        const bool reindex = !at && i < oldSize; // later features moved up one: their entries are stale
        if (!reindex)
            data->m_index.update(static_cast<std::uint32_t>(i), data->m_bounds[i], one.m_bounds[0]);
        data->m_bounds[i] = one.m_bounds[0];
        data->m_geometries[i] = std::move(one.m_geometries[0]);
        if (reindex)
            data->m_index = SpatialIndex(data->m_bounds);
        if (shift && !at)
            shift->inserted = i;
        const Geometry *previous = &data->m_geometries[i];
        for (DetailLevel &level : data->m_levels) {
            Geometry simple = simplified(*previous, level.tolerance, isPolygon);
            level.vertexCount += simple.points.size() - level.geometries[i].points.size();
            level.geometries[i] = std::move(simple);
            previous = &level.geometries[i];
        }
    }
    data->m_extent = extentOf(data->m_bounds);
    if (!hadLevels) // a layer that was empty when built gets its levels once it has an extent
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
