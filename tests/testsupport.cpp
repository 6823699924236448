// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "store/gdalsetup.h"

#include <gdal_priv.h>

#include "render/fontsetup.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

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

ProcessRun runEcoplan(const QStringList &args)
{
    QProcess p;
    p.start(ecoplanBinary(), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timeout")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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

std::shared_ptr<const LayerData> memoryLayer(GeometryKind kind, std::vector<Geometry> geometries,
                                             const QList<Field> &fields, std::vector<QVariantList> attributes,
                                             const Crs &display)
{
    auto table = std::make_shared<FeatureTable>();
    table->kind = kind;
    table->crs = Crs::fromEpsg(4490);
    table->fields = fields;
    for (std::size_t i = 0; i < geometries.size(); ++i)
        table->fids.push_back(qint64(i) + 1);
    table->geometries = std::move(geometries);
    table->attributes = std::move(attributes);
    return LayerData::build(table, display);
}

std::vector<QPointF> randomPointsInHenan(std::size_t count, std::mt19937_64 &rng)
{
    std::uniform_real_distribution<double> lon(110.35, 116.65), lat(31.38, 36.37);
    std::vector<QPointF> out;
    for (std::size_t i = 0; i < count; ++i) {
        const double x = lon(rng);
        out.emplace_back(x, lat(rng));
    }
    return out;
}

Geometry squareRing(const QPointF &corner, double size)
{
    const QPointF c = corner;
    return {{c, c + QPointF(size, 0), c + QPointF(size, size), c + QPointF(0, size), c}, {5}};
}

void setUpFonts()
{
    registerLabelFont();
}

} // namespace ecoplan::test
