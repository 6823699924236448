// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QVariant>

#include <optional>

namespace ecoplan {

class Project;

/// One feature of one layer, by position in the layer's data.
struct FeatureRef
{
    QString layerId;
    std::uint32_t index = 0;
};

/// One attribute of an identified feature: the column, its title in the UI's language (as the attribute
/// table heads it) and the value as the table shows it (a value list's label, not its code).
struct IdentifiedAttribute
{
    QString name;
    QString title;
    QVariant value;
    QString text;
};

/// A feature's attributes, for the identify results.
struct IdentifiedFeature
{
    FeatureRef ref;
    QString layerTitle;
    QList<IdentifiedAttribute> attributes;
};

/// Where the select tool selects: the active layer (the one chosen in the Layers panel), or every visible
/// selectable layer. Layers marked unselectable are never selected in.
struct SelectionScope
{
    QString activeLayer;
    bool allLayers = false;
};

/// Spatial questions the map tools ask of the visible layers of a project (display CRS). GUI thread.
namespace FeatureQuery {
/// Features under a point, topmost layer first; `tolerance` in map units.
QList<IdentifiedFeature> identify(const Project &project, const QPointF &point, double tolerance);
/// The one feature a click selects: a point or line within `tolerance` (map units), topmost layer first;
/// else the smallest polygon containing the point, in any visible selectable layer, filled or not. So a
/// click inside a county selects the county, not the province outline drawn above it nor the prefecture
/// under it, and a click inside a mine selects the mine.
QHash<QString, QSet<std::uint32_t>> selectAt(const Project &project, const QPointF &point, double tolerance);
/// The features that meet `area` in the active layer, or with scope.allLayers (or without a visible,
/// selectable active layer) in every visible selectable layer.
QHash<QString, QSet<std::uint32_t>> selectIn(const Project &project, const QRectF &area,
                                             const SelectionScope &scope = {});
/// The first feature, topmost layer first, whose `code` field is `code` (a division code such as 411081
/// names one county or prefecture); nullopt if none.
std::optional<FeatureRef> findByCode(const Project &project, const QString &code);
} // namespace FeatureQuery

} // namespace ecoplan
