// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan export-tasks --project P --out FILE.xlsx|.csv [--plan ID]`: writes the task list of the project's
// plans (or of one) as a spreadsheet (columns in docs/task-list-export.md). Errors: one line on stderr,
// exit 1.
#include "command.h"
#include "planarguments.h"

#include "plan/tasklisttable.h"
#include "store/projectstore.h"
#include "store/tablewriter.h"

#include <QTextStream>

#include <algorithm>
#include <optional>

namespace ecoplan::cli {
namespace {

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QString usage =
        planTr("usage: ecoplan export-tasks --project PROJECT.gpkg --out FILE.xlsx|FILE.csv [--plan ID]");
    QString project, out;
    std::optional<qint64> planId;
    const QStringList args = arguments.mid(2);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--project") && hasValue) {
            project = args[++i];
        } else if (a == QLatin1String("--out") && hasValue) {
            out = args[++i];
        } else if (a == QLatin1String("--plan") && hasValue) {
            bool ok = false;
            planId = args[++i].toLongLong(&ok);
            if (!ok) {
                err << "ecoplan export-tasks: "
                    << planTr("--plan takes a plan id (a number), not “%1”").arg(args[i]) << Qt::endl;
                return 1;
            }
        } else {
            err << "ecoplan export-tasks: " << usage << Qt::endl;
            return 1;
        }
    }
    if (project.isEmpty() || out.isEmpty()) {
        err << "ecoplan export-tasks: " << usage << Qt::endl;
        return 1;
    }
    auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
    if (!store) {
        err << "ecoplan export-tasks: " << store.error() << Qt::endl;
        return 1;
    }
    const Result<QList<StoredPlan>> plans = (*store)->readPlans();
    if (!plans) {
        err << "ecoplan export-tasks: " << plans.error() << Qt::endl;
        return 1;
    }
    if (planId &&
        std::none_of(plans->begin(), plans->end(), [&](const StoredPlan &p) { return p.id == *planId; })) {
        err << "ecoplan export-tasks: " << planTr("the project has no plan %1").arg(*planId) << Qt::endl;
        return 1;
    }
    const TaskListTable table = TaskListTable::build(*plans, planId);
    if (const Status s = TableWriter::write(table.toTable(), out); !s) {
        err << "ecoplan export-tasks: " << s.error() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << planTr("Wrote %1 rows to %2.").arg(table.rows.size()).arg(out) << Qt::endl;
    return 0;
}

} // namespace

Command exportTasksCommand()
{
    return {QStringLiteral("export-tasks"),
            QT_TRANSLATE_NOOP("ecoplan::cli", "Write the task list of a project's plans as XLSX or CSV."),
            QStringLiteral("--project P.gpkg --out FILE.xlsx|FILE.csv [--plan ID]"),
            {
                {QStringLiteral("project"), QStringLiteral("Project GeoPackage."), QStringLiteral("file")},
                {QStringLiteral("out"), QStringLiteral("TASKS.xlsx or TASKS.csv"), QStringLiteral("file")},
                {QStringLiteral("plan"), QStringLiteral("Only this plan (its id)."), QStringLiteral("id")},
            },
            run};
}

} // namespace ecoplan::cli
