// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/featureedit.h"

#include <QUndoCommand>

namespace ecoplan {

class Project;

/// One feature edit (add, change or delete) on the project's undo stack. redo() writes the edit and undo()
/// its inverse, each through the store in its own transaction with an audit-log row. A first redo() that
/// fails (read-only project, invalid value) marks the command obsolete, so QUndoStack::push discards it;
/// error() says why.
class EditFeature : public QUndoCommand
{
public:
    EditFeature(Project *project, FeatureEdit edit, const QString &text);

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
};

} // namespace ecoplan
