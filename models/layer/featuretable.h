// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"
#include "geometry.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <vector>

namespace ecoplan {

struct Field
{
    QString name;
    QMetaType::Type type = QMetaType::QString;
};

/// Features as read from their source, in the source CRS: ids, attributes and geometry. Immutable once
/// built and shared between threads through std::shared_ptr<const FeatureTable>.
struct FeatureTable
{
    GeometryKind kind = GeometryKind::Unknown;
    bool isMulti = false; ///< the layer holds multi-geometries (MultiPolygon, …): new features must be too
    Crs crs;
    QList<Field> fields;
    std::vector<qint64> fids;
    std::vector<QVariantList> attributes;
    std::vector<Geometry> geometries;
    /// Polygon layers: where each feature's label goes (see polygonLabelAnchor); empty for other kinds.
    std::vector<QPointF> labelAnchors;

    std::size_t size() const { return fids.size(); }
    int fieldIndex(const QString &name) const;
    QVariant value(std::size_t feature, const QString &field) const;
    std::size_t vertexCount() const;
};

} // namespace ecoplan
