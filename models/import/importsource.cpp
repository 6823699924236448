// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "geo/ogrwkt.h"
#include "store/gdalerrorcollector.h"
#include "store/gdalsetup.h"
#include "store/ogrvalues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {
namespace {

enum class FileKind { Csv, Workbook, Vector };

FileKind kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv"))
        return FileKind::Csv;
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods"))
        return FileKind::Workbook;
    return FileKind::Vector;
}

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

/// The names users give GBK files all decode as GB18030, of which GBK and GB2312 are subsets.
QString canonicalEncoding(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("GBK") || n == QLatin1String("GB2312") || n == QLatin1String("CP936") ||
        n == QLatin1String("GB18030"))
        return QStringLiteral("GB18030");
    if (n == QLatin1String("UTF8") || n == QLatin1String("UTF-8"))
        return QStringLiteral("UTF-8");
    return name.trimmed();
}

/// Column names from a header row: blanks get a name, duplicates a suffix, so every column can be chosen.
QStringList uniqueNames(const QStringList &names, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        QString name = names.value(i).trimmed();
        if (name.isEmpty())
            name = ImportSource::tr("column %1").arg(i + 1);
        QString candidate = name;
        for (int n = 2; out.contains(candidate, Qt::CaseInsensitive); ++n)
            candidate = QStringLiteral("%1_%2").arg(name).arg(n);
        out << candidate;
    }
    return out;
}

} // namespace

struct ImportSource::Private
{
    std::unique_ptr<QTemporaryDir> temporary; ///< the UTF-8 copy of a CSV file, if one was needed
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    FileKind kind = FileKind::Vector;
    QString encoding;
    QStringList columns;
    QList<QMetaType::Type> types;
    int headerRow = 1;
    int rowOffset = 0; ///< CSV: a feature's id plus this is its line in the file
    qint64 position = 0;
    qint64 count = -1; ///< counted before reading: GDAL's CSV count restarts the reading
};

ImportSource::ImportSource() : d(std::make_unique<Private>()) {}
ImportSource::~ImportSource() = default;

