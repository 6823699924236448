// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>
#include <QList>

namespace ecoplan {

/// Something in a plan that must be put right before it is stored: where (the node's position as child rows
/// from the top, empty for the plan itself) and what, in a sentence that names the node.
struct PlanProblem
{
    QList<int> path;
    QString message;
};

/// Checks a (possibly hand-corrected) plan before import: a title; each target has an indicator and one of
/// the comparators < <= = >= >; each task has a lead or a responsible party.
class PlanProblems
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::PlanProblems)
public:
    static QList<PlanProblem> find(const Plan &plan);
    /// "Task 3 “…”", "Section (二) “…”": how a message names a node.
    static QString describe(const PlanNode &node);
};

/// Whether `comparator` is one the project stores (< <= = >= >).
bool isValidComparator(const QString &comparator);

} // namespace ecoplan
