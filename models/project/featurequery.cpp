// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurequery.h"

#include "project.h"

namespace ecoplan::FeatureQuery {

QList<IdentifiedFeature> identify(const Project &project, const QPointF &point, double tolerance)
{
    QList<IdentifiedFeature> out;
    const auto &layers = project.layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const VectorLayer &l = **it;
        if (!l.isVisible || !l.data)
            continue;
        const FeatureTable &t = l.data->table();
        for (std::uint32_t i : l.data->featuresAt(point, tolerance)) {
            IdentifiedFeature f{{l.id, i}, l.title, {}};
            f.attributes.append({QStringLiteral("fid"), QVariant::fromValue(t.fids[i])});
            for (int k = 0; k < t.fields.size(); ++k)
                f.attributes.append({t.fields[k].name, t.attributes[i].value(k)});
            out.append(f);
        }
    }
    return out;
}

QHash<QString, QSet<std::uint32_t>> selectAt(const Project &project, const QPointF &point, double tolerance)
{
    const auto &layers = project.layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const VectorLayer &l = **it;
        if (!l.isVisible || !l.data)
            continue;
        // What you see is what you click: an unfilled polygon (the province outline) is hit on its line only.
        const auto hits = l.data->featuresAt(point, tolerance, l.style.hasFill());
        if (!hits.empty()) {
            // The last hit is the one drawn on top within the layer.
            return {{l.id, QSet<std::uint32_t>{hits.back()}}};
        }
    }
    return {};
}

QHash<QString, QSet<std::uint32_t>> selectIn(const Project &project, const QRectF &area)
{
    QHash<QString, QSet<std::uint32_t>> out;
    for (const auto &l : project.layers()) {
        if (!l->isVisible || !l->data)
            continue;
        const auto hits = l->data->featuresIn(area);
        if (!hits.empty())
            out.insert(l->id, QSet<std::uint32_t>(hits.begin(), hits.end()));
    }
    return out;
}

std::optional<FeatureRef> findByCode(const Project &project, const QString &code)
{
    const QString field = QStringLiteral("code");
    const auto &layers = project.layers();
    for (auto l = layers.rbegin(); l != layers.rend(); ++l) {
        if (code.isEmpty() || !(*l)->data || (*l)->data->table().fieldIndex(field) < 0)
            continue;
        const FeatureTable &table = (*l)->data->table();
        for (std::size_t i = 0; i < table.size(); ++i) {
            if (table.value(i, field).toString() == code)
                return FeatureRef{(*l)->id, std::uint32_t(i)};
        }
    }
    return std::nullopt;
}

} // namespace ecoplan::FeatureQuery
