// SPDX-License-Identifier: GPL-3.0-or-later
#include "featureclipboard.h"

#include "featureedits.h"
#include "geometryvalidity.h"
#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <algorithm>

namespace ecoplan {
namespace {

QString kindKey(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return QStringLiteral("point");
    case GeometryKind::Line:
        return QStringLiteral("line");
    case GeometryKind::Polygon:
        return QStringLiteral("polygon");
    case GeometryKind::Unknown:
        break;
    }
    return QStringLiteral("none");
}

/// The clipboard's value as the target field's type (JSON carries dates as ISO text); null stays null.
QVariant asFieldType(const QVariant &value, QMetaType::Type type)
{
    if (value.isNull())
        return {};
    QVariant v = value;
    return v.convert(QMetaType(type)) ? v : value;
}

} // namespace

QString FeatureClipboard::mimeType()
{
    return QStringLiteral("application/x-ecoplan-features+json");
}

Result<std::unique_ptr<QMimeData>> FeatureClipboard::copy(const Project &project)
{
    using R = Result<std::unique_ptr<QMimeData>>;
    QJsonArray features;
    QStringList wkts;
    for (const auto &layer : project.layers()) {
        QList<std::uint32_t> indices = project.selection().value(layer->id).values();
        std::sort(indices.begin(), indices.end());
        for (std::uint32_t i : indices) {
            const Result<StoredFeature> row = FeatureEdits::stored(project, layer->id, i);
            if (!row)
                return R::failure(row.error());
            features.append(
                QJsonObject{{QStringLiteral("layer"), layer->id},
                            {QStringLiteral("crs"), layer->data->table().crs.definition()},
                            {QStringLiteral("kind"), kindKey(layer->data->kind())},
                            {QStringLiteral("attributes"), QJsonObject::fromVariantMap(row->attributes)},
                            {QStringLiteral("wkt"), row->wkt}});
            wkts.append(row->wkt);
        }
    }
    if (features.isEmpty())
        return R::failure(tr("Select the features to copy first (only layers of the project file)."));
    auto data = std::make_unique<QMimeData>();
    data->setData(
        mimeType(),
        QJsonDocument(QJsonObject{{QStringLiteral("features"), features}}).toJson(QJsonDocument::Compact));
    data->setText(wkts.join(QLatin1Char('\n')));
    return data;
}

bool FeatureClipboard::hasFeatures(const QMimeData *data)
{
    return data && data->hasFormat(mimeType());
}

Result<FeatureClipboard::Pasted> FeatureClipboard::paste(Project &project, const QMimeData &data,
                                                         const QString &layerId)
{
    using R = Result<Pasted>;
    if (!FeatureEdits::isEditable(project, layerId))
        return R::failure(tr("The active layer cannot be edited, so nothing was pasted."));
    const QJsonArray features =
        QJsonDocument::fromJson(data.data(mimeType())).object().value(QStringLiteral("features")).toArray();
    if (features.isEmpty())
        return R::failure(tr("The clipboard holds no copied features."));
    const VectorLayer &target = *project.layer(layerId);
    const LayerGeometryType type = FeatureEdits::geometryType(target);
    const FeatureTable &table = target.data->table();

    Pasted out;
    QList<FeatureEdit> edits;
    for (const QJsonValue &value : features) {
        const QJsonObject f = value.toObject();
        if (f.value(QStringLiteral("kind")).toString() != kindKey(type.kind)) {
            ++out.skipped;
            continue;
        }
        const Crs from = Crs::fromDefinition(f.value(QStringLiteral("crs")).toString());
        const Result<QString> wkt =
            reprojectGeometry(f.value(QStringLiteral("wkt")).toString(), from, table.crs, type);
        if (!wkt)
            return R::failure(wkt.error());
        if (const Status valid = GeometryValidity::check(*wkt); !valid)
            return R::failure(tr("A copied feature of “%1” was not pasted: %2")
                                  .arg(f.value(QStringLiteral("layer")).toString(), valid.error()));
        const QVariantMap source = f.value(QStringLiteral("attributes")).toObject().toVariantMap();
        StoredFeature row{target.sourceLayer, -1, {}, *wkt};
        for (const Field &field : table.fields) {
            if (source.contains(field.name))
                row.attributes.insert(field.name, asFieldType(source.value(field.name), field.type));
        }
        edits.append({std::nullopt, row});
    }
    if (edits.isEmpty())
        return R::failure(tr("None of the copied features is of this layer's geometry type."));
    const auto fids = FeatureEdits::pushAll(project, edits,
                                            edits.size() == 1 ? tr("Paste feature")
                                                              : tr("Paste features (%1)").arg(edits.size()));
    if (!fids)
        return R::failure(fids.error());
    out.fids = *fids;
    QSet<std::uint32_t> pasted;
    for (qint64 fid : out.fids) {
        if (const int i = FeatureEdits::indexOf(target, fid); i >= 0)
            pasted.insert(std::uint32_t(i));
    }
    project.setSelection({{layerId, pasted}});
    return out;
}

} // namespace ecoplan
