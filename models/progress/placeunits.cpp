// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeunits.h"

#include "layer/layerdata.h"

#include <cmath>
#include <limits>

namespace ecoplan {

QPointF PlaceUnits::representativePoint(const LayerData &data, std::size_t feature)
{
    const Geometry &g = data.geometry(feature);
    const QPointF nan(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
    if (g.isEmpty())
        return nan;
    switch (data.kind()) {
    case GeometryKind::Polygon: {
        const QPointF anchor = data.labelAnchor(feature);
        return std::isnan(anchor.x()) ? g.points.front() : anchor;
    }
    case GeometryKind::Line:
        return g.points[(g.partEnds.empty() ? g.points.size() : g.partEnds.front()) / 2];
    default:
        return g.points.front();
    }
}

PlaceUnits PlaceUnits::locate(const ProgressBook &book,
                              const QHash<QString, std::shared_ptr<const LayerData>> &places,
                              const LayerData &units)
{
    PlaceUnits out;
    const FeatureTable &table = units.table();
    const int code = table.fieldIndex(QStringLiteral("code"));
    const int name = table.fieldIndex(QStringLiteral("name"));
    out.m_units.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i)
        out.m_units.push_back({code >= 0 ? table.attributes[i].value(code).toString() : QString(),
                               name >= 0 ? table.attributes[i].value(name).toString() : QString(), i});
    out.m_unitOfLink.assign(book.size(), -1);
    // Many links share a place (one outfall, two tasks): locate each place once.
    QHash<QPair<QString, qint64>, int> located;
    for (std::size_t l = 0; l < book.size(); ++l) {
        const TaskLink &link = book.link(l);
        const QPair<QString, qint64> key{link.layer, link.featureId};
        if (const auto it = located.constFind(key); it != located.cend()) {
            out.m_unitOfLink[l] = *it;
            continue;
        }
        int unit = -1;
        const std::shared_ptr<const LayerData> data = places.value(link.layer);
        if (data) {
            if (const std::optional<std::size_t> f = data->indexOf(link.featureId)) {
                const QPointF p = representativePoint(*data, *f);
                if (!std::isnan(p.x())) {
                    const std::vector<std::uint32_t> hits = units.featuresAt(p, 0.0, true);
                    if (!hits.empty())
                        unit = static_cast<int>(hits.front());
                }
            }
        }
        located.insert(key, unit);
        out.m_unitOfLink[l] = unit;
    }
    return out;
}

} // namespace ecoplan
