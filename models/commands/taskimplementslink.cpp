// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/taskimplementslink.h"

#include "commands/editfeature.h"
#include "project/project.h"
#include "store/projectstore.h"

namespace ecoplan {
namespace {

const QString tasksTable = QStringLiteral("plan_tasks");
const QString linkField = QStringLiteral("implements_task_id");
const QString confirmedField = QStringLiteral("implements_confirmed");

} // namespace

Result<qint64> TaskImplementsLink::set(Project &project, qint64 taskId, qint64 provinceTaskId)
{
    return write(project, taskId, provinceTaskId, true, tr("Link task to the province task it implements"));
}

Result<qint64> TaskImplementsLink::confirm(Project &project, qint64 taskId)
{
    if (!project.store())
        return Result<qint64>::failure(tr("Plans are stored only in a project file."));
    const Result<StoredFeature> row = project.store()->readFeature(tasksTable, taskId);
    if (!row)
        return Result<qint64>::failure(row.error());
    const QVariant link = row->attributes.value(linkField);
    if (link.isNull())
        return Result<qint64>::failure(tr("The task implements no province task yet."));
    return write(project, taskId, link.toLongLong(), true, tr("Confirm the province task a task implements"));
}

Result<qint64> TaskImplementsLink::remove(Project &project, qint64 taskId)
{
    return write(project, taskId, std::nullopt, false, tr("Unlink task from the province task"));
}

Result<qint64> TaskImplementsLink::write(Project &project, qint64 taskId,
                                         std::optional<qint64> provinceTaskId, bool confirmed,
                                         const QString &text)
{
    if (!project.store())
        return Result<qint64>::failure(tr("Plans are stored only in a project file."));
    if (provinceTaskId == taskId)
        return Result<qint64>::failure(tr("A task cannot implement itself."));
    const Result<StoredFeature> before = project.store()->readFeature(tasksTable, taskId);
    if (!before)
        return Result<qint64>::failure(before.error());
    StoredFeature after = *before;
    after.attributes[linkField] = provinceTaskId ? QVariant(*provinceTaskId) : QVariant();
    after.attributes[confirmedField] = qint64(confirmed ? 1 : 0);
    if (after == *before)
        return taskId; // nothing to change: no empty step on the undo stack
    return EditFeature::push(project, {*before, after}, text);
}

} // namespace ecoplan
