// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/tablewriter.h"

#include "core/table.h"
#include "store/gdalerrorcollector.h"
#include "store/gdalsetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>

namespace ecoplan {
namespace {

struct DatasetCloser
{
    void operator()(GDALDataset *ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

OGRFieldType ogrType(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::Double:
        return OFTReal;
    case QMetaType::LongLong:
    case QMetaType::Int:
        return OFTInteger64;
    default:
        return OFTString;
    }
}

/// A text cell as written to CSV: one that Excel or LibreOffice would take for a formula (=, +, -, @, or a
/// tab or carriage return before one) gets a leading apostrophe, so that text from the project (a task
/// title, a name typed by a user) never becomes a live formula. XLSX stores text as text and needs none.
QString csvSafe(const QString &text)
{
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && starts.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

void setCell(OGRFeature &feature, int c, OGRFieldType type, const QVariant &value, bool isCsv)
{
    if (value.isNull())
        return;
    if (type == OFTReal)
        feature.SetField(c, value.toDouble());
    else if (type == OFTInteger64)
        feature.SetField(c, GIntBig(value.toLongLong()));
    else if (const QString text = value.toString(); !text.isEmpty())
        feature.SetField(c, (isCsv ? csvSafe(text) : text).toUtf8().constData());
}

/// Writes the whole table to `path` with `driverName`; the reason on failure.
Status writeWithGdal(const Table &table, const QString &path, const char *driverName)
{
    GdalErrorCollector errors;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return Status::failure(TableWriter::tr("GDAL has no %1 driver.").arg(QLatin1String(driverName)));
    DatasetPtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return Status::failure(errors.lastError(TableWriter::tr("the file could not be created.")));
    const char *const csvOptions[] = {"WRITE_BOM=YES", nullptr};
    OGRLayer *layer =
        ds->CreateLayer(table.name.toUtf8().constData(), nullptr, wkbNone,
                        qstrcmp(driverName, "CSV") == 0 ? const_cast<char **>(csvOptions) : nullptr);
    if (!layer)
        return Status::failure(errors.lastError(TableWriter::tr("the table could not be created.")));
    QList<OGRFieldType> types;
    for (const TableColumn &column : table.columns) {
        types.append(ogrType(column.type));
        OGRFieldDefn field(column.name.toUtf8().constData(), types.last());
        if (layer->CreateField(&field) != OGRERR_NONE)
            return Status::failure(errors.lastError(TableWriter::tr("a column could not be created.")));
    }
    for (const QVariantList &row : table.rows) {
        OGRFeature feature(layer->GetLayerDefn());
        for (int c = 0; c < row.size() && c < types.size(); ++c)
            setCell(feature, c, types[c], row[c], qstrcmp(driverName, "CSV") == 0);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return Status::failure(errors.lastError(TableWriter::tr("a row could not be written.")));
    }
    if (!table.note.isEmpty()) {
        // CSV has one table: the note is its last row, in the first column. XLSX gets a sheet "note".
        OGRLayer *noteLayer = layer;
        if (qstrcmp(driverName, "CSV") != 0) {
            noteLayer = ds->CreateLayer("note", nullptr, wkbNone, nullptr);
            OGRFieldDefn field("note", OFTString);
            if (!noteLayer || noteLayer->CreateField(&field) != OGRERR_NONE)
                return Status::failure(errors.lastError(TableWriter::tr("the note could not be written.")));
        }
        OGRFeature feature(noteLayer->GetLayerDefn());
        feature.SetField(0, table.note.toUtf8().constData());
        if (noteLayer->CreateFeature(&feature) != OGRERR_NONE)
            return Status::failure(errors.lastError(TableWriter::tr("the note could not be written.")));
    }
    // Closing writes the file (XLSX zips its parts only now), so its errors count too.
    ds.reset();
    if (errors.hasErrors())
        return Status::failure(errors.lastError(TableWriter::tr("the file could not be completed.")));
    return Status::success();
}

} // namespace

Status TableWriter::write(const Table &table, const QString &path)
{
    ensureGdalRegistered();
    const QFileInfo target(path);
    const QString suffix = target.suffix().toLower();
    const char *driver = suffix == QLatin1String("xlsx")  ? "XLSX"
                         : suffix == QLatin1String("csv") ? "CSV"
                                                          : nullptr;
    if (!driver)
        return Status::failure(
            tr("Cannot export to %1: choose a .xlsx or .csv file name.").arg(quoted(path)));
    // A scratch folder beside the target: same file system, so the final rename is atomic.
    QTemporaryDir scratch(target.absolutePath() + QStringLiteral("/.ecoplan-export-XXXXXX"));
    if (!scratch.isValid())
        return Status::failure(
            tr("Cannot export to %1: its folder does not exist or is not writable.").arg(quoted(path)));
    // The drivers take the format from the name too (CSV writes a folder for a name without .csv).
    const QString partial = scratch.filePath(QStringLiteral("table.") + suffix);
    if (const Status s = writeWithGdal(table, partial, driver); !s)
        return Status::failure(tr("Cannot export to %1: %2").arg(quoted(path), s.error()));
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).constData(),
                            QFile::encodeName(target.absoluteFilePath()).constData(), error);
    if (error)
        return Status::failure(
            tr("Cannot export to %1: %2").arg(quoted(path), QString::fromLocal8Bit(error.message().c_str())));
    return Status::success();
}

} // namespace ecoplan
