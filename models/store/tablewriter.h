// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace ecoplan {

struct Table;

/// Writes a Table as a spreadsheet with GDAL: .xlsx (one sheet named after the table) or .csv (UTF-8 with a
/// BOM, so that Excel reads the Chinese). The file is written beside the target under another name and
/// renamed into place when complete, so a failed export never leaves half a file (nor removes an old one).
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::TableWriter)
public:
    /// The format follows the extension (case-insensitive); any other extension fails.
    static Status write(const Table &table, const QString &path);
};

} // namespace ecoplan
