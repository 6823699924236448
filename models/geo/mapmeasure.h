// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "coordinatetransform.h"

#include <QList>
#include <QPointF>

namespace ecoplan {

/// Geodesic length and area of vertices placed on a map: they are taken from the map's CRS to
/// longitude/latitude with PROJ and measured on the ellipsoid (GeodesicMeasure), so the result is the
/// same whatever projection the map is drawn in. One thread (it owns a PROJ context).
class MapMeasure
{
public:
    explicit MapMeasure(const Crs &mapCrs);
    const Crs &mapCrs() const { return m_toLonLat.source(); }
    /// Metres along the polyline.
    double length(const QList<QPointF> &mapPoints) const;
    /// Square metres inside the ring (closed or not).
    double area(const QList<QPointF> &mapPoints) const;

private:
    QList<QPointF> lonLat(const QList<QPointF> &mapPoints) const;
    CoordinateTransform m_toLonLat;
};

} // namespace ecoplan
