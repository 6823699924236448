// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan parse-plan FILE [--json]`: parses a plan document (.txt, .docx or .pdf) and prints its outline, or
// the structured plan as JSON (schema ecoplan-plan/1, docs/plan-json.md). Errors: one line on stderr, exit 1.
#include "command.h"
#include "planarguments.h"

#include "plan/planjson.h"

#include <QTextStream>

namespace ecoplan::cli {
namespace {

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

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    PlanArguments a;
    if (!parseArguments(arguments, "parse-plan",
                        planTr("usage: ecoplan parse-plan FILE [--json] [--gazetteer CSV] [--titles CSV]"), a,
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

} // namespace

Command parsePlanCommand()
{
    return {
        QStringLiteral("parse-plan"),
        QT_TRANSLATE_NOOP("ecoplan::cli", "Print a plan document's outline (.txt, .docx, .pdf) or its JSON."),
        QStringLiteral("FILE [--json] [--gazetteer CSV] [--titles CSV]"),
        {
            {QStringLiteral("json"),
             QStringLiteral("Print the structured plan as JSON (schema ecoplan-plan/1).")},
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
