// SPDX-License-Identifier: GPL-3.0-or-later
// The canal's protection zones: stretches per prefecture, and zone widths measured on the ground (in UTM,
// a projection the zones were not computed in) within 1 %.
#include "testsupport.h"

#include "geoprocess/protectionzones.h"

#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace ecoplan;

class TstProtectionZones : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stretchesPerPrefecture();
    void widthsOnTheGround_data();
    void widthsOnTheGround();
    void zonesDoNotOverlap();
    void badWidthsRefused();

private:
    QString m_canal;
    QList<ProtectionZones::Area> m_prefectures;
};

static QString wktOf(const OGRGeometry *g)
{
    char *text = nullptr;
    g->exportToWkt(&text, wkbVariantIso);
    const QString wkt = QString::fromUtf8(text);
    CPLFree(text);
    return wkt;
}

void TstProtectionZones::initTestCase()
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(test::demoProject().toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer *canal = ds->GetLayerByName("snwd_canal");
    QVERIFY(canal);
    OGRFeatureUniquePtr f(canal->GetNextFeature());
    QVERIFY(f);
    m_canal = wktOf(f->GetGeometryRef());
    for (auto &&p : *ds->GetLayerByName("prefectures"))
        m_prefectures.append({QString::fromUtf8(p->GetFieldAsString("code")),
                              QString::fromUtf8(p->GetFieldAsString("name")), wktOf(p->GetGeometryRef())});
    QCOMPARE(m_prefectures.size(), 18);
}

void TstProtectionZones::stretchesPerPrefecture()
{
    const auto segments = ProtectionZones::segments(m_canal, m_prefectures);
    QVERIFY2(segments.ok(), qPrintable(segments.error()));
    QStringList names;
    for (const CanalSegment &s : *segments)
        names << s.name;
    // The canal's route through Henan (its waypoints are listed in the reference data).
    for (const char *p : {"南阳市", "平顶山市", "许昌市", "郑州市", "焦作市", "新乡市", "鹤壁市", "安阳市"})
        QVERIFY2(names.contains(QString::fromUtf8(p)), qPrintable(names.join(u' ')));
    QVERIFY(!names.contains(QStringLiteral("开封市")));
}

void TstProtectionZones::widthsOnTheGround_data()
{
    QTest::addColumn<double>("half");
    QTest::addColumn<double>("primaryLeft");
    QTest::addColumn<double>("primaryRight");
    QTest::addColumn<double>("secondaryLeft");
    QTest::addColumn<double>("secondaryRight");
    QTest::newRow("defaults") << 100.0 << 50.0 << 50.0 << 1000.0 << 1000.0;
    QTest::newRow("unequal sides") << 100.0 << 50.0 << 300.0 << 150.0 << 1500.0;
    QTest::newRow("no management corridor") << 0.0 << 80.0 << 80.0 << 500.0 << 500.0;
}

