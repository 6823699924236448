// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "geometryedit.h"
#include "store/featureedit.h"

#include <QCoreApplication>
#include <QList>

#include <cstdint>

namespace ecoplan {

class Project;
struct VectorLayer;

/// What every editing path shares: which layers can be edited, a feature's stored row, and how edits reach
/// the project's undo stack (one EditFeature::push per feature; several as one undo step).
class FeatureEdits
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::FeatureEdits)
public:
    /// A layer of the project file, in a project open for writing.
    static bool isEditable(const Project &project, const QString &layerId);
    static LayerGeometryType geometryType(const VectorLayer &layer);
    /// An editor between the layer's CRS and the project's display CRS.
    static GeometryEditor editor(const Project &project, const VectorLayer &layer);
    /// The index of the feature with `fid` in the layer's data, or -1.
    static int indexOf(const VectorLayer &layer, qint64 fid);
    /// The row as stored of the feature at `index` in the layer's data.
    static Result<StoredFeature> stored(const Project &project, const QString &layerId, std::uint32_t index);

    /// Pushes several edits as one undo step. If one fails, those written are undone and the reason is
    /// returned. The fids in order.
    static Result<QList<qint64>> pushAll(Project &project, const QList<FeatureEdit> &edits,
                                         const QString &text);
    /// Deletes the selected features of `layerId` as one undo step; the number deleted.
    static Result<int> deleteSelected(Project &project, const QString &layerId);
};

} // namespace ecoplan
