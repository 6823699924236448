// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plan.h"

namespace ecoplan {

QString kindName(PlanNode::Kind kind)
{
    switch (kind) {
    case PlanNode::Kind::Part:
        return QStringLiteral("part");
    case PlanNode::Kind::Section:
        return QStringLiteral("section");
    case PlanNode::Kind::Task:
        return QStringLiteral("task");
    }
    return {};
}

namespace {
void collect(const QList<PlanNode> &nodes, PlanNode::Kind kind, QList<const PlanNode *> &out)
{
    for (const PlanNode &n : nodes) {
        if (n.kind == kind)
            out.append(&n);
        collect(n.children, kind, out);
    }
}
} // namespace

QList<const PlanNode *> collectNodes(const Plan &plan, PlanNode::Kind kind)
{
    QList<const PlanNode *> out;
    collect(plan.nodes, kind, out);
    return out;
}

} // namespace ecoplan
