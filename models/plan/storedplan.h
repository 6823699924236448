// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace ecoplan {

/// One row of a project's plan_tasks: a part, section or task as imported (and since edited), with its ids.
struct StoredTask
{
    qint64 id = -1;
    qint64 planId = -1;
    std::optional<qint64> parentId;
    PlanNode node;  ///< the node's content; `children` stays empty (parentId says where it sits)
    QDate deadline; ///< the task's own (last) deadline
    /// The province task this city task carries out, and whether a user confirmed the link or it is only a
    /// suggestion.
    std::optional<qint64> implementsTaskId;
    bool implementsConfirmed = false;
};

/// One row of a project's plans with its tasks.
struct StoredPlan
{
    qint64 id = -1;
    Plan plan;     ///< title, document number, issuer, dates and plan-wide targets; `nodes` stays empty
    QString level; ///< "province", "city", "county" or empty
    QString regionCode;
    QString sourceFile;
    QDateTime importedAt;
    QList<StoredTask> tasks; ///< depth first, in document order

    const StoredTask *task(qint64 id) const;
};

/// The title in the UI's language (QLocale's default): in the Chinese UI the Chinese title if the plan was
/// read in translation, in the English UI the English one if there is one; else the title as written.
QString displayTitle(const PlanNode &node);
QString displayTitle(const Plan &plan);
/// "10. 推进重点行业超低排放改造", "（三）能源绿色低碳发展行动": the number from the outline in the UI's language
/// (structuralNumber), then the title in the UI's language.
QString numberedTitle(const PlanNode &node);

/// "province", "city" or "county": the stored level, else what the region code (410000, 411000, 411081)
/// or the issuer ("河南省人民政府", "People's Government of Henan Province") says; empty if neither does.
QString planLevel(const StoredPlan &plan);

/// The tasks a task of `own` may implement: the tasks of province plans other than `own`, in plan and
/// document order; if no plan is known to be a province's, the tasks of every other plan.
QList<const StoredTask *> implementCandidates(const QList<StoredPlan> &plans, const StoredPlan &own);

} // namespace ecoplan
