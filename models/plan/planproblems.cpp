// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planproblems.h"

namespace ecoplan {
namespace {

void checkTargets(const QList<Target> &targets, const QList<int> &path, const QString &owner,
                  QList<PlanProblem> &out)
{
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const Target &t = targets[i];
        if (t.indicator.trimmed().isEmpty())
            out.append({path, PlanProblems::tr("%1: target %2 has no indicator.").arg(owner).arg(i + 1)});
        if (!isValidComparator(t.comparator))
            out.append({path, PlanProblems::tr("%1: target %2 (%3) needs a comparator: <, <=, =, >= or >.")
                                  .arg(owner)
                                  .arg(i + 1)
                                  .arg(t.indicator)});
    }
}

void checkNodes(const QList<PlanNode> &nodes, QList<int> path, QList<PlanProblem> &out)
{
    path.append(0);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        path.last() = int(i);
        const PlanNode &n = nodes[i];
        const QString name = PlanProblems::describe(n);
        if (n.title.trimmed().isEmpty())
            out.append({path, PlanProblems::tr("%1 has no title.").arg(name)});
        if (n.kind == PlanNode::Kind::Task && n.lead.isEmpty() && n.responsible.isEmpty())
            out.append(
                {path, PlanProblems::tr("%1 names no lead department and no responsible party.").arg(name)});
        checkTargets(n.targets, path, name, out);
        checkNodes(n.children, path, out);
    }
}

} // namespace

bool isValidComparator(const QString &comparator)
{
    static const QStringList valid = {QStringLiteral("<"), QStringLiteral("<="), QStringLiteral("="),
                                      QStringLiteral(">="), QStringLiteral(">")};
    return valid.contains(comparator);
}

QString PlanProblems::describe(const PlanNode &node)
{
    const QString title =
        node.title.trimmed().isEmpty() ? QString() : QStringLiteral(" “%1”").arg(node.title);
    switch (node.kind) {
    case PlanNode::Kind::Part:
        return tr("Part %1%2").arg(node.number, title);
    case PlanNode::Kind::Section:
        return tr("Section %1%2").arg(node.number, title);
    case PlanNode::Kind::Task:
        break;
    }
    return tr("Task %1%2").arg(node.number, title);
}

QList<PlanProblem> PlanProblems::find(const Plan &plan)
{
    QList<PlanProblem> out;
    if (plan.title.trimmed().isEmpty())
        out.append({{}, tr("The plan has no title.")});
    checkTargets(plan.targets, {}, tr("The plan's goals"), out);
    checkNodes(plan.nodes, {}, out);
    return out;
}

} // namespace ecoplan
