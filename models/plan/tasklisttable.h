// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/table.h"
#include "plan/storedplan.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ecoplan {

/// The tasks of stored plans as one flat table, for departments that work in spreadsheets (see
/// docs/task-list-export.md). One row per target of a task; a task without targets has one row with empty
/// target columns; a plan's plan-wide goals come first, as rows with an empty task number. Column names are
/// fixed English codes so that tools can rely on them.
struct TaskListTable
{
    enum Column {
        PlanTitle,
        Section,
        Number,
        Title,
        TitleEn,
        TitleZh,
        Category,
        Deadline,
        Lead,
        Cooperating,
        Responsible,
        Places,
        Implements,
        TargetIndicator,
        TargetComparator,
        TargetValue,
        TargetUnit,
        TargetDeadline,
        // Added after the first release's columns, so that their positions stay: the departments in each
        // language through the department glossary (a name it does not know as written).
        LeadZh,
        CooperatingZh,
        ResponsibleZh,
        LeadEn,
        CooperatingEn,
        ResponsibleEn,
        ColumnCount
    };
    /// "plan", "section", "number", …, in Column order.
    static const QStringList &columnNames();

    /// Text per column (dates ISO 8601, lists joined with "; "); TargetValue is a double, or null if empty.
    QList<QVariantList> rows;

    /// The table of one plan (`planId`) or of all. `plans` should be all the project's plans, so that a city
    /// task's `implements` names its province task even when only the city plan is exported.
    static TaskListTable build(const QList<StoredPlan> &plans, std::optional<qint64> planId = std::nullopt);
    /// The rows as a Table named "tasks" (target_value a number, the rest text), for TableWriter.
    Table toTable() const;
};

} // namespace ecoplan
