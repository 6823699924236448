// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/table.h"
#include "ranking.h"

namespace ecoplan {

/// The ranking as a table with the columns other tools rely on (`ecoplan progress-report`, the ranking
/// panel's export): rank, code, name, linked, not_started, in_progress, completed, verified, blocked,
/// overdue, completion_pct, change_pts (empty cells where no change was computed).
Table progressReportTable(const std::vector<UnitProgress> &ranked, const QString &name);

} // namespace ecoplan
