// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <optional>

namespace ecoplan {

class Project;

/// The link from a city task to the province task it carries out (plan_tasks.implements_task_id and
/// implements_confirmed). Each change is one EditFeature of that row: undoable and in the audit log.
class TaskImplementsLink
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::TaskImplementsLink)
public:
    /// Links `taskId` to `provinceTaskId` as confirmed by the user (a suggestion stays unconfirmed until
    /// then).
    static Result<qint64> set(Project &project, qint64 taskId, qint64 provinceTaskId);
    /// Confirms the link the task has, whoever suggested it.
    static Result<qint64> confirm(Project &project, qint64 taskId);
    /// Removes the link.
    static Result<qint64> remove(Project &project, qint64 taskId);

private:
    static Result<qint64> write(Project &project, qint64 taskId, std::optional<qint64> provinceTaskId,
                                bool confirmed, const QString &text);
};

} // namespace ecoplan
