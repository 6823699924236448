// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurequery.h"

#include "forms/attributevalidator.h"
#include "project.h"

#include <QPolygonF>

#include <cmath>
#include <limits>

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
            const QString fid = QString::number(t.fids[i]);
            f.attributes.append({QStringLiteral("fid"), QStringLiteral("fid"), t.fids[i], fid});
            for (int k = 0; k < t.fields.size(); ++k) {
                const Field &field = t.fields[k];
                const QVariant value = t.attributes[i].value(k);
                f.attributes.append({field.name, field.displayName(), value,
                                     AttributeValidator::displayText(field, value)});
            }
            out.append(f);
        }
    }
    return out;
}

namespace {

bool isSelectable(const VectorLayer *l)
{
    return l && l->isVisible && l->isSelectable && l->data;
}

/// The area of the smallest ring of `g` around `point` (display CRS units²): how specific a hit is.
double enclosingRingArea(const Geometry &g, const QPointF &point)
{
    double smallest = std::numeric_limits<double>::infinity();
    for (std::size_t part = 0; part < g.partCount(); ++part) {
        const QPolygonF ring(QList<QPointF>(g.points.begin() + g.partBegin(part),
                                            g.points.begin() + g.partEnds[part]));
        if (!ring.containsPoint(point, Qt::OddEvenFill))
            continue;
        double twice = 0;
        for (qsizetype k = 0, n = ring.size(); k < n; ++k)
            twice += ring[k].x() * ring[(k + 1) % n].y() - ring[(k + 1) % n].x() * ring[k].y();
        smallest = std::min(smallest, std::abs(twice) / 2);
    }
    return smallest;
}

} // namespace

QHash<QString, QSet<std::uint32_t>> selectAt(const Project &project, const QPointF &point, double tolerance)
{
    const auto &layers = project.layers();
    // Points and lines first, topmost layer first: they are drawn above the areas and small to hit.
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const VectorLayer &l = **it;
        if (!isSelectable(&l) || l.data->kind() == GeometryKind::Polygon)
            continue;
        const auto hits = l.data->featuresAt(point, tolerance);
        if (!hits.empty())
            return {{l.id, QSet<std::uint32_t>{hits.back()}}}; // the one drawn on top within the layer
    }
    // Then the most specific area: the smallest polygon containing the point, whatever its layer, filled
    // or not. A click inside a county means the county, not the province outline drawn above it nor the
    // prefecture under it; inside a mine, the mine.
    QString bestLayer;
    std::uint32_t best = 0;
    double bestArea = std::numeric_limits<double>::infinity();
    for (const auto &l : layers) {
        if (!isSelectable(l.get()) || l->data->kind() != GeometryKind::Polygon)
            continue;
        for (std::uint32_t i : l->data->featuresAt(point, tolerance, true)) {
            const double area = enclosingRingArea(l->data->geometry(i), point);
            if (area <= bestArea) { // on a tie the later one, drawn on top, wins
                bestArea = area;
                bestLayer = l->id;
                best = i;
            }
        }
    }
    if (bestLayer.isEmpty())
        return {};
    return {{bestLayer, QSet<std::uint32_t>{best}}};
}

QHash<QString, QSet<std::uint32_t>> selectIn(const Project &project, const QRectF &area,
                                             const SelectionScope &scope)
{
    QHash<QString, QSet<std::uint32_t>> out;
    auto take = [&](const VectorLayer &l) {
        const auto hits = l.data->featuresIn(area);
        if (!hits.empty())
            out.insert(l.id, QSet<std::uint32_t>(hits.begin(), hits.end()));
    };
    const VectorLayer *active = project.layer(scope.activeLayer);
    if (!scope.allLayers && isSelectable(active)) {
        take(*active);
        return out;
    }
    for (const auto &l : project.layers()) {
        if (isSelectable(l.get()))
            take(*l);
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
