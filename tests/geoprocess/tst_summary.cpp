// SPDX-License-Identifier: GPL-3.0-or-later
// "What lies inside": per-county counts, sums and category counts equal a brute-force count with OGR
// (Contains on every county, no index, in longitude/latitude); polygons count once by their point on
// surface, their area inside is shared out along borders; grouping by a field; the table written as XLSX
// and CSV and read back with OGR.
#include "ogrtestsupport.h"
#include "testsupport.h"

#include "geo/geodesicmeasure.h"
#include "geoprocess/summary.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/tablewriter.h"

#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace ecoplan;

namespace {

const QStringList outfallTypes = {QStringLiteral("industrial"), QStringLiteral("municipal"),
                                  QStringLiteral("agricultural")};

struct County
{
    QString code;
    std::unique_ptr<OGRGeometry> geometry;
    OGREnvelope box;
};

/// Geodesic area (m²) of the polygons in an OGR geometry in longitude/latitude.
double geodesicArea(const OGRGeometry &g)
{
    double area = 0;
    auto ring = [](const OGRLinearRing &r) {
        QList<QPointF> pts;
        for (int i = 0; i < r.getNumPoints(); ++i)
            pts.append({r.getX(i), r.getY(i)});
        return GeodesicMeasure::area(pts);
    };
    const auto type = wkbFlatten(g.getGeometryType());
    if (type == wkbPolygon) {
        const OGRPolygon *p = g.toPolygon();
        area += ring(*p->getExteriorRing());
        for (int i = 0; i < p->getNumInteriorRings(); ++i)
            area -= ring(*p->getInteriorRing(i));
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *g.toGeometryCollection())
            area += geodesicArea(*part);
    }
    return area;
}

} // namespace

class TstSummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pointCountsEqualBruteForce();
    void polygonsCountOnceAndShareTheirArea();
    void groupByField();
    void refusals();
    void exportReadsBack_data();
    void exportReadsBack();

private:
    /// The index of the county whose OGR geometry contains `g`, brute force; -1 if none.
    std::vector<int> countiesContaining(const OGRGeometry &g) const;
    std::unique_ptr<Project> m_project;
    std::vector<County> m_counties;
    std::shared_ptr<const LayerData> m_points;
    std::vector<QPointF> m_lonLat;
    QTemporaryDir m_dir;
};

