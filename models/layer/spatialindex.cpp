// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatialindex.h"

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>

#include <algorithm>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace ecoplan {

using BoostPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BoostBox = bg::model::box<BoostPoint>;
using Entry = std::pair<BoostBox, std::uint32_t>;

struct SpatialIndex::Tree
{
    bgi::rtree<Entry, bgi::rstar<16>> rtree;
};

static BoostBox toBox(const QRectF &r)
{
    return BoostBox(BoostPoint(r.left(), r.top()), BoostPoint(r.right(), r.bottom()));
}

SpatialIndex::SpatialIndex() : m_tree(std::make_unique<Tree>()) {}

SpatialIndex::SpatialIndex(const std::vector<QRectF> &bounds)
{
    std::vector<Entry> entries;
    entries.reserve(bounds.size());
    for (std::uint32_t i = 0; i < bounds.size(); ++i) {
        // Points have zero-size boxes, which QRectF calls invalid but which are fine here; skip only NaN.
        if (!std::isnan(bounds[i].left()))
            entries.emplace_back(toBox(bounds[i].normalized()), i);
    }
    // The range constructor uses the packing algorithm: a better tree than one-by-one insertion, faster.
    m_tree = std::make_unique<Tree>(Tree{bgi::rtree<Entry, bgi::rstar<16>>(entries)});
}

SpatialIndex::SpatialIndex(const SpatialIndex &other) : m_tree(std::make_unique<Tree>(*other.m_tree)) {}

void SpatialIndex::update(std::uint32_t index, const QRectF &before, const QRectF &after)
{
    if (!std::isnan(before.left()))
        m_tree->rtree.remove(Entry(toBox(before.normalized()), index));
    if (!std::isnan(after.left()))
        m_tree->rtree.insert(Entry(toBox(after.normalized()), index));
}

SpatialIndex::~SpatialIndex() = default;
SpatialIndex::SpatialIndex(SpatialIndex &&) noexcept = default;
SpatialIndex &SpatialIndex::operator=(SpatialIndex &&) noexcept = default;

std::vector<std::uint32_t> SpatialIndex::query(const QRectF &area) const
{
    std::vector<std::uint32_t> hits;
    const QRectF a = area.normalized();
    m_tree->rtree.query(
        bgi::intersects(toBox(a)),
        boost::make_function_output_iterator([&hits](const Entry &e) { hits.push_back(e.second); }));
    std::sort(hits.begin(), hits.end());
    return hits;
}

std::size_t SpatialIndex::size() const
{
    return m_tree->rtree.size();
}

} // namespace ecoplan
