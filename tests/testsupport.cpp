// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/gdalsetup.h"

#include <gdal_priv.h>

#include "render/fontsetup.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>

namespace ecoplan::test {

QString demoProject()
{
    return qEnvironmentVariable("ECOPLAN_DEMO_PROJECT");
}

QString referenceGpkg()
{
    return qEnvironmentVariable("ECOPLAN_REFERENCE_GPKG");
}

QString gazetteerCsv()
{
    return qEnvironmentVariable("ECOPLAN_GAZETTEER");
}

QString ecoplanBinary()
{
    return qEnvironmentVariable("ECOPLAN_BIN");
}

QString copyInto(const QTemporaryDir &dir, const QString &source, const QString &name)
{
    const QString target = dir.filePath(name.isEmpty() ? QFileInfo(source).fileName() : name);
    QFile::remove(target);
    QFile::copy(source, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QString copyDemoWithoutSamples(const QTemporaryDir &dir, const QString &name)
{
    const QString path = copyInto(dir, demoProject(), name);
    ensureGdalRegistered();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (ds) {
        for (const char *layer : {"outfalls", "mines", "villages"}) {
            const QByteArray sql = QByteArray("DELETE FROM ") + layer + " WHERE is_sample = 1";
            ds->ReleaseResultSet(ds->ExecuteSQL(sql.constData(), nullptr, nullptr));
        }
    }
    return path;
}

QList<Field> demoLayerFields(const QString &layer)
{
    auto store = ProjectStore::open(demoProject());
    if (!store)
        return {};
    auto read = (*store)->readLayer(layer);
    return read ? read->table.fields : QList<Field>();
}

void setUpFonts()
{
    registerLabelFont();
}

} // namespace ecoplan::test
