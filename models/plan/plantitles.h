// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace ecoplan {

/// Translated titles kept beside a plan document (data/plans/*.titles.csv): columns `path`, `title_zh`,
/// `title_en`; `path` is the node's numbers as written joined with "/" ("二/(五)/10", "Third/(4)/8"), empty
/// for the plan itself. Empty cells leave a title as it is.
class PlanTitles
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::PlanTitles)
public:
    /// Applies the file to `plan`. A row naming no node of the plan fails, naming the file and row, so a
    /// translation file that no longer fits its document is noticed; then `plan` is unchanged.
    static Status apply(Plan &plan, const QString &csvPath);
    /// The path of every node, as the file names them.
    static QString path(const QStringList &numbers) { return numbers.join(QLatin1Char('/')); }
};

} // namespace ecoplan
