// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <cstdint>
#include <memory>
#include <vector>

class QThreadPool;

namespace ecoplan {

class LayerData;
class Project;

/// How a feature must relate to the source features to be selected.
enum class SpatialPredicate {
    Intersects,    ///< shares at least one point with one of them
    Within,        ///< lies completely inside one of them, or inside the union of those it meets
    WithinDistance ///< comes within the given distance (metres on the ground) of one of them
};

/// Some features of one layer: what a selection is made against.
struct SourceFeatures
{
    std::shared_ptr<const LayerData> layer;
    std::vector<std::uint32_t> indices;
};

/// The project's current selection as sources: the selected features of each layer that has some.
QList<SourceFeatures> selectedFeatures(const Project &project);

/// Select by location: which features of a target layer relate to a set of source features (the current
/// selection, or all of another layer) by a SpatialPredicate. GEOS with prepared geometries: the sources
/// go into an STR tree, each target feature is tested against the sources whose envelope meets its own
/// (grown by the distance), each source prepared on first use. Computed in the analysis CRS (see
/// AnalysisCrs). Headless and pure; blocks while it works on `pool` (its own threads if null), so the GUI
/// may call it but no task on the global pool may.
class SpatialSelection
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::SpatialSelection)
public:
    struct Request
    {
        std::shared_ptr<const LayerData> target;
        QList<SourceFeatures> sources;
        SpatialPredicate predicate = SpatialPredicate::Intersects;
        double distanceMetres = 0; ///< WithinDistance only
    };
    /// The indices of the target features selected, ascending; a reason if the request cannot be answered.
    static Result<std::vector<std::uint32_t>> select(const Request &request, QThreadPool *pool = nullptr);
};

} // namespace ecoplan
