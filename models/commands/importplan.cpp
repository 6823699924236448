// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplan.h"

#include "project/project.h"

#include <QUndoStack>

namespace ecoplan {

ImportPlan::ImportPlan(Project *project, Plan plan, PlanSource source)
    : QUndoCommand(tr("Import plan “%1”").arg(plan.title)), m_project(project), m_plan(std::move(plan)),
      m_source(std::move(source))
{
}

Result<qint64> ImportPlan::push(Project &project, Plan plan, PlanSource source)
{
    Result<qint64> outcome = Result<qint64>::failure(tr("The plan was not imported."));
    auto *command = new ImportPlan(&project, std::move(plan), std::move(source));
    command->m_firstOutcome = &outcome; // points into this frame: valid during push only
    project.undoStack()->push(command);
    return outcome;
}

void ImportPlan::redo()
{
    const Result<qint64> id = m_project->importPlan(m_plan, m_source);
    if (m_firstOutcome) {
        *m_firstOutcome = id;
        m_firstOutcome = nullptr;
    }
    if (!id) {
        m_error = id.error();
        if (!m_hasRun)
            setObsolete(true);
        return;
    }
    m_planId = *id;
    m_hasRun = true;
}

void ImportPlan::undo()
{
    if (m_planId < 0)
        return;
    if (const Status s = m_project->removePlan(m_planId); !s)
        m_error = s.error();
    else
        m_planId = -1;
}

} // namespace ecoplan
