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
        if (isRing && kept < 4) {
            // A ring smaller than the tolerance keeps a triangle spanning it, so a small mine still shows as
            // a dot at province scale instead of vanishing.
            out.points.resize(start);
            const QPointF *pts = g.points.data() + begin;
            std::uint32_t far = 0, side = 0;
            double best = 0;
            for (std::uint32_t i = 1; i < n; ++i) {
                const double d = segmentDistance2(pts[i], pts[0], pts[0]);
                if (d > best) {
                    best = d;
                    far = i;
                }
            }
            best = 0;
            for (std::uint32_t i = 1; i < n; ++i) {
                const double d = segmentDistance2(pts[i], pts[0], pts[far]);
                if (d > best) {
                    best = d;
                    side = i;
                }
            }
            if (far == 0 || side == 0)
                continue; // all vertices coincide
            const std::uint32_t a = std::min(far, side), b = std::max(far, side);
            out.points.insert(out.points.end(), {pts[0], pts[a], pts[b], pts[0]});
        } else if (!isRing && kept < 2) {
            out.points.resize(start);
            continue;
        }
        out.partEnds.push_back(static_cast<std::uint32_t>(out.points.size()));
    }
    return out;
}

} // namespace ecoplan
