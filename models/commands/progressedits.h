// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "progress/tasklink.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ecoplan {

class Project;
struct StoredFeature;

/// What a new link carries besides its task and place. An invalid deadline means the task's.
struct LinkTerms
{
    QString responsible;
    std::optional<double> targetValue;
    QString targetUnit;
    QString targetText;
    QDate deadline;
    QString note;
};

/// A progress record to add, with the photos that go with it.
struct NewProgressRecord
{
    ProgressRecord record; ///< id ignored (given on writing); linkId and date required
    QList<ProgressPhoto> photos;
};

/// The edits of task links and progress: each call is one step on the undo stack, written in one
/// transaction with an audit row per row (EditFeatures), and announced as ChangeEvent::Progress.
class ProgressEdits
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProgressEdits)
public:
    /// Attaches task `taskId` to the features `fids` of `layer`; features the task is already attached
    /// to are left as they are. The number of links made (0: nothing pushed).
    static Result<int> attach(Project &project, qint64 taskId, const QString &layer, const QList<qint64> &fids,
                              const LinkTerms &terms);
    /// Removes links with their records and photos (undo brings all back).
    static Result<int> detach(Project &project, const QList<qint64> &linkIds);
    /// Changes a link's responsible unit, target, deadline or note.
    static Result<qint64> updateLink(Project &project, const TaskLink &link);
    /// Adds records (and their photos) as one step, e.g. a ledger import; `text` names the step. The new
    /// records' ids, in order. A record for a link the project does not have fails, adding nothing.
    static Result<QList<qint64>> addRecords(Project &project, const QList<NewProgressRecord> &records,
                                            const QString &text);
    /// Removes one record with its photos.
    static Result<int> removeRecord(Project &project, qint64 recordId);

    /// The task_links row of `link` (id < 0: a new row).
    static StoredFeature linkRow(const TaskLink &link);
};

} // namespace ecoplan