Result<QStringList> ImportSource::sheets(const QString &file)
{
    ensureGdalRegistered();
    GdalErrorCollector errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(QFile::encodeName(file).constData(),
                                              GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return Result<QStringList>::failure(
            tr("Cannot open %1: %2").arg(quoted(file), errors.lastError(tr("GDAL cannot read it."))));
    QStringList names;
    for (OGRLayer *layer : ds->GetLayers())
        names << QString::fromUtf8(layer->GetName());
    return names;
}

Result<std::unique_ptr<ImportSource>> ImportSource::open(const ImportSpec &spec)
{
    using R = Result<std::unique_ptr<ImportSource>>;
    ensureGdalRegistered();
    const QFileInfo fi(spec.file);
    if (!fi.isFile())
        return R::failure(tr("Cannot open %1: the file does not exist.").arg(quoted(spec.file)));
    std::unique_ptr<ImportSource> source(new ImportSource);
    Private &p = *source->d;
    p.kind = kindOf(spec.file);
    p.headerRow = std::max(0, spec.headerRow);
    QByteArray path = QFile::encodeName(fi.absoluteFilePath());
    QList<QByteArray> options;

    if (p.kind == FileKind::Csv) {
        QFile file(spec.file);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(
                tr("Cannot open %1: you have no permission to read it.").arg(quoted(spec.file)));
        // Only a sample is needed to decide; the whole file only when it must be converted.
        const QByteArray sample = file.read(1 << 20);
        p.encoding = spec.encoding.isEmpty() ? detectTextEncoding(sample) : canonicalEncoding(spec.encoding);
        p.rowOffset = p.headerRow;
        if (p.encoding != QLatin1String("UTF-8") || p.headerRow > 1 ||
            fi.suffix().toLower() != QLatin1String("csv")) {
            QStringDecoder decoder(p.encoding.toLatin1().constData());
            if (!decoder.isValid())
                return R::failure(tr("Unknown text encoding “%1”.").arg(spec.encoding));
            QString text = decoder.decode(sample + file.readAll());
            // Lines above the header row are titles or notes, not data.
            qsizetype start = 0;
            for (int line = 1; line < p.headerRow && start >= 0; ++line) {
                start = text.indexOf(QLatin1Char('\n'), start);
                start = start < 0 ? -1 : start + 1;
            }
            if (start < 0)
                return R::failure(tr("%1 has fewer than %2 lines.").arg(quoted(spec.file)).arg(p.headerRow));
            p.temporary = std::make_unique<QTemporaryDir>();
            QFile copy(p.temporary->filePath(fi.completeBaseName() + QStringLiteral(".csv")));
            if (!p.temporary->isValid() || !copy.open(QIODevice::WriteOnly) ||
                copy.write(QStringView(text).mid(start).toUtf8()) < 0)
                return R::failure(
                    tr("Cannot convert %1 to UTF-8: no room for a temporary copy.").arg(quoted(spec.file)));
            path = QFile::encodeName(copy.fileName());
        }
        options = {QByteArrayLiteral("AUTODETECT_TYPE=NO"),
                   p.headerRow > 0 ? QByteArrayLiteral("HEADERS=YES") : QByteArrayLiteral("HEADERS=NO"),
                   QByteArrayLiteral("KEEP_GEOM_COLUMNS=YES")};
    } else if (p.kind == FileKind::Workbook) {
        // The header row is found here, not by GDAL, so that it can be any row.
        options = {QByteArrayLiteral("HEADERS=DISABLE"), QByteArrayLiteral("FIELD_TYPES=STRING")};
    } else if (fi.suffix().toLower() == QLatin1String("shp")) {
        const QString cpg =
            fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".cpg");
        QString encoding = spec.encoding;
        if (encoding.isEmpty() && !QFileInfo::exists(cpg) &&
            !QFileInfo::exists(cpg.chopped(3) + QStringLiteral("CPG"))) {
            // No .cpg: GDAL would assume Latin-1; Chinese attributes are UTF-8 or GBK.
            QFile dbf(fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() + QStringLiteral(".dbf"));
            if (dbf.open(QIODevice::ReadOnly))
                encoding = detectTextEncoding(dbf.read(1 << 20));
        }
        if (!encoding.isEmpty()) {
            p.encoding = canonicalEncoding(encoding);
            options << "ENCODING=" + (p.encoding == QLatin1String("GB18030") ? QByteArrayLiteral("CP936")
                                                                             : p.encoding.toLatin1());
        }
    }

    std::vector<const char *> optionPointers;
    for (const QByteArray &o : options)
        optionPointers.push_back(o.constData());
    optionPointers.push_back(nullptr);
    const char *csv[] = {"CSV", nullptr};
    GdalErrorCollector errors;
    p.dataset.reset(
        GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                          p.kind == FileKind::Csv ? csv : nullptr, optionPointers.data(), nullptr));
    if (!p.dataset)
        return R::failure(
            tr("Cannot open %1: %2")
                .arg(quoted(spec.file), errors.lastError(tr("it is not a file GDAL can read."))));
    p.layer = spec.sheet.isEmpty() ? p.dataset->GetLayer(0)
                                   : p.dataset->GetLayerByName(spec.sheet.toUtf8().constData());
    if (!p.layer)
        return R::failure(spec.sheet.isEmpty()
                              ? tr("%1 holds no table or layer.").arg(quoted(spec.file))
                              : tr("%1 has no sheet or layer “%2”.").arg(quoted(spec.file), spec.sheet));

    const qint64 features = p.layer->GetFeatureCount(TRUE);
    p.count = p.kind == FileKind::Workbook ? std::max<qint64>(0, features - p.headerRow) : features;
    p.layer->ResetReading();
    OGRFeatureDefn *defn = p.layer->GetLayerDefn();
    QStringList names;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        names << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
        p.types << (p.kind == FileKind::Vector ? qtTypeOf(defn->GetFieldDefn(i)->GetType())
                                               : QMetaType::QString);
    }
    if (p.kind == FileKind::Workbook) {
        names.clear();
        if (p.headerRow > 0) {
            // Rows up to the header are read here; next() carries on after it.
            OGRFeatureUniquePtr f(p.layer->GetNextFeature());
            while (f && f->GetFID() < p.headerRow)
                f.reset(p.layer->GetNextFeature());
            if (!f || f->GetFID() != p.headerRow)
                return R::failure(tr("%1 has no row %2 to take the column names from.")
                                      .arg(quoted(spec.file))
                                      .arg(p.headerRow));
            for (int i = 0; i < defn->GetFieldCount(); ++i)
                names << QString::fromUtf8(f->GetFieldAsString(i));
        }
    } else if (p.kind == FileKind::Csv && p.headerRow == 0) {
        names.clear();
    }
    p.columns = uniqueNames(names, defn->GetFieldCount());
    return source;
}

