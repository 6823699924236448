// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

class GDALDataset;

namespace ecoplan {

/// Runs one SQL statement on GDAL's own connection to a dataset (the store's classes only). GDAL's errors
/// become the failure's reason instead of being printed.
Status executeSql(GDALDataset &ds, const QString &sql);
/// The first column of the first row of a query, or empty (no row, or an error).
QString querySqlValue(GDALDataset &ds, const QString &sql);
/// `text` as an SQL string literal: in single quotes, with single quotes doubled.
QString sqlLiteral(QString text);

} // namespace ecoplan
