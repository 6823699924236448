// SPDX-License-Identifier: GPL-3.0-or-later
#include "vectorfilereader.h"

#include "gdalerrorcollector.h"
#include "gdalsetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {

Result<VectorFileReader::Contents> VectorFileReader::read(const QString &path)
{
    ensureGdalRegistered();
    const QString where = QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
    const QFileInfo fi(path);
    if (!fi.exists())
        return Result<Contents>::failure(tr("Cannot open %1: the file does not exist.").arg(where));
    if (!fi.isDir() && !QFile(path).open(QIODevice::ReadOnly))
        return Result<Contents>::failure(tr("Cannot open %1: you have no permission to read it.").arg(where));

    GdalErrorCollector errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(QFile::encodeName(path).constData(),
                                              GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!ds) {
        return Result<Contents>::failure(
            tr("Cannot open %1: %2")
                .arg(where, errors.lastError(tr("it is not a vector format GDAL can read."))));
    }
    Contents contents;
    contents.format = QString::fromUtf8(ds->GetDriver()->GetDescription());
    for (OGRLayer *layer : ds->GetLayers()) {
        if (wkbFlatten(layer->GetGeomType()) == wkbNone && layer->GetLayerDefn()->GetGeomFieldCount() == 0)
            continue; // attribute-only tables are not map layers
        auto read = readOgrLayer(*layer, where, *ds);
        if (!read)
            return Result<Contents>::failure(read.error());
        contents.layers.push_back(std::move(read).value());
    }
    if (contents.layers.empty())
        return Result<Contents>::failure(tr("%1 contains no vector layer with geometry.").arg(where));
    return contents;
}

} // namespace ecoplan
