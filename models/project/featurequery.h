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

/// A feature's attributes as (field, value) pairs, for the identify results.
struct IdentifiedFeature
{
    FeatureRef ref;
    QString layerTitle;
    QList<QPair<QString, QVariant>> attributes;
};

/// Spatial questions the map tools ask of the visible layers of a project (display CRS). GUI thread.
namespace FeatureQuery {
/// Features under a point, topmost layer first; `tolerance` in map units.
QList<IdentifiedFeature> identify(const Project &project, const QPointF &point, double tolerance);
/// The features a click selects: those of the topmost visible layer with a hit (a click selects one thing).
QHash<QString, QSet<std::uint32_t>> selectAt(const Project &project, const QPointF &point, double tolerance);
/// Features of every visible layer that meet `area`.
QHash<QString, QSet<std::uint32_t>> selectIn(const Project &project, const QRectF &area);
/// The first feature, topmost layer first, whose `code` field is `code` (a division code such as 411081
/// names one county or prefecture); nullopt if none.
std::optional<FeatureRef> findByCode(const Project &project, const QString &code);
} // namespace FeatureQuery

} // namespace ecoplan
