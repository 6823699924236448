// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bilingual.h"
#include "geo/crs.h"
#include "geometry.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace ecoplan {

/// A value list (an OGR coded field domain): codes in the file's order, each with the label to show.
struct ValueList
{
    QString name;
    QList<QPair<QVariant, QString>> values; ///< code, label

    /// Where `code` is in the list, or -1; its label, or empty.
    int indexOf(const QVariant &code) const;
    QString labelOf(const QVariant &code) const;
};

/// One attribute column and what forms need to know about it.
struct Field
{
    QString name;
    QMetaType::Type type = QMetaType::QString;
    bool isRequired = false; ///< NOT NULL in the file
    int width = 0;           ///< text: maximum length; numbers: maximum digits; 0: no limit
    QVariant defaultValue;   ///< for new features; null if none
    /// Shared by every field (and reload) that uses the same domain, never copied per feature.
    std::shared_ptr<const ValueList> valueList;
    QString title; ///< "中文 / English" from gpkg_data_columns, or empty

    /// What the user reads: the title in the UI's language, else the column name.
    QString displayName() const { return title.isEmpty() ? name : inUiLanguage(title); }
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
    /// Whether any row is marked sample data (is_sample ≠ 0), as the demo's invented registers are: every
    /// map and export that shows such a layer must say so.
    bool hasSampleRows() const;
};

/// What every map, table and export showing sample rows says, in both languages whatever the UI's: the
/// same words as each sample row's note (data/sample/make_sample_data.py).
inline QString sampleDataNote()
{
    return QStringLiteral("示例数据，非真实登记 / Sample data, not a real register");
}

} // namespace ecoplan
