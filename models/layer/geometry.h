// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace ecoplan {

enum class GeometryKind { Unknown, Point, Line, Polygon };

/// The vertices of one feature, flat: `partEnds[i]` is one past the last vertex of part i. A part is a point
/// (points), a line string (lines) or a ring (polygons; all rings of all polygons, drawn with the odd-even
/// rule, which gives holes and enclaves right because a valid multipolygon's parts do not overlap).
struct Geometry
{
    std::vector<QPointF> points;
    std::vector<std::uint32_t> partEnds;

    bool isEmpty() const { return points.empty(); }
    std::size_t partCount() const { return partEnds.size(); }
    std::uint32_t partBegin(std::size_t part) const { return part == 0 ? 0 : partEnds[part - 1]; }
    QRectF bounds() const;
};

/// Distance from `p` to the segment from `a` to `b`.
double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b);

} // namespace ecoplan
