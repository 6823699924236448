// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfeature.h"

#include "core/result.h"
#include "project/project.h"

#include <QUndoStack>

namespace ecoplan {

EditFeature::EditFeature(Project *project, FeatureEdit edit, const QString &text)
    : QUndoCommand(text), m_project(project), m_edit(std::move(edit))
{
}

Result<qint64> EditFeature::push(Project &project, FeatureEdit edit, const QString &text)
{
    Result<qint64> outcome = Result<qint64>::failure(tr("The edit was not applied."));
    auto *command = new EditFeature(&project, std::move(edit), text);
    command->m_firstOutcome = &outcome; // points into this frame: valid during push only
    project.undoStack()->push(command);
    return outcome;
}

void EditFeature::redo()
{
    const Result<qint64> fid = m_project->applyEdit(m_edit);
    if (m_firstOutcome) {
        *m_firstOutcome = fid;
        m_firstOutcome = nullptr;
    }
    if (!fid) {
        m_error = fid.error();
        if (!m_hasRun)
            setObsolete(true);
        return;
    }
    // An insert learns its fid once; redo after undo puts the row back under the same one.
    if (m_edit.after)
        m_edit.after->fid = *fid;
    m_hasRun = true;
}

void EditFeature::undo()
{
    if (const Result<qint64> r = m_project->applyEdit(m_edit.inverted()); !r)
        m_error = r.error();
}

} // namespace ecoplan
