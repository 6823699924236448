// SPDX-License-Identifier: GPL-3.0-or-later
// Geodesic lengths and areas against independent values, and the units planners read.
#include "geo/geodesicmeasure.h"

#include <QTest>

#include <cmath>

using namespace ecoplan;

class TstGeodesicMeasure : public QObject
{
    Q_OBJECT
private slots:
    void meridianDegree();
    void equatorLength();
    void areaOfAOneDegreeCell();
    void areaIgnoresOrientationAndClosure();
    void units();
};

void TstGeodesicMeasure::meridianDegree()
{
    // A meridian is a geodesic: its length from 34° to 35° N is the integral of the radius of curvature
    // M(φ) = a(1 − e²) / (1 − e² sin²φ)^3/2, integrated here with Simpson's rule (independent of PROJ).
    const double a = 6378137.0, f = 1 / 298.257222101, e2 = f * (2 - f);
    const auto m = [&](double phi) {
        return a * (1 - e2) / std::pow(1 - e2 * std::pow(std::sin(phi), 2), 1.5);
    };
    const int n = 1000;
    const double lo = 34 * M_PI / 180, hi = 35 * M_PI / 180, h = (hi - lo) / n;
    double sum = m(lo) + m(hi);
    for (int i = 1; i < n; ++i)
        sum += (i % 2 ? 4 : 2) * m(lo + i * h);
    const double expected = sum * h / 3;
    const double d = GeodesicMeasure::length({{113.6, 34.0}, {113.6, 35.0}});
    QVERIFY2(std::abs(d - expected) < 0.001,
             qPrintable(QStringLiteral("%1 vs %2").arg(d, 0, 'f', 3).arg(expected, 0, 'f', 3)));
}

void TstGeodesicMeasure::equatorLength()
{
    // Along the equator a geodesic is the equator: a · Δλ.
    const double d = GeodesicMeasure::length({{0, 0}, {1, 0}});
    QVERIFY(std::abs(d - 6378137.0 * M_PI / 180.0) < 0.01);
    // A polyline is the sum of its legs.
    QVERIFY(std::abs(GeodesicMeasure::length({{0, 0}, {0.5, 0}, {1, 0}}) - d) < 0.01);
}

void TstGeodesicMeasure::areaOfAOneDegreeCell()
{
    // The area between two parallels and two meridians on an ellipsoid has a closed form (authalic
    // latitude q(φ)); computed independently here.
    const double a = 6378137.0, f = 1 / 298.257222101, e2 = f * (2 - f), e = std::sqrt(e2);
    const auto q = [&](double phiDeg) {
        const double s = std::sin(phiDeg * M_PI / 180.0);
        return (1 - e2) * (s / (1 - e2 * s * s) - std::log((1 - e * s) / (1 + e * s)) / (2 * e));
    };
    const double expected = a * a / 2 * (q(35) - q(34)) * (M_PI / 180.0);
    // A geodesic edge between two points of one parallel bulges poleward of it, so the polygon differs a
    // little from the graticule cell; densifying the parallels brings it within 0.01 %.
    QList<QPointF> ring;
    for (int i = 0; i <= 100; ++i)
        ring.append({113.0 + i / 100.0, 34.0});
    for (int i = 100; i >= 0; --i)
        ring.append({113.0 + i / 100.0, 35.0});
    const double area = GeodesicMeasure::area(ring);
    QVERIFY2(std::abs(area - expected) / expected < 1e-4,
             qPrintable(QStringLiteral("%1 vs %2").arg(area, 0, 'f', 0).arg(expected, 0, 'f', 0)));
}

void TstGeodesicMeasure::areaIgnoresOrientationAndClosure()
{
    const QList<QPointF> ccw = {{113.80, 34.00}, {113.81, 34.00}, {113.81, 34.01}, {113.80, 34.01}};
    QList<QPointF> cw(ccw.rbegin(), ccw.rend());
    QList<QPointF> closed = ccw;
    closed.append(ccw.front());
    const double area = GeodesicMeasure::area(ccw);
    QVERIFY(area > 1e6 && area < 1.1e6); // about 0.92 km × 1.11 km
    QCOMPARE(GeodesicMeasure::area(cw), area);
    QCOMPARE(GeodesicMeasure::area(closed), area);
    QCOMPARE(GeodesicMeasure::area({{113.8, 34.0}, {113.81, 34.0}}), 0.0);
}

void TstGeodesicMeasure::units()
{
    QLocale::setDefault(QLocale::c());
    QCOMPARE(GeodesicMeasure::formatLength(850), QStringLiteral("850 m"));
    QCOMPARE(GeodesicMeasure::formatLength(12400), QStringLiteral("12.40 km"));
    // 1 mu = 666.67 m²: 2,000 m² is 3.0 mu; 15 ha is 225 mu; 35 km² is 52,500 mu.
    QCOMPARE(GeodesicMeasure::formatArea(2000), QStringLiteral("2000 m² · 3.0 mu"));
    QCOMPARE(GeodesicMeasure::formatArea(150000), QStringLiteral("15.00 ha · 225.0 mu"));
    QCOMPARE(GeodesicMeasure::formatArea(35e6), QStringLiteral("35.00 km² · 52500 mu"));
}

QTEST_GUILESS_MAIN(TstGeodesicMeasure)
#include "tst_geodesicmeasure.moc"