void TstSummary::initTestCase()
{
    auto opened = ProjectLoader::openProject(test::demoProject());
    QVERIFY2(opened, qPrintable(opened.error()));
    m_project = std::move(*opened);
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(test::demoProject().toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    for (auto &&f : *ds->GetLayerByName("counties")) {
        County c{QString::fromUtf8(f->GetFieldAsString("code")),
                 std::unique_ptr<OGRGeometry>(f->GetGeometryRef()->clone()),
                 {}};
        c.geometry->getEnvelope(&c.box);
        m_counties.push_back(std::move(c));
    }
    QVERIFY(m_counties.size() > 150);

    // 10,000 outfalls over Henan's box (some outside the province): a type (or none) and a discharge.
    std::mt19937_64 rng(4);
    m_lonLat = test::randomPointsInHenan(10000, rng);
    std::vector<Geometry> geometries;
    std::vector<QVariantList> attributes;
    for (std::size_t i = 0; i < m_lonLat.size(); ++i) {
        geometries.push_back({{m_lonLat[i]}, {1}});
        const QVariant type = i % 7 == 0 ? QVariant() : QVariant(outfallTypes[i % 3]);
        attributes.push_back({type, double(i % 100) / 10, QStringLiteral("河%1").arg(i % 5)});
    }
    m_points = test::memoryLayer(GeometryKind::Point, std::move(geometries),
                                 {{QStringLiteral("outfall_type")},
                                  {QStringLiteral("discharge_m3_per_day"), QMetaType::Double},
                                  {QStringLiteral("receiving_river")}},
                                 std::move(attributes));
}

std::vector<int> TstSummary::countiesContaining(const OGRGeometry &g) const
{
    OGREnvelope box;
    g.getEnvelope(&box);
    std::vector<int> out;
    for (std::size_t c = 0; c < m_counties.size(); ++c) {
        if (m_counties[c].box.Contains(box) && m_counties[c].geometry->Contains(&g))
            out.push_back(int(c));
    }
    return out;
}

void TstSummary::pointCountsEqualBruteForce()
{
    const auto summary =
        Summary::byLayer(m_points, m_project->layer(QStringLiteral("counties"))->data,
                         {{QStringLiteral("discharge_m3_per_day")}, QStringLiteral("outfall_type")});
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->table.rows.size(), qsizetype(m_counties.size()));
    QCOMPARE(summary->table.columns.first().name, QStringLiteral("code"));
    QCOMPARE(summary->table.columns[1].name, QStringLiteral("name"));
    QCOMPARE(summary->table.columns[2].name, QStringLiteral("count"));
    const int sum = summary->column(QStringLiteral("discharge_m3_per_day"));
    QVERIFY(sum > 2);

    std::vector<qlonglong> counts(m_counties.size(), 0);
    std::vector<double> sums(m_counties.size(), 0);
    std::vector<QHash<QString, qlonglong>> byType(m_counties.size());
    const FeatureTable &table = m_points->table();
    for (std::size_t i = 0; i < m_lonLat.size(); ++i) {
        const OGRPoint p(m_lonLat[i].x(), m_lonLat[i].y());
        for (int c : countiesContaining(p)) {
            ++counts[c];
            sums[c] += table.attributes[i][1].toDouble();
            if (!table.attributes[i][0].isNull())
                ++byType[c][table.attributes[i][0].toString()];
        }
    }
    qlonglong inside = 0;
    for (std::size_t c = 0; c < m_counties.size(); ++c) {
        const QVariantList &row = summary->table.rows[qsizetype(c)];
        QCOMPARE(row[0].toString(), m_counties[c].code);
        QCOMPARE(row[2].toLongLong(), counts[c]);
        QVERIFY(std::abs(row[sum].toDouble() - sums[c]) < 1e-6);
        for (const QString &type : outfallTypes)
            QCOMPARE(row[summary->column(QStringLiteral("outfall_type=") + type)].toLongLong(),
                     byType[c][type]);
        QCOMPARE(qlonglong(summary->rows[c].members.size()), counts[c]);
        inside += counts[c];
    }
    // Henan takes up about two thirds of its bounding box.
    QVERIFY2(inside > 5000 && inside < 8000, qPrintable(QString::number(inside)));
}

void TstSummary::polygonsCountOnceAndShareTheirArea()
{
    // 400 squares of about 0.5 to 2 km, many across county borders.
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> size(0.005, 0.02);
    std::vector<Geometry> squares;
    std::vector<QVariantList> attributes;
    for (const QPointF &corner : test::randomPointsInHenan(400, rng)) {
        squares.push_back(test::squareRing(corner, size(rng)));
        attributes.push_back({double(squares.size() % 50) + 0.5});
    }
    const auto mines = test::memoryLayer(GeometryKind::Polygon, squares,
                                         {{QStringLiteral("area_mu"), QMetaType::Double}}, attributes);
    const auto summary = Summary::byLayer(mines, m_project->layer(QStringLiteral("counties"))->data,
                                          {{QStringLiteral("area_mu")}, {}});
    QVERIFY2(summary, qPrintable(summary.error()));
    const int sumColumn = summary->column(QStringLiteral("area_mu"));
    const int insideColumn = summary->column(QStringLiteral("area_inside_mu"));
    QVERIFY(sumColumn > 0 && insideColumn > sumColumn);

    std::vector<qlonglong> counts(m_counties.size(), 0);
    std::vector<double> sums(m_counties.size(), 0), areas(m_counties.size(), 0);
    int straddling = 0;
    for (std::size_t m = 0; m < squares.size(); ++m) {
        const auto mine = test::ogrPolygon(squares[m]);
        const std::unique_ptr<OGRGeometry> surface(
            OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(mine.get()))));
        QVERIFY(surface);
        for (int c : countiesContaining(*surface)) {
            ++counts[c];
            sums[c] += attributes[m][0].toDouble();
        }
        OGREnvelope box;
        mine->getEnvelope(&box);
        int met = 0;
        for (std::size_t c = 0; c < m_counties.size(); ++c) {
            if (!m_counties[c].box.Intersects(box) || !m_counties[c].geometry->Intersects(mine.get()))
                continue;
            ++met;
            std::unique_ptr<OGRGeometry> part(m_counties[c].geometry->Intersection(mine.get()));
            areas[c] += geodesicArea(*part) / GeodesicMeasure::squareMetresPerMu;
        }
        straddling += met > 1;
    }
    QVERIFY2(straddling > 5, qPrintable(QString::number(straddling)));
    for (std::size_t c = 0; c < m_counties.size(); ++c) {
        const QVariantList &row = summary->table.rows[qsizetype(c)];
        QCOMPARE(row[2].toLongLong(), counts[c]);
        QVERIFY(std::abs(row[sumColumn].toDouble() - sums[c]) < 1e-6);
        // Intersections made in another CRS differ by far less than 0.1 %, plus the table's rounding.
        QVERIFY2(std::abs(row[insideColumn].toDouble() - areas[c]) <= areas[c] * 1e-3 + 0.01,
                 qPrintable(QStringLiteral("%1: %2 against %3")
                                .arg(m_counties[c].code)
                                .arg(row[insideColumn].toDouble())
                                .arg(areas[c])));
    }
}

