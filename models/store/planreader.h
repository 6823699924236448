// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/storedplan.h"

#include <QCoreApplication>

class GDALDataset;

namespace ecoplan {

/// Reads the plans a project holds (plans, plan_tasks, task_targets) back into StoredPlan. For ProjectStore,
/// which owns the dataset.
class PlanReader
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::PlanReader)
public:
    /// Every plan in import order; none if the file has no plan tables.
    static Result<QList<StoredPlan>> readAll(GDALDataset &ds);
};

} // namespace ecoplan
