// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrows.h"

#include "gdalsetup.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {

Result<CsvRows> CsvRows::read(const QString &path)
{
    using R = Result<CsvRows>;
    if (!QFileInfo::exists(path))
        return R::failure(tr("“%1” does not exist.").arg(path));
    ensureGdalRegistered();
    // Every column stays text, so codes keep their leading zeros and form.
    const char *const drivers[] = {"CSV", nullptr};
    const char *const options[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              drivers, options, nullptr));
    if (!ds || ds->GetLayerCount() != 1)
        return R::failure(tr("“%1” is not a readable CSV file.").arg(path));
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

} // namespace ecoplan
