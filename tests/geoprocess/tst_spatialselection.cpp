// SPDX-License-Identifier: GPL-3.0-or-later
// Select by location: within a distance equals a brute-force geodesic distance check; within and
// intersects against another layer equal OGR's answers; a feature across the border of two selected
// counties is within the selection but not within either; the current selection as source gives a subset
// of what the whole layer gives.
#include "ogrtestsupport.h"
#include "testsupport.h"

#include "geo/geodesicmeasure.h"
#include "geoprocess/spatialselection.h"
#include "project/project.h"
#include "project/projectloader.h"

#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace ecoplan;

namespace {

std::vector<std::uint32_t> all(const LayerData &layer)
{
    std::vector<std::uint32_t> out(layer.size());
    for (std::uint32_t i = 0; i < layer.size(); ++i)
        out[i] = i;
    return out;
}

std::vector<Geometry> pointGeometries(const std::vector<QPointF> &points)
{
    std::vector<Geometry> out;
    for (const QPointF &p : points)
        out.push_back({{p}, {1}});
    return out;
}

} // namespace

class TstSpatialSelection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void withinDistanceEqualsGeodesicBruteForce_data();
    void withinDistanceEqualsGeodesicBruteForce();
    void pointsWithinAndIntersectingCounties();
    void withinTheUnionOfSelectedCounties();
    void selectionAsSourceIsASubsetOfTheLayer();
    void refusals();

private:
    std::unique_ptr<Project> m_project;
    std::shared_ptr<const LayerData> m_counties;
};

void TstSpatialSelection::initTestCase()
{
    GDALAllRegister();
    auto opened = ProjectLoader::openProject(test::demoProject());
    QVERIFY2(opened, qPrintable(opened.error()));
    m_project = std::move(*opened);
    m_counties = m_project->layer(QStringLiteral("counties"))->data;
}

void TstSpatialSelection::withinDistanceEqualsGeodesicBruteForce_data()
{
    QTest::addColumn<double>("metres");
    QTest::addColumn<int>("display"); // the display CRS the layers were loaded in
    QTest::newRow("5 km, Gauss-Krüger") << 5000.0 << 4547;
    QTest::newRow("20 km, Gauss-Krüger") << 20000.0 << 4547;
    QTest::newRow("5 km, Web Mercator display") << 5000.0 << 3857;
    QTest::newRow("0 m") << 0.0 << 4547;
}

void TstSpatialSelection::withinDistanceEqualsGeodesicBruteForce()
{
    QFETCH(double, metres);
    QFETCH(int, display);
    std::mt19937_64 rng(7);
    const std::vector<QPointF> sources = test::randomPointsInHenan(40, rng);
    std::vector<QPointF> targets = test::randomPointsInHenan(6000, rng);
    targets.push_back(sources[3]); // the same place: within any distance, 0 included
    const Crs crs = Crs::fromEpsg(display);
    const auto sourceLayer = test::memoryLayer(GeometryKind::Point, pointGeometries(sources), {},
                                               std::vector<QVariantList>(sources.size()), crs);
    const auto targetLayer = test::memoryLayer(GeometryKind::Point, pointGeometries(targets), {},
                                               std::vector<QVariantList>(targets.size()), crs);
    const auto selected = SpatialSelection::select(
        {targetLayer, {{sourceLayer, all(*sourceLayer)}}, SpatialPredicate::WithinDistance, metres});
    QVERIFY2(selected, qPrintable(selected.error()));

    int expected = 0, ambiguous = 0;
    for (std::uint32_t t = 0; t < targets.size(); ++t) {
        double nearest = INFINITY;
        for (const QPointF &s : sources)
            nearest = std::min(nearest, GeodesicMeasure::length({targets[t], s}));
        const bool isSelected = std::binary_search(selected->begin(), selected->end(), t);
        // Within 0.01 % (or a millimetre) of the distance either answer is right.
        if (std::abs(nearest - metres) <= std::max(metres * 1e-4, 1e-3)) {
            ++ambiguous;
            continue;
        }
        QVERIFY2(isSelected == (nearest <= metres),
                 qPrintable(QStringLiteral("target %1 at %2 m").arg(t).arg(nearest, 0, 'f', 3)));
        expected += nearest <= metres;
    }
    QVERIFY(ambiguous < 3);
    QVERIFY(metres == 0 || expected > 20);
}

