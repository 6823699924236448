// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geoshandles.h"

#include <QRectF>

#include <cstdint>
#include <vector>

namespace ecoplan {

class LayerData;

/// Features of one or more layers as GEOS geometries made in one context, with a GEOS STR tree over them
/// and prepared geometries made on first use (preparing builds an index over the edges: worth it for a
/// polygon tested against many features, wasted on one tested once). GEOS objects are not shared between
/// threads, so each worker makes its own set. Features without geometry are left out.
class GeosFeatureSet
{
public:
    struct Member
    {
        const LayerData *layer;
        std::uint32_t index;
    };
    GeosFeatureSet(GEOSContextHandle_t h, std::vector<Member> members);
    GeosFeatureSet(const GeosFeatureSet &) = delete;
    GeosFeatureSet &operator=(const GeosFeatureSet &) = delete;

    std::size_t size() const { return m_members.size(); }
    const Member &member(std::size_t i) const { return m_members[i]; }
    const GEOSGeometry *geometry(std::size_t i) const { return m_geometries[i].get(); }
    const GEOSPreparedGeometry *prepared(std::size_t i);
    /// The members whose envelope meets `box`, in no particular order.
    std::vector<std::size_t> candidates(const QRectF &box) const;
    /// The members whose envelope meets that of `g`.
    std::vector<std::size_t> candidates(const GEOSGeometry *g) const;

private:
    GEOSContextHandle_t m_h;
    std::vector<Member> m_members;
    std::vector<geos::GeomPtr> m_geometries;
    std::vector<geos::PreparedPtr> m_prepared;
    geos::TreePtr m_tree;
};

} // namespace ecoplan
