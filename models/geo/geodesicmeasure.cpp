// SPDX-License-Identifier: GPL-3.0-or-later
#include "geodesicmeasure.h"

#include <QLocale>

#include <geodesic.h>

#include <cmath>
#include <vector>

namespace ecoplan {
namespace {

const geod_geodesic &cgcs2000()
{
    static const geod_geodesic g = [] {
        geod_geodesic e{};
        geod_init(&e, 6378137.0, 1 / 298.257222101); // CGCS2000 (GRS 80 flattening)
        return e;
    }();
    return g;
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

double GeodesicMeasure::length(const QList<QPointF> &lonLat)
{
    double total = 0;
    for (qsizetype i = 1; i < lonLat.size(); ++i) {
        double s12 = 0;
        geod_inverse(&cgcs2000(), lonLat[i - 1].y(), lonLat[i - 1].x(), lonLat[i].y(), lonLat[i].x(), &s12,
                     nullptr, nullptr);
        total += s12;
    }
    return total;
}

double GeodesicMeasure::area(const QList<QPointF> &lonLat)
{
    qsizetype n = lonLat.size();
    if (n > 1 && lonLat.front() == lonLat.back())
        --n; // geod_polygonarea closes the ring itself
    if (n < 3)
        return 0;
    std::vector<double> lats(n), lons(n);
    for (qsizetype i = 0; i < n; ++i) {
        lats[i] = lonLat[i].y();
        lons[i] = lonLat[i].x();
    }
    double area = 0, perimeter = 0;
    geod_polygonarea(&cgcs2000(), lats.data(), lons.data(), int(n), &area, &perimeter);
    return std::abs(area);
}

QString GeodesicMeasure::formatLength(double metres)
{
    if (metres < 1000)
        return tr("%1 m").arg(number(metres, metres < 10 ? 1 : 0));
    return tr("%1 km").arg(number(metres / 1000, metres < 100000 ? 2 : 1));
}

QString GeodesicMeasure::formatArea(double squareMetres)
{
    const QString mu = tr("%1 mu").arg(number(squareMetres / squareMetresPerMu, squareMetres < 1e6 ? 1 : 0));
    if (squareMetres < 10000)
        return tr("%1 m² · %2").arg(number(squareMetres, 0), mu);
    if (squareMetres < 1e6)
        return tr("%1 ha · %2").arg(number(squareMetres / 10000, 2), mu);
    return tr("%1 km² · %2").arg(number(squareMetres / 1e6, 2), mu);
}

} // namespace ecoplan
