// SPDX-License-Identifier: GPL-3.0-or-later
#include "geoprocess/geosfeatureset.h"

#include "geoprocess/geosgeometry.h"
#include "layer/layerdata.h"

#include <cmath>

namespace ecoplan {

GeosFeatureSet::GeosFeatureSet(GEOSContextHandle_t h, std::vector<Member> members)
    : m_h(h), m_tree(GEOSSTRtree_create_r(h, 10), geos::TreeDeleter{h})
{
    for (const Member &m : members) {
        geos::GeomPtr g = geos::fromGeometry(h, m.layer->geometry(m.index), m.layer->kind());
        if (!g || GEOSisEmpty_r(h, g.get()) != 0)
            continue;
        // The item is the member's position plus one, so that no item is a null pointer.
        GEOSSTRtree_insert_r(h, m_tree.get(), g.get(),
                             reinterpret_cast<void *>(static_cast<std::uintptr_t>(m_members.size() + 1)));
        m_members.push_back(m);
        m_geometries.push_back(std::move(g));
        m_prepared.emplace_back(nullptr, geos::PreparedDeleter{h});
    }
}

const GEOSPreparedGeometry *GeosFeatureSet::prepared(std::size_t i)
{
    if (!m_prepared[i])
        m_prepared[i].reset(GEOSPrepare_r(m_h, m_geometries[i].get()));
    return m_prepared[i].get();
}

std::vector<std::size_t> GeosFeatureSet::candidates(const QRectF &box) const
{
    if (m_members.empty() || std::isnan(box.left()))
        return {};
    return candidates(geos::box(m_h, box.left(), box.top(), box.right(), box.bottom()).get());
}

std::vector<std::size_t> GeosFeatureSet::candidates(const GEOSGeometry *g) const
{
    std::vector<std::size_t> out;
    if (m_members.empty() || !g)
        return out;
    GEOSSTRtree_query_r(
        m_h, m_tree.get(), g,
        [](void *item, void *found) {
            static_cast<std::vector<std::size_t> *>(found)->push_back(reinterpret_cast<std::uintptr_t>(item) -
                                                                      1);
        },
        &out);
    return out;
}

} // namespace ecoplan
