// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan import-plan FILE --project P`: parses the document and stores the plan, its tasks, targets and
// place links in the project in one transaction (nothing is written if any part fails).
#include "command.h"
#include "planarguments.h"

#include "store/projectstore.h"

#include <QFileInfo>
#include <QTextStream>

namespace ecoplan::cli {
namespace {

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    PlanArguments a;
    const QString usage =
        planTr("usage: ecoplan import-plan FILE --project PROJECT.gpkg [--gazetteer CSV] [--titles CSV]");
    if (!parseArguments(arguments, "import-plan", usage, a, err))
        return 1;
    if (a.project.isEmpty()) {
        err << "ecoplan import-plan: " << usage << Qt::endl;
        return 1;
    }
    const Result<PlanDocument> doc = readPlan(a, err, "import-plan");
    if (!doc) {
        err << "ecoplan import-plan: " << doc.error() << Qt::endl;
        return 1;
    }
    const Plan *plan = &doc->plan;
    auto store = ProjectStore::open(a.project, ProjectStore::Access::ReadWrite);
    if (!store) {
        err << "ecoplan import-plan: " << store.error() << Qt::endl;
        return 1;
    }
    const Result<qint64> id =
        (*store)->importPlan(*plan, PlanSource{QFileInfo(a.file).fileName(), doc->text, {}, {}});
    if (!id) {
        err << "ecoplan import-plan: " << id.error() << Qt::endl;
        return 1;
    }
    QTextStream(stdout)
        << planTr("Imported plan %1 (“%2”): %3 tasks.").arg(*id).arg(plan->title).arg(countTasks(plan->nodes))
        << Qt::endl;
    return 0;
}

} // namespace

Command importPlanCommand()
{
    return {QStringLiteral("import-plan"),
            QT_TRANSLATE_NOOP("ecoplan::cli",
                              "Store a plan document's tasks, targets and place links in a project."),
            QStringLiteral("FILE --project P.gpkg [--gazetteer CSV] [--titles CSV]"),
            {
                {QStringLiteral("project"), QStringLiteral("Project GeoPackage (it is changed)."),
                 QStringLiteral("file")},
                {QStringLiteral("gazetteer"),
                 QStringLiteral("Resolve places against this gazetteer CSV (default: the bundled one)."),
                 QStringLiteral("csv")},
                {QStringLiteral("titles"),
                 QStringLiteral("Chinese titles for a plan read in English translation (CSV)."),
                 QStringLiteral("csv")},
            },
            run};
}

} // namespace ecoplan::cli
