// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressstatus.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ecoplan {

/// A plan task attached to one place (a feature of a linkable layer): the row of task_links. Progress is
/// recorded on the link, not on the feature, because one outfall can serve two tasks.
struct TaskLink
{
    qint64 id = -1;
    qint64 taskId = -1;
    qint64 planId = -1;      ///< the task's plan (read with the link, not stored in it)
    QString layer;           ///< the feature's table, e.g. "outfalls"
    qint64 featureId = -1;   ///< its fid
    QString responsible;     ///< 责任单位: a county government or a department
    std::optional<double> targetValue; ///< the place's share of the target, e.g. 35
    QString targetUnit;      ///< 亩, 个, km …
    QString targetText;      ///< a target in words, e.g. 规范整治
    QDate deadline;          ///< defaults to the task's deadline when attached
    QString note;
};

/// One report of progress on a link: a row of progress_records.
struct ProgressRecord
{
    qint64 id = -1; ///< also the order of entry: on the same date the later id wins
    qint64 linkId = -1;
    QDate date;
    ProgressStatus status = ProgressStatus::NotStarted;
    std::optional<double> value; ///< achieved so far at this place (in the link's target unit)
    QString note;
    QString reporter;
    QString blockedReason; ///< why, when the status is blocked
};

/// A photo kept with a progress record (attachments), with what its EXIF says.
struct ProgressPhoto
{
    qint64 id = -1;
    qint64 recordId = -1;
    QString fileName;
    QString mimeType;
    QDateTime takenAt;                 ///< EXIF DateTimeOriginal, if any
    std::optional<double> latitude;    ///< EXIF GPS, WGS 84
    std::optional<double> longitude;
    QByteArray data;                   ///< empty when only the description was read
};

} // namespace ecoplan
