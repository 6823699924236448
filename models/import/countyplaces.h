// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layer/featuretable.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>

namespace ecoplan {

/// Rows that name a county instead of giving coordinates are placed at the county's label point (the
/// centre of its largest inscribed circle, always inside, unlike the centroid of a crescent-shaped county).
/// Found by code (411081), Chinese name with or without its suffix (禹州市, 禹州) or English name (Yuzhou),
/// also by a former code or name the layer keeps in old_code/old_name (411626 or 淮阳县 for 淮阳区).
class CountyPlaces
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::CountyPlaces)
public:
    /// The counties (fields code, name, name_en; old_code and old_name if present) with their points in
    /// `target`.
    static CountyPlaces fromTable(const FeatureTable &counties, const Crs &target);
    /// The point of the county `text` names, or why there is none (unknown, or a name two counties share).
    Result<QPointF> find(const QString &text) const;

private:
    QHash<QString, QList<int>> m_keys; ///< code or name (lower case) → counties
    QList<QPointF> m_points;
    QStringList m_names;
};

} // namespace ecoplan
