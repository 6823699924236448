// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "geo/crs.h"
#include "importspec.h"
#include "layer/geometry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace ecoplan {

/// One row of a spreadsheet or one feature of a vector file.
struct SourceRow
{
    int number = 0;      ///< as the user counts: the spreadsheet row, or the feature's position from 1
    QVariantList values; ///< by column: text from CSV/XLSX, typed values from other formats
    QString wkt;         ///< the file's own geometry (ISO WKT in the file's CRS); empty if none
};

/// Reads the rows of an import file with GDAL, one at a time. CSV and XLSX are read as text with the header
/// on the chosen row; a CSV that is not UTF-8 is first converted to a temporary UTF-8 copy (GDAL's CSV driver
/// assumes UTF-8). A shapefile's encoding comes from its .cpg, else from the spec, else it is detected from
/// the .dbf bytes. One thread at a time.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ImportSource)
public:
    /// The sheets of a workbook or the layers of a vector file, in file order.
    static Result<QStringList> sheets(const QString &file);
    static Result<std::unique_ptr<ImportSource>> open(const ImportSpec &spec);
    ~ImportSource();

    QString format() const;     ///< GDAL driver short name
    bool isSpreadsheet() const; ///< CSV or XLSX: rows under a header, geometry from columns
    QString encoding() const;   ///< the text encoding used, empty where GDAL decides
    const QStringList &columns() const;
    /// Each column's type, for a new layer made from the file: text for spreadsheets.
    QList<QMetaType::Type> columnTypes() const;
    bool hasGeometry() const;
    GeometryKind geometryKind() const;
    bool isMulti() const;
    Crs crs() const; ///< the file's own CRS; invalid if it names none
    /// The number of rows to read (for progress); -1 if unknown.
    qint64 rowCount() const;
    /// The next row, or false at the end.
    bool next(SourceRow &row);

private:
    ImportSource();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ecoplan
