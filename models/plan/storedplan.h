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

} // namespace ecoplan
