// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommands.h"

#include "store/projectstore.h"

#include "plan/plandocument.h"
#include "plan/planjson.h"
#include "plan/plantitles.h"
#include "plan/tasklisttable.h"
#include "store/tablewriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace ecoplan {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecoplan::ParsePlanCommand", text);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

void printOutline(QTextStream &out, const QList<PlanNode> &nodes, int depth)
{
    for (const PlanNode &n : nodes) {
        out << QString(depth * 2, QLatin1Char(' ')) << kindName(n.kind) << ' ' << n.number << ' ' << n.title;
        if (!n.category.isEmpty())
            out << " [" << n.category << ']';
        out << '\n';
        const QString pad(depth * 2 + 4, QLatin1Char(' '));
        for (const Target &t : n.targets) {
            out << pad << "target: " << t.indicator << ' ' << t.comparator << ' ' << t.value << ' ' << t.unit
                << " by " << dateText(t.deadline) << '\n';
        }
        if (!n.lead.isEmpty())
            out << pad << "lead: " << n.lead.join(QStringLiteral("; ")) << '\n';
        if (!n.cooperating.isEmpty())
            out << pad << "cooperating: " << n.cooperating.join(QStringLiteral("; ")) << '\n';
        if (!n.responsible.isEmpty())
            out << pad << "responsible: " << n.responsible.join(QStringLiteral("; ")) << '\n';
        printOutline(out, n.children, depth + 1);
    }
}

/// FILE and the options of a plan command.
struct PlanArguments
{
    QString file;
    QString gazetteer;
    QString titles;
    QString project;
    bool json = false;
};

/// The plan in a document, with its places resolved against the gazetteer where one is found (else a
/// warning on stderr). A failure is one line for stderr.
Result<PlanDocument> readPlan(const PlanArguments &a, QTextStream &err, const char *command)
{
    Result<PlanDocument> doc = PlanDocumentReader::read(a.file, a.gazetteer);
    if (doc && !doc->placesWarning.isEmpty())
        err << "ecoplan " << command << ": " << doc->placesWarning << Qt::endl;
    if (doc && !a.titles.isEmpty()) {
        if (const Status s = PlanTitles::apply(doc->plan, a.titles); !s)
            return Result<PlanDocument>::failure(s.error());
    }
    return doc;
}

/// Fills `out` from the command line; false (with the message written) if it is wrong.
bool parseArguments(const QStringList &arguments, const char *command, const QString &usage,
                    PlanArguments &out, QTextStream &err)
{
    QStringList files;
    const QStringList args = arguments.mid(2);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--json"))
            out.json = true;
        else if (a == QLatin1String("--gazetteer") && i + 1 < args.size())
            out.gazetteer = args[++i];
        else if (a == QLatin1String("--titles") && i + 1 < args.size())
            out.titles = args[++i];
        else if (a == QLatin1String("--project") && i + 1 < args.size())
            out.project = args[++i];
        else if (a.startsWith(QLatin1String("--"))) {
            err << "ecoplan " << command << ": " << tr("unknown option %1").arg(a) << Qt::endl;
            return false;
        } else {
            files.append(a);
        }
    }
    if (files.size() != 1) {
        err << "ecoplan " << command << ": " << usage << Qt::endl;
        return false;
    }
    out.file = files.constFirst();
    return true;
}

} // namespace

int runParsePlanCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    PlanArguments a;
    if (!parseArguments(arguments, "parse-plan",
                        tr("usage: ecoplan parse-plan FILE [--json] [--gazetteer CSV] [--titles CSV]"), a,
                        err))
        return 1;
    const Result<PlanDocument> doc = readPlan(a, err, "parse-plan");
    if (!doc) {
        err << "ecoplan parse-plan: " << doc.error() << Qt::endl;
        return 1;
    }
    const Plan *plan = &doc->plan;
    const bool json = a.json;
    QTextStream out(stdout);
    if (json) {
        out << planToJson(*plan).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << plan->title << '\n';
    if (!plan->docNumber.isEmpty())
        out << plan->docNumber << '\n';
    if (!plan->issuer.isEmpty())
        out << plan->issuer << ' ' << dateText(plan->issuedDate) << '\n';
    for (const Target &t : plan->targets) {
        out << "goal: " << t.indicator << ' ' << t.comparator << ' ' << t.value << ' ' << t.unit << " by "
            << dateText(t.deadline) << '\n';
    }
    printOutline(out, plan->nodes, 0);
    for (const QString &w : plan->warnings)
        out << "warning: " << w << '\n';
    return 0;
}

int runImportPlanCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    PlanArguments a;
    const QString usage =
        tr("usage: ecoplan import-plan FILE --project PROJECT.gpkg [--gazetteer CSV] [--titles CSV]");
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
        << tr("Imported plan %1 (“%2”): %3 tasks.").arg(*id).arg(plan->title).arg(countTasks(plan->nodes))
        << Qt::endl;
    return 0;
}

int runExportTasksCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    const QString usage =
        tr("usage: ecoplan export-tasks --project PROJECT.gpkg --out FILE.xlsx|FILE.csv [--plan ID]");
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
                    << tr("--plan takes a plan id (a number), not “%1”").arg(args[i]) << Qt::endl;
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
        err << "ecoplan export-tasks: " << tr("the project has no plan %1").arg(*planId) << Qt::endl;
        return 1;
    }
    const TaskListTable table = TaskListTable::build(*plans, planId);
    if (const Status s = TableWriter::write(table.toTable(), out); !s) {
        err << "ecoplan export-tasks: " << s.error() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << tr("Wrote %1 rows to %2.").arg(table.rows.size()).arg(out) << Qt::endl;
    return 0;
}

} // namespace ecoplan