void TstProtectionZones::widthsOnTheGround()
{
    QFETCH(double, half);
    QFETCH(double, primaryLeft);
    QFETCH(double, primaryRight);
    QFETCH(double, secondaryLeft);
    QFETCH(double, secondaryRight);
    const ZoneWidths w{half, primaryLeft, primaryRight, secondaryLeft, secondaryRight};
    const auto segments = ProtectionZones::segments(m_canal, m_prefectures, w);
    QVERIFY(segments.ok());
    const auto zones = ProtectionZones::build(*segments);
    QVERIFY2(zones.ok(), qPrintable(zones.error()));
    QCOMPARE(zones->size(), segments->size() * 2);

    OGRSpatialReference geographic, utm;
    geographic.importFromEPSG(4490);
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    utm.importFromEPSG(32649); // WGS 84 / UTM 49N (CM 111°E): not the projection the zones were built in
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toUtm(OGRCreateCoordinateTransformation(&geographic, &utm));
    const auto read = [&](const QString &wkt) {
        OGRGeometry *g = nullptr;
        OGRGeometryFactory::createFromWkt(wkt.toUtf8().constData(), nullptr, &g);
        g->transform(toUtm.get());
        return OGRGeometryUniquePtr(g);
    };
    int checked = 0;
    for (qsizetype i = 0; i < segments->size(); ++i) {
        const CanalSegment &s = segments->at(i);
        if (s.code != QLatin1String("411000") && s.code != QLatin1String("410100"))
            continue; // Xuchang and Zhengzhou, the stretches the Xuchang plan and the capital care about
        const OGRGeometryUniquePtr line = read(s.wkt);
        const OGRGeometryUniquePtr primary = read(zones->at(2 * i).wkt);
        const OGRGeometryUniquePtr secondary = read(zones->at(2 * i + 1).wkt);
        // The middle of the stretch's longest leg, away from bends and cut ends.
        const OGRLineString *leg = line->toMultiLineString()->getGeometryRef(0);
        int best = 0;
        for (int v = 1; v + 1 < leg->getNumPoints(); ++v) {
            if (std::hypot(leg->getX(v + 1) - leg->getX(v), leg->getY(v + 1) - leg->getY(v)) >
                std::hypot(leg->getX(best + 1) - leg->getX(best), leg->getY(best + 1) - leg->getY(best)))
                best = v;
        }
        const double x0 = leg->getX(best), y0 = leg->getY(best), x1 = leg->getX(best + 1),
                     y1 = leg->getY(best + 1);
        const double length = std::hypot(x1 - x0, y1 - y0);
        const double mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
        const double nx = -(y1 - y0) / length, ny = (x1 - x0) / length; // to the left of the direction
        const auto inside = [&](const OGRGeometryUniquePtr &zone, double offset) {
            OGRPoint p(mx + nx * offset, my + ny * offset);
            return zone->Contains(&p);
        };
        // UTM's scale at these longitudes (up to 3° from its meridian) is within 0.15 % of 1: inside 1 %.
        const auto edge = [&](const OGRGeometryUniquePtr &zone, double expected, double side) {
            const double margin = expected * 0.01;
            return inside(zone, side * (expected - margin)) && !inside(zone, side * (expected + margin));
        };
        QVERIFY(edge(primary, half + primaryLeft, +1));
        QVERIFY(edge(primary, half + primaryRight, -1));
        QVERIFY(edge(secondary, half + primaryLeft + secondaryLeft, +1));
        QVERIFY(edge(secondary, half + primaryRight + secondaryRight, -1));
        QVERIFY(!inside(secondary, 0)); // the centreline is primary, not secondary
        ++checked;
    }
    QCOMPARE(checked, 2);
}

void TstProtectionZones::zonesDoNotOverlap()
{
    const auto zones = ProtectionZones::build(*ProtectionZones::segments(m_canal, m_prefectures));
    QVERIFY(zones.ok());
    for (qsizetype i = 0; i + 1 < zones->size(); i += 2) {
        OGRGeometry *p = nullptr, *s = nullptr;
        OGRGeometryFactory::createFromWkt(zones->at(i).wkt.toUtf8().constData(), nullptr, &p);
        OGRGeometryFactory::createFromWkt(zones->at(i + 1).wkt.toUtf8().constData(), nullptr, &s);
        QVERIFY(p->IsValid() && s->IsValid());
        // Sharing the inner edge is fine; sharing area is not.
        OGRGeometryUniquePtr shared(p->Intersection(s));
        double area = 0;
        if (shared && OGR_GT_IsSurface(wkbFlatten(shared->getGeometryType())))
            area = shared->toSurface()->get_Area();
        else if (shared && OGR_GT_IsSubClassOf(wkbFlatten(shared->getGeometryType()), wkbGeometryCollection))
            area = shared->toGeometryCollection()->get_Area();
        // Reprojection leaves slivers of a square metre or so along the shared edge: a millionth of the zone.
        QVERIFY2(area < 1e-6 * p->toMultiPolygon()->get_Area(), qPrintable(QString::number(area)));
        OGRGeometryFactory::destroyGeometry(p);
        OGRGeometryFactory::destroyGeometry(s);
    }
}

void TstProtectionZones::badWidthsRefused()
{
    ZoneWidths w;
    QVERIFY(w.problem().isEmpty());
    w.secondaryLeft = -5;
    QVERIFY(!w.problem().isEmpty());
    auto segments = *ProtectionZones::segments(m_canal, m_prefectures);
    segments[0].widths = w;
    const auto zones = ProtectionZones::build(segments);
    QVERIFY(!zones.ok());
    QVERIFY(zones.error().contains(segments[0].name));
}

QTEST_GUILESS_MAIN(TstProtectionZones)
#include "tst_protectionzones.moc"
