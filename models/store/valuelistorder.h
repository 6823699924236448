// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/featuretable.h"

class GDALDataset;

namespace ecoplan {

/// Puts the value lists of a GeoPackage's fields in the order they were written (not started, in progress,
/// completed, verified), which GDAL loses: SQLite returns a domain's rows in the order of its unique index,
/// by code. Lists that are not in gpkg_data_column_constraints are left as they are.
void orderValueListsAsWritten(GDALDataset &gpkg, QList<Field> &fields);

} // namespace ecoplan
