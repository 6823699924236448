// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "featureedit.h"

#include <QCoreApplication>

#include <functional>

class GDALDataset;

namespace ecoplan {

/// Reads and writes single features of a project GeoPackage for ProjectStore, which owns the dataset.
class FeatureWriter
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::FeatureWriter)
public:
    /// One edit with its audit row, in its own transaction.
    static Result<qint64> apply(GDALDataset &ds, const FeatureEdit &edit, const QString &user);
    /// Several edits in one transaction: all are written, or none (the reason names the first that failed).
    /// The fids in order.
    /// `prepare`, if given, runs first inside the same transaction (creating the layer the edits fill).
    static Result<QList<qint64>> applyAll(GDALDataset &ds, const QList<FeatureEdit> &edits,
                                          const QString &user,
                                          const std::function<Status(GDALDataset &)> &prepare = {});
    static Result<StoredFeature> read(GDALDataset &ds, const QString &layer, qint64 fid);
};

} // namespace ecoplan
