// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/plan.h"

#include <QCoreApplication>

class GDALDataset;

namespace ecoplan {

/// Where an imported plan came from, kept with it in the project.
struct PlanSource
{
    QString fileName;
    QString text;  ///< the document's text as parsed
    QString level; ///< "province", "city", … (empty if unknown)
    QString regionCode;
};

/// Writes a parsed plan into a project's plans, plan_tasks and task_targets tables and links its tasks to
/// the features of the places they name (task_links_<layer>), all in one transaction: an import either
/// completes or leaves the project as it was. For ProjectStore, which owns the dataset.
class PlanWriter
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::PlanWriter)
public:
    /// The new plan's id.
    static Result<qint64> write(GDALDataset &ds, const Plan &plan, const PlanSource &source);
    /// Deletes plan `planId` with its tasks, targets, place links and progress records, in one transaction
    /// (undoing an import). City tasks that implemented one of its tasks lose that link.
    static Status remove(GDALDataset &ds, qint64 planId);
};

} // namespace ecoplan
