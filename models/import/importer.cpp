// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "importsource.h"
#include "rowconverter.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ecoplan {
namespace {

/// A new layer takes the file's columns (text for spreadsheets), less the WKT column, which becomes the
/// geometry; points where the geometry comes from columns.
LayerDefinition newLayerFrom(const ImportSpec &spec, const ImportSource &source, const ImportContext &context)
{
    LayerDefinition def = context.target;
    const QList<QMetaType::Type> types = source.columnTypes();
    for (int i = 0; i < source.columns().size(); ++i) {
        if (spec.geometry == GeometrySource::WktColumn && source.columns()[i] == spec.wktColumn)
            continue;
        Field f;
        f.name = source.columns()[i];
        f.type = types.value(i, QMetaType::QString);
        def.fields << f;
    }
    if (spec.geometry == GeometrySource::FileGeometry) {
        def.kind = source.geometryKind();
        def.isMulti = source.isMulti();
        if (source.crs().isValid() && !spec.crsGiven)
            def.crs = source.crs();
    } else if (spec.geometry != GeometrySource::WktColumn) {
        def.kind = GeometryKind::Point;
    }
    return def;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

Result<PreparedImport> Importer::prepare(const ImportSpec &spec, const ImportContext &context,
                                         const std::atomic<bool> *cancel, const Progress &progress,
                                         int rowLimit)
{
    using R = Result<PreparedImport>;
    auto opened = ImportSource::open(spec);
    if (!opened)
        return R::failure(opened.error());
    ImportSource &source = **opened;
    if (spec.geometry == GeometrySource::FileGeometry && !source.hasGeometry())
        return R::failure(tr("“%1” has no geometry of its own: choose the x/y, WKT or county columns.")
                              .arg(QFileInfo(spec.file).fileName()));
    PreparedImport out;
    out.columns = source.columns();
    out.encoding = source.encoding();
    out.isNewLayer = context.isNewLayer;
    out.target = context.isNewLayer ? newLayerFrom(spec, source, context) : context.target;
    auto converter = RowConverter::make(spec, out.columns, source.crs(), context, out.target);
    if (!converter)
        return R::failure(converter.error());
    out.matching = (*converter)->matching();

    const qint64 total = source.rowCount();
    SourceRow row;
    while ((rowLimit <= 0 || out.rowsRead < rowLimit) && source.next(row)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            out.cancelled = true;
            out.edits.clear();
            return out;
        }
        ++out.rowsRead;
        auto converted = (*converter)->convert(row);
        if (auto *feature = std::get_if<StoredFeature>(&converted)) {
            if (out.isNewLayer && out.target.kind == GeometryKind::Unknown) {
                // A WKT column decides a new layer's type by its first good row.
                const QString type =
                    feature->wkt.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('('), 0, 0);
                out.target.kind = type.contains(QLatin1String("POLYGON")) ? GeometryKind::Polygon
                                  : type.contains(QLatin1String("LINE"))  ? GeometryKind::Line
                                                                          : GeometryKind::Point;
                out.target.isMulti = type.startsWith(QLatin1String("MULTI"));
                converter = RowConverter::make(spec, out.columns, source.crs(), context, out.target);
                if (!converter)
                    return R::failure(converter.error());
                converted = (*converter)->convert(row);
            }
        }
        if (auto *feature = std::get_if<StoredFeature>(&converted))
            out.edits.append(FeatureEdit{std::nullopt, std::move(*feature)});
        else
            out.rejected.append(std::get<RejectedRow>(std::move(converted)));
        if (progress && (out.rowsRead % 500 == 0))
            progress(out.rowsRead, total);
    }
    if (progress)
        progress(out.rowsRead, out.rowsRead);
    return out;
}

Result<QList<qint64>> Importer::write(ProjectStore &store, const PreparedImport &prepared,
                                      const QString &user)
{
    if (prepared.edits.isEmpty())
        return QList<qint64>();
    if (prepared.isNewLayer)
        return store.createLayer(prepared.target, prepared.edits, user);
    return store.applyAll(prepared.edits, user);
}

Status Importer::writeRejected(const QString &path, const QStringList &columns,
                               const QList<RejectedRow> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QString text = QStringLiteral("\uFEFF"); // Excel reads UTF-8 only with the byte-order mark
    QStringList header = {QStringLiteral("row"), QStringLiteral("reason")};
    header += columns;
    for (QString &h : header)
        h = csvField(h);
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const RejectedRow &r : rows) {
        QStringList fields = {QString::number(r.row), csvField(r.reason)};
        for (const QVariant &v : r.values)
            fields << csvField(v.toString());
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return Status::failure(
            tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

QString Importer::report(const PreparedImport &prepared, int imported)
{
    QString text = tr("Imported %1 of %2 rows into “%3”; rejected %4.")
                       .arg(imported)
                       .arg(prepared.rowsRead)
                       .arg(prepared.target.name)
                       .arg(prepared.rejected.size());
    for (const RejectedRow &r : prepared.rejected)
        text += QLatin1Char('\n') + tr("row %1: %2").arg(r.row).arg(r.reason);
    return text;
}

} // namespace ecoplan