void TstSummary::groupByField()
{
    const auto summary =
        Summary::byField(m_points, QStringLiteral("receiving_river"), {{}, QStringLiteral("outfall_type")});
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->table.rows.size(), 5);
    qlonglong total = 0;
    for (qsizetype r = 0; r < summary->table.rows.size(); ++r) {
        const QVariantList &row = summary->table.rows[r];
        QCOMPARE(row[0].toString(), QStringLiteral("河%1").arg(r));
        QCOMPARE(row[2].toLongLong(), 2000);
        for (std::uint32_t m : summary->rows[std::size_t(r)].members)
            QCOMPARE(m_points->table().attributes[m][2].toString(), row[0].toString());
        total += row[2].toLongLong();
    }
    QCOMPARE(total, qlonglong(m_lonLat.size()));
}

void TstSummary::refusals()
{
    const auto counties = m_project->layer(QStringLiteral("counties"))->data;
    QVERIFY(!Summary::byLayer(counties, m_points, {}));                                     // points as areas
    QVERIFY(!Summary::byLayer(m_points, counties, {{QStringLiteral("nope")}, {}}));         // unknown field
    QVERIFY(!Summary::byLayer(m_points, counties, {{QStringLiteral("outfall_type")}, {}})); // text summed
    QVERIFY(!Summary::byLayer(m_points, counties, {{}, QStringLiteral("nope")})); // unknown category
    QVERIFY(!Summary::byField(m_points, QStringLiteral("nope"), {}));
    QCOMPARE(Summary::defaultSumFields(m_points->table()),
             QStringList{QStringLiteral("discharge_m3_per_day")});
}

void TstSummary::exportReadsBack_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TstSummary::exportReadsBack()
{
    QFETCH(QString, suffix);
    const auto summary =
        Summary::byLayer(m_points, m_project->layer(QStringLiteral("counties"))->data,
                         {{QStringLiteral("discharge_m3_per_day")}, QStringLiteral("outfall_type")});
    QVERIFY(summary);
    const QString path = m_dir.filePath(QStringLiteral("summary.") + suffix);
    const Status written = TableWriter::write(summary->table, path);
    QVERIFY2(written, qPrintable(written.error()));
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer *layer = ds->GetLayer(0);
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    QCOMPARE(defn->GetFieldCount(), int(summary->table.columns.size()));
    for (int c = 0; c < defn->GetFieldCount(); ++c)
        QCOMPARE(QString::fromUtf8(defn->GetFieldDefn(c)->GetNameRef()), summary->table.columns[c].name);
    QCOMPARE(layer->GetFeatureCount(), GIntBig(summary->table.rows.size()));
    qsizetype r = 0;
    for (auto &&f : *layer) {
        const QVariantList &row = summary->table.rows[r++];
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString(0)), row[0].toString());
        QCOMPARE(QString::fromUtf8(f->GetFieldAsString(1)), row[1].toString());
        QCOMPARE(f->GetFieldAsInteger64(2), row[2].toLongLong());
        QVERIFY(std::abs(f->GetFieldAsDouble(3) - row[3].toDouble()) < 1e-9);
    }
}

QTEST_MAIN(TstSummary)
#include "tst_summary.moc"
