// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

class GDALDataset;

namespace ecoplan {

/// One value a change altered: the field (or "geometry") and its value before and after.
struct FieldChange
{
    QString field;
    QVariant before;
    QVariant after;
};

/// One row of the project's audit log: who changed which row when, and its values before and after (as
/// stored, geometry as WKT under the key "geometry"; empty for an insert's before and a delete's after).
struct AuditEntry
{
    enum class Action { Insert, Update, Delete };
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString user;
    Action action = Action::Update;
    QString table;
    qint64 rowId = 0;
    QVariantMap before;
    QVariantMap after;

    /// The fields whose values differ between before and after, in field-name order ("geometry" last). For
    /// an insert, every field given a value; for a delete, every field that had one.
    QList<FieldChange> changes() const;
};

/// Reads the audit log of a project GeoPackage (the store's classes only: they own the dataset).
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::AuditTrail)
public:
    /// Every logged change to row `rowId` of `table`, newest first; empty if the file keeps no log.
    static Result<QList<AuditEntry>> read(GDALDataset &ds, const QString &table, qint64 rowId);
};

} // namespace ecoplan
