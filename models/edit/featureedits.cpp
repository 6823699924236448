// SPDX-License-Identifier: GPL-3.0-or-later
#include "featureedits.h"

#include "commands/editfeature.h"
#include "project/project.h"
#include "store/projectstore.h"

#include <QUndoStack>

#include <algorithm>

namespace ecoplan {
bool FeatureEdits::isEditable(const Project &project, const QString &layerId)
{
    const VectorLayer *l = project.layer(layerId);
    return l && !l->isReadOnly && project.store() && !project.isReadOnly() &&
           l->sourcePath == project.filePath();
}

LayerGeometryType FeatureEdits::geometryType(const VectorLayer &layer)
{
    return {layer.data->kind(), layer.data->table().isMulti};
}

GeometryEditor FeatureEdits::editor(const Project &project, const VectorLayer &layer)
{
    return GeometryEditor(geometryType(layer), layer.data->table().crs, project.displayCrs());
}

int FeatureEdits::indexOf(const VectorLayer &layer, qint64 fid)
{
    const auto &fids = layer.data->table().fids;
    const auto it = std::find(fids.begin(), fids.end(), fid);
    return it == fids.end() ? -1 : int(it - fids.begin());
}

Result<StoredFeature> FeatureEdits::stored(const Project &project, const QString &layerId,
                                           std::uint32_t index)
{
    const VectorLayer *l = project.layer(layerId);
    if (!l || !project.store() || l->sourcePath != project.filePath())
        return Result<StoredFeature>::failure(tr("Only features of the project's own layers can be edited."));
    if (index >= l->data->table().size())
        return Result<StoredFeature>::failure(tr("The feature no longer exists."));
    return project.store()->readFeature(l->sourceLayer, l->data->table().fids[index]);
}

Result<QList<qint64>> FeatureEdits::pushAll(Project &project, const QList<FeatureEdit> &edits,
                                            const QString &text)
{
    using R = Result<QList<qint64>>;
    if (edits.size() == 1) {
        const Result<qint64> fid = EditFeature::push(project, edits.first(), text);
        return fid ? R(QList<qint64>{*fid}) : R::failure(fid.error());
    }
    QList<qint64> fids;
    project.undoStack()->beginMacro(text);
    for (const FeatureEdit &e : edits) {
        const Result<qint64> fid = EditFeature::push(project, e, text);
        if (!fid) {
            // Leave nothing half done: the macro so far is undone (it stays only as a redo step until the
            // next edit).
            project.undoStack()->endMacro();
            project.undoStack()->undo();
            return R::failure(fid.error());
        }
        fids.append(*fid);
    }
    project.undoStack()->endMacro();
    return fids;
}

Result<int> FeatureEdits::deleteSelected(Project &project, const QString &layerId)
{
    if (!isEditable(project, layerId))
        return Result<int>::failure(tr("This layer cannot be edited."));
    QList<std::uint32_t> indices = project.selection().value(layerId).values();
    if (indices.isEmpty())
        return Result<int>::failure(tr("No features of this layer are selected."));
    std::sort(indices.begin(), indices.end());
    QList<FeatureEdit> edits;
    for (std::uint32_t i : indices) {
        Result<StoredFeature> row = stored(project, layerId, i);
        if (!row)
            return Result<int>::failure(row.error());
        edits.append({std::move(row).value(), std::nullopt});
    }
    const auto done =
        pushAll(project, edits,
                edits.size() == 1 ? tr("Delete feature") : tr("Delete features (%1)").arg(edits.size()));
    return done ? Result<int>(int(done->size())) : Result<int>::failure(done.error());
}

} // namespace ecoplan
