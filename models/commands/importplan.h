// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/plan.h"
#include "store/planwriter.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace ecoplan {

class Project;

/// Importing a plan document, as one step on the project's undo stack: redo() stores the plan (each time
/// under a new id), undo() deletes it with its tasks, targets and links, each in one transaction.
class ImportPlan : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ImportPlan)
public:
    ImportPlan(Project *project, Plan plan, PlanSource source);
    /// Pushes the import and says how it went: the new plan's id, or why it failed (then nothing is left on
    /// the stack).
    static Result<qint64> push(Project &project, Plan plan, PlanSource source);

    void redo() override;
    void undo() override;
    qint64 planId() const { return m_planId; }
    const QString &error() const { return m_error; }

private:
    Project *m_project;
    Plan m_plan;
    PlanSource m_source;
    qint64 m_planId = -1;
    QString m_error;
    bool m_hasRun = false;
    Result<qint64> *m_firstOutcome = nullptr; ///< set by push(): where the first redo reports, then cleared
};

} // namespace ecoplan
