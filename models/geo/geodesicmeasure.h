// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace ecoplan {

/// Lengths and areas on the CGCS2000 ellipsoid (practically WGS84's), from longitude/latitude in degrees,
/// with PROJ's geodesic routines (Karney's algorithms: exact to nanometres, whatever the projection the
/// map is drawn in). Measuring on the map must not depend on the display CRS's scale distortion.
class GeodesicMeasure
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::GeodesicMeasure)
public:
    /// Length of the polyline through `lonLat`, metres.
    static double length(const QList<QPointF> &lonLat);
    /// Area of the polygon ring `lonLat` (closed or not, either orientation), square metres.
    static double area(const QList<QPointF> &lonLat);

    static constexpr double squareMetresPerMu = 10000.0 / 15.0; ///< 1 亩 = 1/15 ha

    /// "850 m", "12.4 km" (translated).
    static QString formatLength(double metres);
    /// "3,200 m² · 4.8 mu", "12.50 ha · 187.5 mu", "35.2 km² · 52,800 mu": planners count land in 亩.
    static QString formatArea(double squareMetres);
};

} // namespace ecoplan
