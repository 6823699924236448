// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace ecoplan {

/// One column of a Table: a fixed name that tools can rely on, and the type its cells are written as.
struct TableColumn
{
    QString name;
    QMetaType::Type type = QMetaType::QString; ///< QString, Double or LongLong
};

/// A plain table of values for spreadsheets (TableWriter) and views: the task list, a summary. Null cells
/// stay empty.
struct Table
{
    QString name; ///< the sheet (XLSX) or layer name
    QList<TableColumn> columns;
    QList<QVariantList> rows;
    /// Said with the table wherever it goes (e.g. that it counts sample data): a sheet of its own in XLSX,
    /// a last row in CSV, a line under it on screen. Empty: nothing to say.
    QString note;
};

} // namespace ecoplan
