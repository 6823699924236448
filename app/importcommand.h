// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ecoplan {

/// `ecoplan import FILE --project P --layer NAME [--sheet S] [--header-row N] [--x COL --y COL | --wkt COL |
/// --county COL] [--encoding E] [--crs EPSG|gk3|gk3:CM|gcj02|bd09] [--map SRC=DST]… [--margin-km N]
/// [--rejected OUT.csv]`: imports the file's rows into a layer of the project (created with the file's
/// columns if it does not exist) in one transaction, prints the row report and exits 1 if nothing was
/// imported. Errors: one line on stderr.
int runImportCommand(const QStringList &arguments);

} // namespace ecoplan
