// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the coordinate pipeline: lon/lat → CGCS2000 Gauss-Kruger agrees with PROJ's own cs2cs to 1 mm,
// axis order is always easting/northing, bounds are densified, and CRS metadata is right.
#include "geo/coordinatetransform.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ecoplan;

class TstCrs : public QObject
{
    Q_OBJECT
private slots:
    void knownCoordinates_data();
    void knownCoordinates();
    void agreesWithCs2cs();
    void inverseRoundTrip();
    void boundsCoverCurvedEdges();
    void metadata();
    void invalidDefinition();
};

void TstCrs::knownCoordinates_data()
{
    QTest::addColumn<int>("epsg");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    // Values printed by `cs2cs -f %.4f EPSG:4326 EPSG:<code>` (PROJ 9.1.1), easting/northing order.
    QTest::newRow("Zhengzhou GK114") << 4547 << 113.6254 << 34.7466 << 465698.2782 << 3846545.0574;
    QTest::newRow("on the CM 114E") << 4547 << 114.0 << 33.5 << 500000.0 << 3708202.5014;
    QTest::newRow("SW corner GK114") << 4547 << 111.0 << 32.0 << 216463.3588 << 3545788.2247;
    QTest::newRow("NE corner GK114") << 4547 << 116.5 << 36.0 << 725431.5158 << 3988434.5567;
    QTest::newRow("Zhengzhou GK111") << 4546 << 113.6254 << 34.7466 << 740434.1835 << 3849622.0507;
    QTest::newRow("Zhengzhou WebMercator") << 3857 << 113.6254 << 34.7466 << 12648721.6692 << 4129498.1951;
}

void TstCrs::knownCoordinates()
{
    QFETCH(int, epsg);
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, x);
    QFETCH(double, y);
    const CoordinateTransform t(Crs::wgs84(), Crs::fromEpsg(epsg));
    QVERIFY(t.isValid());
    const QPointF p = t.transform(QPointF(lon, lat));
    QVERIFY2(std::abs(p.x() - x) < 0.001,
             qPrintable(QStringLiteral("x %1 vs %2").arg(p.x(), 0, 'f', 4).arg(x, 0, 'f', 4)));
    QVERIFY2(std::abs(p.y() - y) < 0.001,
             qPrintable(QStringLiteral("y %1 vs %2").arg(p.y(), 0, 'f', 4).arg(y, 0, 'f', 4)));
}

void TstCrs::agreesWithCs2cs()
{
    // Cross-check at run time against the cs2cs on this machine over a grid covering Henan.
    const QString cs2cs = QStandardPaths::findExecutable(QStringLiteral("cs2cs"));
    if (cs2cs.isEmpty())
        QSKIP("cs2cs (Debian proj-bin) is not installed; the fixed values above still ran");
    QString input;
    QList<QPointF> points;
    for (double lon = 110.4; lon <= 116.6; lon += 0.31) {
        for (double lat = 31.4; lat <= 36.4; lat += 0.37) {
            points << QPointF(lon, lat);
            input += QStringLiteral("%1 %2\n").arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6);
        }
    }
    QProcess proc;
    proc.start(cs2cs, {QStringLiteral("-f"), QStringLiteral("%.4f"), QStringLiteral("EPSG:4326"),
                       QStringLiteral("EPSG:4547")});
    proc.write(input.toUtf8());
    proc.closeWriteChannel();
    QVERIFY(proc.waitForFinished(30000));
    const QStringList lines =
        QString::fromUtf8(proc.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), points.size());
    const CoordinateTransform t(Crs::wgs84(), Crs::fromEpsg(4547));
    for (int i = 0; i < points.size(); ++i) {
        const QStringList v = lines[i].split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        // EPSG:4547's authority axis order is northing, easting; ours is always easting, northing.
        const QPointF expected(v[1].toDouble(), v[0].toDouble());
        const QPointF got = t.transform(points[i]);
        QVERIFY2(std::abs(got.x() - expected.x()) <= 0.001 && std::abs(got.y() - expected.y()) <= 0.001,
                 qPrintable(QStringLiteral("point %1: %2,%3 vs cs2cs %4,%5")
                                .arg(i)
                                .arg(got.x(), 0, 'f', 4)
                                .arg(got.y(), 0, 'f', 4)
                                .arg(expected.x(), 0, 'f', 4)
                                .arg(expected.y(), 0, 'f', 4)));
    }
}

void TstCrs::inverseRoundTrip()
{
    const CoordinateTransform t(Crs::wgs84(), Crs::fromEpsg(4547));
    const QPointF ll(112.45, 34.62);
    const QPointF back = t.transform(t.transform(ll), true);
    QVERIFY(std::abs(back.x() - ll.x()) < 1e-9);
    QVERIFY(std::abs(back.y() - ll.y()) < 1e-9);
    // A second transform between the same systems comes from the pipeline cache and must agree exactly.
    const CoordinateTransform again(Crs::wgs84(), Crs::fromEpsg(4547));
    QCOMPARE(again.transform(ll), t.transform(ll));
}

void TstCrs::boundsCoverCurvedEdges()
{
    // A lon/lat box becomes a curved shape in Gauss-Kruger: parallels curve north away from the central
    // meridian, so the south edge dips lowest at 114E, below both corners. Corners alone would miss it.
    const CoordinateTransform t(Crs::wgs84(), Crs::fromEpsg(4547));
    const QRectF box(QPointF(110.0, 31.0), QPointF(118.0, 37.0));
    const QRectF b = t.transformBounds(box);
    const QPointF southMiddle = t.transform(QPointF(114.0, 31.0));
    QVERIFY(southMiddle.y() < t.transform(QPointF(110.0, 31.0)).y());
    QVERIFY(b.top() <= southMiddle.y());
}

void TstCrs::metadata()
{
    const Crs gk = Crs::fromEpsg(4547);
    QVERIFY(gk.isValid());
    QCOMPARE(gk.epsg(), 4547);
    QVERIFY(!gk.isGeographic());
    QVERIFY(gk.name().contains(QStringLiteral("114E")));
    QVERIFY(Crs::wgs84().isGeographic());
    QCOMPARE(Crs::defaultDisplay().authId(), QStringLiteral("EPSG:4547"));
    // WKT without an ID is identified when PROJ is sure.
    const Crs fromWkt =
        Crs::fromDefinition(QStringLiteral("GEOGCRS[\"WGS 84\",DATUM[\"World Geodetic System "
                                           "1984\",ELLIPSOID[\"WGS 84\",6378137,298.257223563]],"
                                           "CS[ellipsoidal,2],AXIS[\"latitude\",north],AXIS[\"longitude\","
                                           "east],ANGLEUNIT[\"degree\",0.0174532925199433]]"));
    QVERIFY(fromWkt.isValid());
    QCOMPARE(fromWkt.epsg(), 4326);
}

void TstCrs::invalidDefinition()
{
    QVERIFY(!Crs::fromDefinition(QStringLiteral("EPSG:999999")).isValid());
    QVERIFY(!Crs::fromDefinition(QStringLiteral("not a crs")).isValid());
}

QTEST_GUILESS_MAIN(TstCrs)
#include "tst_crs.moc"
