// SPDX-License-Identifier: GPL-3.0-or-later
#include "geoprocess/spatialselection.h"

#include "geoprocess/analysiscrs.h"
#include "geoprocess/chunks.h"
#include "geoprocess/geosfeatureset.h"
#include "geoprocess/geosgeometry.h"
#include "layer/layerdata.h"
#include "project/project.h"

#include <algorithm>
#include <cmath>

namespace ecoplan {
namespace {

/// Does target feature `g` relate by `predicate` to one of the `candidates` among the sources? `reach`
/// is the distance on the map for WithinDistance.
bool matches(GEOSContextHandle_t h, GeosFeatureSet &sources, const std::vector<std::size_t> &candidates,
             const GEOSGeometry *g, SpatialPredicate predicate, double reach)
{
    std::vector<const GEOSGeometry *> touching;
    for (std::size_t c : candidates) {
        const GEOSPreparedGeometry *source = sources.prepared(c);
        switch (predicate) {
        case SpatialPredicate::Intersects:
            if (GEOSPreparedIntersects_r(h, source, g) == 1)
                return true;
            break;
        case SpatialPredicate::WithinDistance:
            if (GEOSPreparedDistanceWithin_r(h, source, g, reach) == 1)
                return true;
            break;
        case SpatialPredicate::Within:
            if (GEOSPreparedContains_r(h, source, g) == 1)
                return true;
            if (GEOSPreparedIntersects_r(h, source, g) == 1)
                touching.push_back(sources.geometry(c));
            break;
        }
    }
    // Across a shared border: inside the union of the sources it meets (two selected counties hold a mine
    // that straddles their border). Unions are rare and small, so they are made only here.
    if (touching.size() < 2)
        return false;
    std::vector<GEOSGeometry *> clones;
    for (const GEOSGeometry *t : touching)
        clones.push_back(GEOSGeom_clone_r(h, t));
    const geos::GeomPtr all = geos::wrap(
        h, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, clones.data(), unsigned(clones.size())));
    const geos::GeomPtr united = geos::wrap(h, GEOSUnaryUnion_r(h, all.get()));
    return united && GEOSWithin_r(h, g, united.get()) == 1;
}

} // namespace

QList<SourceFeatures> selectedFeatures(const Project &project)
{
    QList<SourceFeatures> out;
    for (auto it = project.selection().begin(); it != project.selection().end(); ++it) {
        const VectorLayer *layer = project.layer(it.key());
        if (!layer || it.value().isEmpty())
            continue;
        std::vector<std::uint32_t> indices(it.value().begin(), it.value().end());
        std::sort(indices.begin(), indices.end());
        out.append({layer->data, std::move(indices)});
    }
    return out;
}

Result<std::vector<std::uint32_t>> SpatialSelection::select(const Request &request, QThreadPool *pool)
{
    using R = Result<std::vector<std::uint32_t>>;
    if (!request.target)
        return R::failure(tr("Choose the layer to select from."));
    if (request.predicate == SpatialPredicate::WithinDistance &&
        !(request.distanceMetres >= 0 && std::isfinite(request.distanceMetres)))
        return R::failure(tr("The distance must be zero or more metres."));
    const auto target = AnalysisCrs::layerIn(request.target);
    std::vector<std::shared_ptr<const LayerData>> keep; // the sources in the analysis CRS, alive until done
    std::vector<GeosFeatureSet::Member> members;
    for (const SourceFeatures &s : request.sources) {
        if (!s.layer)
            continue;
        keep.push_back(AnalysisCrs::layerIn(s.layer));
        for (std::uint32_t i : s.indices) {
            if (i < keep.back()->size())
                members.push_back({keep.back().get(), i});
        }
    }
    if (members.empty())
        return R::failure(tr("There is nothing to select against: the selection or the layer is empty."));

    auto selected = forEachChunk(target->size(), pool, [&](std::size_t begin, std::size_t end) {
        geos::Context context;
        const GEOSContextHandle_t h = context.handle();
        GeosFeatureSet sources(h, members);
        std::vector<std::uint32_t> found;
        for (std::size_t i = begin; i < end; ++i) {
            const QRectF &box = target->bounds(i);
            if (std::isnan(box.left()))
                continue;
            const double reach = request.predicate == SpatialPredicate::WithinDistance
                                     ? AnalysisCrs::planarDistance(request.distanceMetres, box.center().x())
                                     : 0;
            // Most features have no source near their envelope and are never converted for GEOS.
            const auto candidates = sources.candidates(box.adjusted(-reach, -reach, reach, reach));
            if (candidates.empty())
                continue;
            const geos::GeomPtr g = geos::fromGeometry(h, target->geometry(i), target->kind());
            if (g && matches(h, sources, candidates, g.get(), request.predicate, reach))
                found.push_back(std::uint32_t(i));
        }
        return found;
    });
    std::vector<std::uint32_t> out;
    for (const auto &part : selected)
        out.insert(out.end(), part.begin(), part.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ecoplan
