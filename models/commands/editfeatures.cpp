// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfeatures.h"

#include "project/project.h"

#include <QUndoStack>

#include <algorithm>

namespace ecoplan {

EditFeatures::EditFeatures(Project *project, QList<FeatureEdit> edits, const QString &text)
    : QUndoCommand(text), m_project(project), m_edits(std::move(edits))
{
}

Result<QList<qint64>> EditFeatures::push(Project &project, QList<FeatureEdit> edits, const QString &text)
{
    Result<QList<qint64>> outcome = Result<QList<qint64>>::failure(tr("The change was not applied."));
    auto *command = new EditFeatures(&project, std::move(edits), text);
    command->m_firstOutcome = &outcome; // points into this frame: valid during push only
    project.undoStack()->push(command);
    return outcome;
}

void EditFeatures::redo()
{
    const Result<QList<qint64>> fids = m_project->applyEdits(m_edits);
    if (m_firstOutcome) {
        *m_firstOutcome = fids;
        m_firstOutcome = nullptr;
    }
    if (!fids) {
        m_error = fids.error();
        if (!m_hasRun)
            setObsolete(true);
        return;
    }
    // Inserted rows learn their fids once; redo after undo puts them back under the same ones.
    for (qsizetype i = 0; i < m_edits.size(); ++i) {
        if (m_edits[i].after)
            m_edits[i].after->fid = fids->at(i);
    }
    m_hasRun = true;
}

void EditFeatures::undo()
{
    QList<FeatureEdit> inverse;
    inverse.reserve(m_edits.size());
    std::transform(m_edits.crbegin(), m_edits.crend(), std::back_inserter(inverse),
                   [](const FeatureEdit &e) { return e.inverted(); });
    if (const auto r = m_project->applyEdits(inverse); !r)
        m_error = r.error();
}

} // namespace ecoplan
