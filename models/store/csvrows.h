// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace ecoplan {

/// A small UTF-8 CSV file with a header row, read with GDAL's CSV driver (quoted fields), every value as
/// trimmed text: the shipped lookup tables (gazetteer, plan title translations, glossaries). A path starting
/// with ":/" is a table built into the program as a Qt resource.
struct CsvRows
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::CsvRows)
public:
    QHash<QString, int> columns; ///< header name → index
    QList<QStringList> rows;     ///< rows[0] is the file's row 2

    static Result<CsvRows> read(const QString &path);
    /// The value of `column` in a row, empty if the file has no such column.
    QString value(const QStringList &row, const QString &column) const
    {
        const int i = columns.value(column, -1);
        return i < 0 || i >= row.size() ? QString() : row[i];
    }
};

} // namespace ecoplan