QString ImportSource::format() const
{
    return QString::fromUtf8(d->dataset->GetDriver()->GetDescription());
}

bool ImportSource::isSpreadsheet() const
{
    return d->kind != FileKind::Vector;
}

QString ImportSource::encoding() const
{
    return d->encoding;
}

const QStringList &ImportSource::columns() const
{
    return d->columns;
}

QList<QMetaType::Type> ImportSource::columnTypes() const
{
    return d->types;
}

bool ImportSource::hasGeometry() const
{
    return d->kind == FileKind::Vector && d->layer->GetLayerDefn()->GetGeomFieldCount() > 0;
}

GeometryKind ImportSource::geometryKind() const
{
    return hasGeometry() ? ogr::kindOf(d->layer->GetGeomType()) : GeometryKind::Unknown;
}

bool ImportSource::isMulti() const
{
    return hasGeometry() && OGR_GT_IsSubClassOf(wkbFlatten(d->layer->GetGeomType()), wkbGeometryCollection);
}

Crs ImportSource::crs() const
{
    const OGRSpatialReference *srs = hasGeometry() ? d->layer->GetSpatialRef() : nullptr;
    if (!srs)
        return {};
    if (const char *auth = srs->GetAuthorityName(nullptr); auth && QByteArray(auth) == "EPSG") {
        if (const char *code = srs->GetAuthorityCode(nullptr))
            return Crs::fromEpsg(QByteArray(code).toInt());
    }
    char *wkt = nullptr;
    const char *wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
    srs->exportToWkt(&wkt, wktOptions);
    const Crs crs = Crs::fromDefinition(QString::fromUtf8(wkt));
    CPLFree(wkt);
    return crs;
}

qint64 ImportSource::rowCount() const
{
    return d->count;
}

bool ImportSource::next(SourceRow &row)
{
    OGRFeatureUniquePtr f(d->layer->GetNextFeature());
    if (!f)
        return false;
    ++d->position;
    switch (d->kind) {
    case FileKind::Csv:
        row.number = static_cast<int>(f->GetFID()) + d->rowOffset;
        break;
    case FileKind::Workbook:
        row.number = static_cast<int>(f->GetFID()); // GDAL numbers a sheet's rows as Excel does
        break;
    case FileKind::Vector:
        row.number = static_cast<int>(d->position);
        break;
    }
    const int n = f->GetFieldCount();
    row.values.resize(n);
    for (int i = 0; i < n; ++i) {
        row.values[i] =
            d->kind == FileKind::Vector
                ? ogrFieldValue(*f, i)
                : (f->IsFieldSetAndNotNull(i) ? QVariant(QString::fromUtf8(f->GetFieldAsString(i)))
                                              : QVariant(QString()));
    }
    row.wkt.clear();
    if (d->kind == FileKind::Vector) {
        if (const OGRGeometry *g = f->GetGeometryRef(); g && !g->IsEmpty())
            row.wkt = ogr::toWkt(*g);
    }
    return true;
}

} // namespace ecoplan
