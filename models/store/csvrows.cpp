// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrows.h"

#include "gdalsetup.h"

#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cpl_vsi.h>

#include <atomic>

namespace ecoplan {
namespace {

/// Reads `gdalPath` (a file or a GDAL memory file); errors name `shownPath`.
Result<CsvRows> readWithGdal(const QByteArray &gdalPath, const QString &shownPath)
{
    using R = Result<CsvRows>;
    ensureGdalRegistered();
    // Every column stays text, so codes keep their leading zeros and form.
    const char *const drivers[] = {"CSV", nullptr};
    const char *const options[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", nullptr};
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(gdalPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
    if (!ds || ds->GetLayerCount() != 1)
        return R::failure(CsvRows::tr("“%1” is not a readable CSV file.").arg(shownPath));
    OGRLayer *layer = ds->GetLayer(0);
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    CsvRows out;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out.columns.insert(QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()), i);
    for (auto &feature : *layer) {
        QStringList fields;
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            fields << QString::fromUtf8(feature->GetFieldAsString(i)).trimmed();
        out.rows.append(fields);
    }
    return out;
}

} // namespace

Result<CsvRows> CsvRows::read(const QString &path)
{
    using R = Result<CsvRows>;
    if (!QFileInfo::exists(path))
        return R::failure(tr("“%1” does not exist.").arg(path));
    if (!path.startsWith(QLatin1String(":/")))
        return readWithGdal(path.toUtf8(), path);
    // A table built into the program (a Qt resource): GDAL reads a copy in its memory files.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("“%1” cannot be read.").arg(path));
    QByteArray bytes = file.readAll();
    static std::atomic<int> counter{0};
    const QByteArray memPath =
        QStringLiteral("/vsimem/ecoplan-csv-%1/%2").arg(++counter).arg(QFileInfo(path).fileName()).toUtf8();
    ensureGdalRegistered();
    VSILFILE *mem = VSIFileFromMemBuffer(memPath.constData(), reinterpret_cast<GByte *>(bytes.data()),
                                         vsi_l_offset(bytes.size()), FALSE);
    if (!mem)
        return R::failure(tr("“%1” cannot be read.").arg(path));
    VSIFCloseL(mem);
    Result<CsvRows> rows = readWithGdal(memPath, path);
    VSIUnlink(memPath.constData());
    return rows;
}

} // namespace ecoplan
