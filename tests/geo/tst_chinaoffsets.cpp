// SPDX-License-Identifier: GPL-3.0-or-later
// GCJ-02 and BD-09 against reference pairs published with two widely used open implementations, and round
// trips over Henan.
#include "geo/chinaoffsets.h"

#include <QTest>

#include <cmath>

using namespace ecoplan;
using namespace ecoplan::ChinaOffsets;

namespace {

/// Great-circle distance in metres (a sphere is plenty at this scale).
double metres(QPointF a, QPointF b)
{
    constexpr double r = 6371008.8, rad = M_PI / 180.0;
    const double dLat = (b.y() - a.y()) * rad, dLon = (b.x() - a.x()) * rad;
    const double h = std::pow(std::sin(dLat / 2), 2) +
                     std::cos(a.y() * rad) * std::cos(b.y() * rad) * std::pow(std::sin(dLon / 2), 2);
    return 2 * r * std::asin(std::sqrt(h));
}

} // namespace

class TstChinaOffsets : public QObject
{
    Q_OBJECT
private slots:
    void wgsGcjPairs_data();
    void wgsGcjPairs();
    void baiduPairs();
    void roundTripsOverHenan();
    void outsideChinaUnchanged();
};

void TstChinaOffsets::wgsGcjPairs_data()
{
    QTest::addColumn<QPointF>("wgs");
    QTest::addColumn<QPointF>("gcj");
    // github.com/googollee/eviltransform, python/test.py, TESTS (wgsLat, wgsLng, gcjLat, gcjLng).
    QTest::newRow("Shanghai") << QPointF(121.5272106, 31.1774276)
                              << QPointF(121.531541859215, 31.17530398364597);
    QTest::newRow("Shenzhen") << QPointF(113.912316, 22.543847)
                              << QPointF(113.9171764808363, 22.540796131694766);
    QTest::newRow("Beijing") << QPointF(116.377817, 39.911954)
                             << QPointF(116.38404722455657, 39.91334545536069);
    // github.com/wandergis/coordtransform (Rust port coordtransform_rs, tests):
    // wgs84_to_gcj02(116.404, 39.915).
    QTest::newRow("Tiananmen") << QPointF(116.404, 39.915) << QPointF(116.41024449916938, 39.91640428150164);
}

void TstChinaOffsets::wgsGcjPairs()
{
    QFETCH(QPointF, wgs);
    QFETCH(QPointF, gcj);
    QVERIFY2(metres(wgs84ToGcj02(wgs), gcj) < 1.0,
             qPrintable(QString::number(metres(wgs84ToGcj02(wgs), gcj))));
    QVERIFY2(metres(gcj02ToWgs84(gcj), wgs) < 1.0,
             qPrintable(QString::number(metres(gcj02ToWgs84(gcj), wgs))));
    // The shift itself is hundreds of metres: the test would notice a missing conversion.
    QVERIFY(metres(wgs, gcj) > 100);
}

void TstChinaOffsets::baiduPairs()
{
    // coordtransform_rs tests: gcj02_to_bd09(116.404, 39.915) and bd09_to_gcj02(116.404, 39.915).
    QVERIFY(metres(gcj02ToBd09({116.404, 39.915}), {116.41036949371029, 39.92133699351021}) < 1.0);
    QVERIFY(metres(bd09ToGcj02({116.404, 39.915}), {116.39762729119315, 39.90865673957631}) < 1.0);
    // coordtransform_rs tests: wgs84_to_bd09(116.404, 39.915), and back.
    QVERIFY(metres(wgs84ToBd09({116.404, 39.915}), {116.41662724378733, 39.922699552216216}) < 1.0);
    QVERIFY(metres(bd09ToWgs84({116.41662724378733, 39.922699552216216}), {116.404, 39.915}) < 1.0);
    // Not used: published *inverse* pairs (eviltransform's TESTS_bd, coordtransform's gcj02_to_wgs84) come
    // from a one-step approximate inverse, off by metres (eviltransform's own test allows 5 m); ours iterates
    // to the exact inverse, so it is checked against the forward pairs above.
}

void TstChinaOffsets::roundTripsOverHenan()
{
    // Every 0.1° over Henan's box: there and back again within a centimetre.
    double worst = 0;
    for (double lon = 110.3; lon <= 116.7; lon += 0.1) {
        for (double lat = 31.3; lat <= 36.4; lat += 0.1) {
            const QPointF p(lon, lat);
            worst = std::max(worst, metres(gcj02ToWgs84(wgs84ToGcj02(p)), p));
            worst = std::max(worst, metres(bd09ToWgs84(wgs84ToBd09(p)), p));
        }
    }
    QVERIFY2(worst < 0.01, qPrintable(QString::number(worst)));
}

void TstChinaOffsets::outsideChinaUnchanged()
{
    QCOMPARE(wgs84ToGcj02({2.35, 48.85}), QPointF(2.35, 48.85));
    QCOMPARE(gcj02ToWgs84({2.35, 48.85}), QPointF(2.35, 48.85));
}

QTEST_GUILESS_MAIN(TstChinaOffsets)
#include "tst_chinaoffsets.moc"