void TstSpatialSelection::pointsWithinAndIntersectingCounties()
{
    // Points: within and intersects agree with OGR's Within on each county.
    std::mt19937_64 rng(3);
    const std::vector<QPointF> points = test::randomPointsInHenan(3000, rng);
    const auto layer = test::memoryLayer(GeometryKind::Point, pointGeometries(points), {},
                                         std::vector<QVariantList>(points.size()));
    GDALDatasetUniquePtr ds(GDALDataset::Open(test::demoProject().toUtf8().constData(), GDAL_OF_VECTOR));
    OGRLayer *province = ds->GetLayerByName("province");
    OGRFeatureUniquePtr henan(province->GetNextFeature());
    std::vector<std::uint32_t> expected;
    for (std::uint32_t i = 0; i < points.size(); ++i) {
        const OGRPoint p(points[i].x(), points[i].y());
        if (p.Within(henan->GetGeometryRef()))
            expected.push_back(i);
    }
    for (const SpatialPredicate predicate : {SpatialPredicate::Within, SpatialPredicate::Intersects}) {
        const auto selected = SpatialSelection::select({layer, {{m_counties, all(*m_counties)}}, predicate});
        QVERIFY2(selected, qPrintable(selected.error()));
        // The counties tile the province (as generalised, with slivers): nearly every point agrees.
        std::vector<std::uint32_t> differ;
        std::set_symmetric_difference(selected->begin(), selected->end(), expected.begin(), expected.end(),
                                      std::back_inserter(differ));
        QVERIFY2(differ.size() <= expected.size() / 200, qPrintable(QString::number(differ.size())));
    }
}

void TstSpatialSelection::withinTheUnionOfSelectedCounties()
{
    // Two neighbouring counties and a square of about 400 m on their shared border, inside the two
    // together (the generalised boundaries leave slivers in places, so the spot is searched for).
    GDALDatasetUniquePtr ds(GDALDataset::Open(test::demoProject().toUtf8().constData(), GDAL_OF_VECTOR));
    std::vector<std::unique_ptr<OGRGeometry>> shapes;
    for (auto &&f : *ds->GetLayerByName("counties"))
        shapes.emplace_back(f->GetGeometryRef()->clone());
    const double half = 0.002;
    std::uint32_t a = 0, b = 0;
    std::optional<Geometry> square;
    const OGRPolygon *first = wkbFlatten(shapes[a]->getGeometryType()) == wkbPolygon
                                  ? shapes[a]->toPolygon()
                                  : shapes[a]->toMultiPolygon()->getGeometryRef(0);
    const OGRLinearRing *ring = first->getExteriorRing();
    for (int v = 0; v < ring->getNumPoints() && !square; v += 5) {
        const Geometry candidate = test::squareRing({ring->getX(v) - half, ring->getY(v) - half}, 2 * half);
        const auto s = test::ogrPolygon(candidate);
        if (s->Within(shapes[a].get()))
            continue;
        for (b = 1; b < shapes.size(); ++b) {
            if (!s->Intersects(shapes[b].get()) || s->Within(shapes[b].get()))
                continue;
            std::unique_ptr<OGRGeometry> both(shapes[a]->Union(shapes[b].get()));
            if (s->Within(both.get())) {
                square = candidate;
                break;
            }
        }
    }
    QVERIFY(square);
    const auto mine = test::memoryLayer(GeometryKind::Polygon, {*square}, {}, {{}});
    auto select = [&](SpatialPredicate p, std::vector<std::uint32_t> sources) {
        const auto r = SpatialSelection::select({mine, {{m_counties, std::move(sources)}}, p});
        return r ? r->size() : 99;
    };
    QCOMPARE(select(SpatialPredicate::Within, {a, b}), std::size_t(1));
    QCOMPARE(select(SpatialPredicate::Within, {a}), std::size_t(0));
    QCOMPARE(select(SpatialPredicate::Intersects, {a}), std::size_t(1));
    QCOMPARE(select(SpatialPredicate::Intersects, {b}), std::size_t(1));
}

void TstSpatialSelection::selectionAsSourceIsASubsetOfTheLayer()
{
    std::mt19937_64 rng(5);
    const std::vector<QPointF> points = test::randomPointsInHenan(4000, rng);
    const auto layer = test::memoryLayer(GeometryKind::Point, pointGeometries(points), {},
                                         std::vector<QVariantList>(points.size()));
    m_project->setSelection({{QStringLiteral("counties"), {0, 1, 2}}});
    const QList<SourceFeatures> selection = selectedFeatures(*m_project);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.first().indices.size(), std::size_t(3));
    const auto fromSelection = SpatialSelection::select({layer, selection, SpatialPredicate::Within});
    const auto fromLayer =
        SpatialSelection::select({layer, {{m_counties, all(*m_counties)}}, SpatialPredicate::Within});
    QVERIFY(fromSelection && fromLayer);
    QVERIFY(!fromSelection->empty());
    QVERIFY(fromSelection->size() < fromLayer->size() / 10);
    QVERIFY(
        std::includes(fromLayer->begin(), fromLayer->end(), fromSelection->begin(), fromSelection->end()));
    m_project->clearSelection();
    QVERIFY(selectedFeatures(*m_project).isEmpty());
}

void TstSpatialSelection::refusals()
{
    QVERIFY(!SpatialSelection::select({m_counties, {}, SpatialPredicate::Intersects}));
    QVERIFY(
        !SpatialSelection::select({m_counties, {{m_counties, {0}}}, SpatialPredicate::WithinDistance, -1}));
    QVERIFY(!SpatialSelection::select({nullptr, {{m_counties, {0}}}, SpatialPredicate::Intersects}));
}

QTEST_MAIN(TstSpatialSelection)
#include "tst_spatialselection.moc"
