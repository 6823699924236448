// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "progress/progressbook.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

class GDALDataset;

namespace ecoplan {

/// Reads task links, progress records and photos from a project GeoPackage (for ProjectStore, which owns
/// the dataset). Writing goes through FeatureWriter like every edit, so it is audited and undoable.
class ProgressReader
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProgressReader)
public:
    /// Every link with its records; an empty book for a file older than project schema 7.
    static Result<std::shared_ptr<const ProgressBook>> read(GDALDataset &ds);
    /// The photos of one record, oldest first; with their bytes only if `withData`.
    static Result<QList<ProgressPhoto>> photos(GDALDataset &ds, qint64 recordId, bool withData);
    /// The id the next row of `table` will get (ids are AUTOINCREMENT and never reused), so that one
    /// transaction can insert a record and the photos that refer to it.
    static qint64 nextId(GDALDataset &ds, const QString &table);
};

} // namespace ecoplan
