// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include <cstdint>
#include <memory>
#include <vector>

namespace ecoplan {

/// An R-tree (Boost.Geometry, bulk-loaded with the packing algorithm) over feature bounding boxes.
/// Built once, then read-only: concurrent queries from any thread are safe.
class SpatialIndex
{
public:
    SpatialIndex();
    explicit SpatialIndex(const std::vector<QRectF> &bounds);
    ~SpatialIndex();
    SpatialIndex(SpatialIndex &&) noexcept;
    SpatialIndex &operator=(SpatialIndex &&) noexcept;

    SpatialIndex(const SpatialIndex &other);
    /// Patches the tree for one feature: `index` moves from box `before` to box `after` (either may be
    /// NaN: an insert or a removal). Only for a tree not yet shared with other threads.
    void update(std::uint32_t index, const QRectF &before, const QRectF &after);

    /// Indices of the features whose box intersects `area`, in ascending order (stable drawing order).
    std::vector<std::uint32_t> query(const QRectF &area) const;
    std::size_t size() const;

private:
    struct Tree;
    std::unique_ptr<Tree> m_tree;
};

} // namespace ecoplan
