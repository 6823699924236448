// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "store/featureedit.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace ecoplan {

class Project;

/// One feature edit (add, change or delete) on the project's undo stack. redo() writes the edit and undo()
/// its inverse, each through the store in its own transaction with an audit-log row. A first redo() that
/// fails (read-only project, invalid value) marks the command obsolete, so QUndoStack::push discards it;
/// error() says why.
class EditFeature : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::EditFeature)
public:
    EditFeature(Project *project, FeatureEdit edit, const QString &text);
    /// Pushes one edit onto the project's undo stack and says how it went: the fid, or why it failed (then
    /// nothing is left on the stack). The way for every editing path to learn a failure, because
    /// QUndoStack::push deletes a command whose first redo failed before error() can be read.
    static Result<qint64> push(Project &project, FeatureEdit edit, const QString &text);

    void redo() override;
    void undo() override;
    const QString &error() const { return m_error; }
    /// The fid the feature has in the file (known after the first redo for an insert).
    qint64 fid() const { return m_edit.after ? m_edit.after->fid : m_edit.before->fid; }

private:
    Project *m_project;
    FeatureEdit m_edit;
    QString m_error;
    bool m_hasRun = false;
    Result<qint64> *m_firstOutcome = nullptr; ///< set by push(): where the first redo reports, then cleared
};

} // namespace ecoplan
