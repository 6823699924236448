// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/mapmeasure.h"

#include "geo/geodesicmeasure.h"

namespace ecoplan {

MapMeasure::MapMeasure(const Crs &mapCrs) : m_toLonLat(mapCrs, Crs::fromEpsg(4490)) {}

QList<QPointF> MapMeasure::lonLat(const QList<QPointF> &mapPoints) const
{
    QList<QPointF> out;
    out.reserve(mapPoints.size());
    for (const QPointF &p : mapPoints)
        out.append(m_toLonLat.transform(p));
    return out;
}

double MapMeasure::length(const QList<QPointF> &mapPoints) const
{
    return GeodesicMeasure::length(lonLat(mapPoints));
}

double MapMeasure::area(const QList<QPointF> &mapPoints) const
{
    return GeodesicMeasure::area(lonLat(mapPoints));
}

} // namespace ecoplan
