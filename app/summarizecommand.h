// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ecoplan {

/// `ecoplan summarize --project P --layer A (--by B | --group-by FIELD) [--sum F,…] [--count-by FIELD]
/// [--out FILE.xlsx|FILE.csv] [--timings]`: what lies inside each feature of B (or per value of A's FIELD):
/// a table whose first columns are code, name and count (see Summary). Without --out the table is printed
/// as CSV. Errors: one line on stderr and exit code 1.
int runSummarizeCommand(const QStringList &arguments);

} // namespace ecoplan
