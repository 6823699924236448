// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/featuretable.h"

class GDALDataset;

namespace ecoplan {

/// Gives the fields of `layer` their titles from gpkg_data_columns.title (project schema 2). GDAL 3.6
/// does not read them (3.7 reads field aliases), so they are read with SQL.
void readFieldTitles(GDALDataset &gpkg, const QString &layer, QList<Field> &fields);

} // namespace ecoplan
