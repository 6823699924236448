// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planparser.h"

#include "plan/deadlineextractor.h"
#include "plan/departmentextractor.h"
#include "plan/outline.h"
#include "plan/plancategory.h"
#include "plan/planmetadata.h"
#include "plan/targetextractor.h"
#include "plan/textsegments.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>

namespace ecoplan {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecoplan::PlanParser", text);
}

// Share of characters that cannot be in a text document (controls, U+FFFD from a failed decode).
double junkShare(const QString &text)
{
    qsizetype junk = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || u == 0xFFFD || u == 0x7F ||
            c.category() == QChar::Other_NotAssigned || c.isNonCharacter())
            ++junk;
    }
    return text.isEmpty() ? 0 : double(junk) / double(text.size());
}

void enrich(PlanNode &node)
{
    node.deadlines = DeadlineExtractor::dates(node.text);
    node.targets = TargetExtractor::extract(node.text);
    node.category = planCategory(node.title, node.text);
    if (node.kind == PlanNode::Kind::Task) {
        const Departments d = DepartmentExtractor::extract(node.text);
        node.lead = d.lead;
        node.cooperating = d.cooperating;
        node.responsible = d.responsible;
    }
    for (PlanNode &child : node.children)
        enrich(child);
}

void forEachTask(QList<PlanNode> &nodes, const std::function<void(PlanNode &)> &f)
{
    for (PlanNode &n : nodes) {
        if (n.kind == PlanNode::Kind::Task)
            f(n);
        forEachTask(n.children, f);
    }
}

bool hasTask(const PlanNode &n)
{
    if (n.kind == PlanNode::Kind::Task)
        return true;
    return std::any_of(n.children.cbegin(), n.children.cend(), hasTask);
}

// Plan-wide goals are stated before the tasks ("主要目标", the opening part of a translation), in parts and
// sections that hold no tasks themselves.
void collectPlanTargets(const QList<PlanNode> &nodes, QList<Target> &out, bool &seenTask)
{
    for (const PlanNode &n : nodes) {
        if (seenTask)
            return;
        if (hasTask(n)) {
            if (n.kind == PlanNode::Kind::Task) {
                seenTask = true;
                return;
            }
            collectPlanTargets(n.children, out, seenTask);
            continue;
        }
        out += n.targets;
        collectPlanTargets(n.children, out, seenTask);
    }
}

} // namespace

Result<Plan> PlanParser::parse(const QString &input)
{
    if (input.trimmed().isEmpty())
        return Result<Plan>::failure(tr("The plan document is empty."));
    if (junkShare(input) > 0.02)
        return Result<Plan>::failure(
            tr("The plan document does not look like text (binary data or a wrong encoding)."));

    const QString text = normalizePlanText(input);
    Outline outline = buildOutline(text);
    Plan plan;
    readPlanMetadata(outline.preamble, plan);
    plan.nodes = std::move(outline.nodes);
    for (PlanNode &n : plan.nodes)
        enrich(n);

    int tasks = 0;
    QHash<QString, int> responsibleCounts;
    QStringList firstSeen;
    forEachTask(plan.nodes, [&](PlanNode &t) {
        ++tasks;
        if (t.responsible.isEmpty())
            return;
        const QString key = t.responsible.join(QChar(0x1F));
        if (!responsibleCounts.contains(key))
            firstSeen.append(key);
        ++responsibleCounts[key];
    });
    if (tasks == 0)
        return Result<Plan>::failure(
            tr("No numbered tasks found: expected headings such as 一、, (一), 1. or \"Action 1\"."));

    // Every task has someone responsible: a task that names nobody falls to the responsible list most tasks
    // of this plan name (e.g. 各县〔市、区〕政府〔管委会〕), else to the first addressee of the circular,
    // else to the issuer.
    QStringList fallback;
    int best = 0;
    for (const QString &key : firstSeen) {
        if (responsibleCounts.value(key) > best) {
            best = responsibleCounts.value(key);
            fallback = key.split(QChar(0x1F));
        }
    }
    if (fallback.isEmpty() && !firstAddressee(outline.preamble).isEmpty())
        fallback = {firstAddressee(outline.preamble)};
    if (fallback.isEmpty() && !plan.issuer.isEmpty())
        fallback = {plan.issuer};
    forEachTask(plan.nodes, [&](PlanNode &t) {
        if (!t.lead.isEmpty() || !t.responsible.isEmpty() || fallback.isEmpty())
            return;
        t.responsible = fallback;
        plan.warnings.append(tr("Task %1 names no responsible party; assumed the plan's default: %2")
                                 .arg(t.number, fallback.join(QStringLiteral("; "))));
    });

    bool seenTask = false;
    collectPlanTargets(plan.nodes, plan.targets, seenTask);
    if (plan.title.isEmpty())
        plan.warnings.append(tr("The plan's title was not found."));
    return plan;
}

} // namespace ecoplan
