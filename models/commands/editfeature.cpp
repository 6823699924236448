// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfeature.h"

#include "core/result.h"
#include "project/project.h"

namespace ecoplan {

EditFeature::EditFeature(Project *project, FeatureEdit edit, const QString &text)
    : QUndoCommand(text), m_project(project), m_edit(std::move(edit))
{
}

void EditFeature::redo()
{
    const Result<qint64> fid = m_project->applyEdit(m_edit);
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
