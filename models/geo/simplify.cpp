// SPDX-License-Identifier: GPL-3.0-or-later
#include "simplify.h"

#include <cmath>
#include <utility>
#include <vector>

namespace ecoplan {
namespace {

double segmentDistance2(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = p.x() - (a.x() + t * dx), ey = p.y() - (a.y() + t * dy);
    return ex * ex + ey * ey;
}

void simplifyPart(const QPointF *pts, std::uint32_t n, double tol2, std::vector<bool> &keep,
                  std::vector<std::pair<std::uint32_t, std::uint32_t>> &stack)
{
    keep.assign(n, false);
    keep[0] = keep[n - 1] = true;
    stack.clear();
    stack.emplace_back(0, n - 1);
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        double maxDist = -1;
        std::uint32_t index = first;
        for (std::uint32_t i = first + 1; i < last; ++i) {
            const double d = segmentDistance2(pts[i], pts[first], pts[last]);
            if (d > maxDist) {
                maxDist = d;
                index = i;
            }
        }
        if (maxDist > tol2) {
            keep[index] = true;
            stack.emplace_back(first, index);
            stack.emplace_back(index, last);
        }
    }
}

} // namespace

Geometry simplified(const Geometry &g, double tolerance, bool isRing)
{
    Geometry out;
    out.points.reserve(g.points.size() / 4);
    std::vector<bool> keep;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stack;
    const double tol2 = tolerance * tolerance;
    for (std::size_t part = 0; part < g.partCount(); ++part) {
        const std::uint32_t begin = g.partBegin(part), n = g.partEnds[part] - begin;
        if (n < 3) {
            if (!isRing && n == 2) {
                out.points.insert(out.points.end(), g.points.begin() + begin, g.points.begin() + begin + n);
                out.partEnds.push_back(static_cast<std::uint32_t>(out.points.size()));
            }
            continue;
        }
        simplifyPart(g.points.data() + begin, n, tol2, keep, stack);
        const std::size_t start = out.points.size();
        for (std::uint32_t i = 0; i < n; ++i) {
            if (keep[i])
                out.points.push_back(g.points[begin + i]);
        }
        const std::size_t kept = out.points.size() - start;
        if (isRing ? kept < 4 : kept < 2) {
            out.points.resize(start);
            continue;
        }
        out.partEnds.push_back(static_cast<std::uint32_t>(out.points.size()));
    }
    return out;
}

} // namespace ecoplan
