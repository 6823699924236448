// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommands.h"

#include "store/projectstore.h"

#include "plan/documentreader.h"
#include "plan/gazetteer.h"
#include "plan/planjson.h"
#include "plan/planparser.h"
#include "plan/plantitles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

namespace ecoplan {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecoplan::ParsePlanCommand", text);
}

/// The gazetteer shipped beside the executable (build tree or installed), unless one is named.
QString gazetteerPath(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString candidates[] = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../data/henan-gazetteer.csv"),
        QStringLiteral("/usr/share/ecoplan/henan-gazetteer.csv"),
    };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return QDir::cleanPath(c);
    }
    return {};
}

void addPlaces(QList<PlanNode> &nodes, const Gazetteer &gazetteer)
{
    for (PlanNode &n : nodes) {
        n.places = gazetteer.findPlaces(n.title + QLatin1Char('\n') + n.text);
        addPlaces(n.children, gazetteer);
    }
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

/// The plan in a document, with its places resolved against the gazetteer where one is found; `text`
/// receives the document's text. A failure is one line for stderr.
Result<Plan> readPlan(const PlanArguments &args, QTextStream &err, const char *command,
                      QString *text = nullptr)
{
    const QString &path = args.file;
    const Result<QString> read = DocumentReader::readText(path);
    if (!read)
        return Result<Plan>::failure(read.error());
    if (text)
        *text = *read;
    Result<Plan> plan = PlanParser::parse(*read);
    if (!plan)
        return Result<Plan>::failure(path + QStringLiteral(": ") + plan.error());
    if (!args.titles.isEmpty()) {
        if (const Status s = PlanTitles::apply(*plan, args.titles); !s)
            return Result<Plan>::failure(s.error());
    }
    // Places are named against the gazetteer; without one the plan is still worth having.
    const QString places = gazetteerPath(args.gazetteer);
    const Result<Gazetteer> loaded =
        places.isEmpty() ? Result<Gazetteer>::failure(tr("no gazetteer found")) : Gazetteer::load(places);
    if (loaded)
        addPlaces(plan->nodes, *loaded);
    else
        err << "ecoplan " << command << ": " << tr("places are not resolved: %1").arg(loaded.error())
            << Qt::endl;
    return plan;
}

/// False (with the message written) on a bad command line.
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

int countTasks(const QList<PlanNode> &nodes)
{
    int n = 0;
    for (const PlanNode &node : nodes)
        n += (node.kind == PlanNode::Kind::Task ? 1 : 0) + countTasks(node.children);
    return n;
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
    const Result<Plan> plan = readPlan(a, err, "parse-plan");
    if (!plan) {
        err << "ecoplan parse-plan: " << plan.error() << Qt::endl;
        return 1;
    }
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
    QString text;
    const Result<Plan> plan = readPlan(a, err, "import-plan", &text);
    if (!plan) {
        err << "ecoplan import-plan: " << plan.error() << Qt::endl;
        return 1;
    }
    auto store = ProjectStore::open(a.project, ProjectStore::Access::ReadWrite);
    if (!store) {
        err << "ecoplan import-plan: " << store.error() << Qt::endl;
        return 1;
    }
    const Result<qint64> id =
        (*store)->importPlan(*plan, PlanSource{QFileInfo(a.file).fileName(), text, {}, {}});
    if (!id) {
        err << "ecoplan import-plan: " << id.error() << Qt::endl;
        return 1;
    }
    QTextStream(stdout)
        << tr("Imported plan %1 (“%2”): %3 tasks.").arg(*id).arg(plan->title).arg(countTasks(plan->nodes))
        << Qt::endl;
    return 0;
}

} // namespace ecoplan
