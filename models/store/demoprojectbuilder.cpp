// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprojectbuilder.h"

#include "gdalerrorcollector.h"
#include "gdalsetup.h"
#include "projectschema.h"
#include "projectstore.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {
namespace {

/// (level, code) → English name. The CSV has no quoted fields (checked by its generator).
Result<QHash<QString, QString>> readNames(const QString &path)
{
    using R = Result<QHash<QString, QString>>;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return R::failure(DemoProjectBuilder::tr("Cannot read “%1”: %2").arg(path, f.errorString()));
    QTextStream in(&f);
    const QStringList header = in.readLine().split(QLatin1Char(','));
    const int code = header.indexOf(QStringLiteral("code")), level = header.indexOf(QStringLiteral("level")),
              en = header.indexOf(QStringLiteral("name_en"));
    if (code < 0 || level < 0 || en < 0)
        return R::failure(
            DemoProjectBuilder::tr("“%1” lacks one of the columns code, level, name_en.").arg(path));
    QHash<QString, QString> names;
    for (int row = 2; !in.atEnd(); ++row) {
        const QStringList cols = in.readLine().split(QLatin1Char(','));
        if (cols.size() != header.size())
            return R::failure(DemoProjectBuilder::tr("“%1”, row %2: expected %3 columns, found %4.")
                                  .arg(path)
                                  .arg(row)
                                  .arg(header.size())
                                  .arg(cols.size()));
        names.insert(cols[level] + QLatin1Char('/') + cols[code], cols[en]);
    }
    return names;
}

/// Stores the styles we ship for every layer, so that QGIS shows the demo as the workbench does.
Status writeDefaultStyles(const QString &path)
{
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
    if (!store)
        return Status::failure(store.error());
    for (const QString &name : (*store)->featureLayerNames()) {
        const Result<ReadLayer> read = (*store)->readLayer(name);
        if (!read)
            return Status::failure(read.error());
        const LayerStyle style = LayerStyle::defaultFor(name, read->table);
        if (Status s = (*store)->writeLayerStyle(name, style, read->table.kind); !s)
            return s;
    }
    return Status::success();
}

} // namespace

Status DemoProjectBuilder::build(const QString &referenceGpkg, const QString &namesCsv,
                                 const QString &outPath)
{
    ensureGdalRegistered();
    auto names = readNames(namesCsv);
    if (!names)
        return Status::failure(names.error());
    QFile::remove(outPath);
    if (!QFile::copy(referenceGpkg, outPath))
        return Status::failure(tr("Cannot copy “%1” to “%2”.").arg(referenceGpkg, outPath));
    QFile::setPermissions(outPath,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    GdalErrorCollector errors;
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(QFile::encodeName(outPath).constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!ds)
        return Status::failure(tr("Cannot open “%1” for writing: %2").arg(outPath, errors.lastError()));
    const std::pair<const char *, QString> levels[] = {{"province", QStringLiteral("province")},
                                                       {"prefectures", QStringLiteral("prefecture")},
                                                       {"counties", QStringLiteral("county")}};
    for (const auto &[table, level] : levels) {
        OGRLayer *layer = ds->GetLayerByName(table);
        if (!layer)
            return Status::failure(
                tr("“%1” has no layer “%2”.").arg(referenceGpkg, QString::fromLatin1(table)));
        OGRFieldDefn field("name_en", OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            return Status::failure(
                tr("Cannot add name_en to %1: %2").arg(QString::fromLatin1(table), errors.lastError()));
        const int codeField = layer->GetLayerDefn()->GetFieldIndex("code");
        const int enField = layer->GetLayerDefn()->GetFieldIndex("name_en");
        ds->StartTransaction();
        layer->ResetReading();
        std::vector<OGRFeatureUniquePtr> features;
        for (auto &f : *layer)
            features.emplace_back(f.release());
        for (auto &f : features) {
            const QString code = QString::fromUtf8(f->GetFieldAsString(codeField));
            const QString en = names->value(level + QLatin1Char('/') + code);
            if (en.isEmpty())
                return Status::failure(tr("%1: no English name for %2 %3.").arg(namesCsv, level, code));
            f->SetField(enField, en.toUtf8().constData());
            if (layer->SetFeature(f.get()) != OGRERR_NONE)
                return Status::failure(tr("Cannot write %1 %2: %3").arg(level, code, errors.lastError()));
        }
        if (ds->CommitTransaction() != OGRERR_NONE)
            return Status::failure(tr("Cannot write “%1”: %2").arg(outPath, errors.lastError()));
    }
    if (Status s = ProjectSchema::migrate(*ds, QStringLiteral("“%1”").arg(outPath)); !s)
        return s;
    ds.reset();
    return writeDefaultStyles(outPath);
}

} // namespace ecoplan
