// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressbook.h"

#include <QDate>

#include <optional>
#include <vector>

namespace ecoplan {

/// Where one link stands on a date. The rules, used by every view, export and report:
/// - its status is that of its record with the latest date on or before the date (on the same date, the
///   one entered later); with no such record, not started;
/// - it is overdue when its deadline is before the date and its status is neither completed nor verified;
/// - its achieved value is the value of the latest record on or before the date that has one.
struct LinkState
{
    ProgressStatus status = ProgressStatus::NotStarted;
    bool overdue = false;
    std::optional<double> achieved;
    const ProgressRecord *latest = nullptr; ///< the record that decided the status, if any
};

/// Which links a view counts: all, one task's or one plan's.
struct LinkFilter
{
    std::optional<qint64> taskId;
    std::optional<qint64> planId;

    bool accepts(const TaskLink &link) const
    {
        return (!taskId || link.taskId == *taskId) && (!planId || link.planId == *planId);
    }
    bool operator==(const LinkFilter &) const = default;
};

namespace asof {

LinkState stateOf(const ProgressBook &book, std::size_t link, const QDate &date);
/// The state of every link of the book (index = link index), on all cores for large books.
std::vector<LinkState> states(const ProgressBook &book, const QDate &date);

} // namespace asof
} // namespace ecoplan
