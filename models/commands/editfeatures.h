// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/featureedit.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace ecoplan {

class Project;

/// Many feature edits as one step on the undo stack, each direction written in ONE transaction (all rows or
/// none) with an audit row per feature: an import, regenerated protection zones. For single edits use
/// EditFeature, which follows the change without re-reading the layer.
class EditFeatures : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::EditFeatures)
public:
    EditFeatures(Project *project, QList<FeatureEdit> edits, const QString &text);
    /// Pushes the edits and says how it went: the fids in order, or why nothing was written (then nothing
    /// is left on the stack).
    static Result<QList<qint64>> push(Project &project, QList<FeatureEdit> edits, const QString &text);

    void redo() override;
    void undo() override;
    const QString &error() const { return m_error; }

private:
    Project *m_project;
    QList<FeatureEdit> m_edits;
    QString m_error;
    bool m_hasRun = false;
    Result<QList<qint64>> *m_firstOutcome = nullptr; ///< set by push(): where the first redo reports
};

} // namespace ecoplan
