// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseplancommand.h"

#include "plan/documentreader.h"
#include "plan/gazetteer.h"
#include "plan/planjson.h"
#include "plan/planparser.h"

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

} // namespace

int runParsePlanCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QStringList files;
    bool json = false;
    QString gazetteer;
    const QStringList args = arguments.mid(2);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--gazetteer") && i + 1 < args.size())
            gazetteer = args[++i];
        else if (a.startsWith(QLatin1String("--"))) {
            err << "ecoplan parse-plan: " << tr("unknown option %1").arg(a) << Qt::endl;
            return 1;
        } else {
            files.append(a);
        }
    }
    if (files.size() != 1) {
        err << "ecoplan parse-plan: " << tr("usage: ecoplan parse-plan FILE [--json] [--gazetteer CSV]")
            << Qt::endl;
        return 1;
    }
    const QString path = files.constFirst();
    const Result<QString> text = DocumentReader::readText(path);
    if (!text) {
        err << "ecoplan parse-plan: " << text.error() << Qt::endl;
        return 1;
    }
    Result<Plan> plan = PlanParser::parse(*text);
    if (!plan) {
        err << "ecoplan parse-plan: " << path << ": " << plan.error() << Qt::endl;
        return 1;
    }
    // Places are named against the gazetteer; without one the plan is still worth printing.
    const QString places = gazetteerPath(gazetteer);
    const Result<Gazetteer> loaded =
        places.isEmpty() ? Result<Gazetteer>::failure(tr("no gazetteer found")) : Gazetteer::load(places);
    if (loaded)
        addPlaces(plan->nodes, *loaded);
    else
        err << "ecoplan parse-plan: " << tr("places are not resolved: %1").arg(loaded.error()) << Qt::endl;
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

} // namespace ecoplan
