// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the geometry edits behind the map tools: new features get the layer's type, vertices are
// addressed by (part, ring, index) and keep the minimum a line or ring needs, a moved vertex is the only one
// that changes (the others keep their stored values to the bit, also with a projected display CRS),
// self-intersecting polygons are refused with GEOS's reason or repaired into a valid multipolygon, and
// pasted geometry is reprojected and refused across kinds.
#include "edit/geometryedit.h"
#include "edit/geometryvalidity.h"
#include "geo/coordinatetransform.h"

#include <QTest>

#include <functional>

#include <ogr_geometry.h>

using namespace ecoplan;

namespace {

const Crs layerCrs = Crs::fromEpsg(4490);
const Crs displayCrs = Crs::fromEpsg(4547);
constexpr LayerGeometryType multiPolygon{GeometryKind::Polygon, true};
constexpr LayerGeometryType polygon{GeometryKind::Polygon, false};

/// A mine-sized square near Xuchang (CGCS2000 lon/lat) with coordinates that do not survive a PROJ round
/// trip unchanged, so an untouched vertex that went through PROJ would show.
const QString square = QStringLiteral("MULTIPOLYGON (((113.812345678901 34.012345678901,113.822345678901 "
                                      "34.012345678901,113.822345678901 34.022345678901,113.812345678901 "
                                      "34.022345678901,113.812345678901 34.012345678901)))");

/// The vertices of `wkt` as stored doubles, in WKT order (ring closing vertices included).
std::vector<QPointF> pointsOf(const QString &wkt)
{
    OGRGeometry *g = nullptr;
    const QByteArray utf8 = wkt.toUtf8();
    OGRGeometryFactory::createFromWkt(utf8.constData(), nullptr, &g);
    std::vector<QPointF> out;
    if (!g)
        return out;
    const OGRGeometryUniquePtr owner(g);
    std::function<void(const OGRGeometry &)> walk = [&](const OGRGeometry &x) {
        switch (wkbFlatten(x.getGeometryType())) {
        case wkbPoint:
            out.emplace_back(x.toPoint()->getX(), x.toPoint()->getY());
            break;
        case wkbLineString:
        case wkbLinearRing:
            for (const OGRPoint &p : *x.toLineString())
                out.emplace_back(p.getX(), p.getY());
            break;
        case wkbPolygon:
            for (const OGRLinearRing *r : *x.toPolygon())
                walk(*r);
            break;
        default:
            for (const OGRGeometry *part : *x.toGeometryCollection())
                walk(*part);
        }
    };
    walk(*g);
    return out;
}

QString typeName(const QString &wkt)
{
    return wkt.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('('), 0, 0);
}

} // namespace

class TstGeometryEdit : public QObject
{
    Q_OBJECT
private slots:
    void buildGivesLayerType_data();
    void buildGivesLayerType();
    void buildRefusesTooFewVertices();
    void verticesAreAddressed();
    void moveVertexChangesOnlyThatVertex();
    void movingFirstVertexMovesClosingVertex();
    void insertVertex();
    void deleteVertexKeepsMinimum();
    void translateMovesByDisplayDelta();
    void nearestVertexAndInsertion();
    void selfIntersectionRefusedWithReason();
    void makeValidGivesValidMultiPolygon();
    void repairRefusedWhenKindChanges();
    void reprojectAndCoerce();

private:
    GeometryEditor editor(LayerGeometryType type) const { return GeometryEditor(type, layerCrs, displayCrs); }
    /// Display-CRS position of a lon/lat.
    QPointF display(const QPointF &lonLat) const
    {
        return CoordinateTransform(layerCrs, displayCrs).transform(lonLat);
    }
};

void TstGeometryEdit::buildGivesLayerType_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("multi");
    QTest::addColumn<int>("clicks");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("points");
    QTest::newRow("point") << int(GeometryKind::Point) << false << 1 << "POINT" << 1;
    QTest::newRow("multipoint") << int(GeometryKind::Point) << true << 1 << "MULTIPOINT" << 1;
    QTest::newRow("line") << int(GeometryKind::Line) << false << 3 << "LINESTRING" << 3;
    QTest::newRow("multiline") << int(GeometryKind::Line) << true << 2 << "MULTILINESTRING" << 2;
    QTest::newRow("polygon") << int(GeometryKind::Polygon) << false << 3 << "POLYGON" << 4;
    QTest::newRow("multipolygon") << int(GeometryKind::Polygon) << true << 4 << "MULTIPOLYGON" << 5;
}

void TstGeometryEdit::buildGivesLayerType()
{
    QFETCH(int, kind);
    QFETCH(bool, multi);
    QFETCH(int, clicks);
    QFETCH(QString, type);
    QFETCH(int, points);
    const QList<QPointF> all{display({113.80, 34.00}), display({113.82, 34.00}), display({113.82, 34.02}),
                             display({113.80, 34.02})};
    const Result<QString> wkt = editor({GeometryKind(kind), multi}).build(all.mid(0, clicks));
    QVERIFY2(wkt.ok(), qPrintable(wkt.error()));
    QCOMPARE(typeName(*wkt), type);
    const auto pts = pointsOf(*wkt);
    QCOMPARE(int(pts.size()), points);
    // In the layer CRS (lon/lat), not the display CRS's metres.
    QVERIFY(std::abs(pts.front().x() - 113.80) < 1e-9);
    QVERIFY(std::abs(pts.front().y() - 34.00) < 1e-9);
    if (GeometryKind(kind) == GeometryKind::Polygon)
        QCOMPARE(pts.back(), pts.front()); // closed
}

void TstGeometryEdit::buildRefusesTooFewVertices()
{
    const QList<QPointF> two{display({113.80, 34.00}), display({113.82, 34.00})};
    const Result<QString> poly = editor(multiPolygon).build(two);
    QVERIFY(!poly.ok());
    QVERIFY2(poly.error().contains(QLatin1String("at least 3")), qPrintable(poly.error()));
    // A repeated click (the double-click that finishes) is not a vertex.
    const Result<QString> line = editor({GeometryKind::Line, false}).build({two[0], two[0]});
    QVERIFY(!line.ok());
    QVERIFY2(line.error().contains(QLatin1String("at least 2")), qPrintable(line.error()));
    QVERIFY(!editor({GeometryKind::Point, false}).build(two).ok());
}

void TstGeometryEdit::verticesAreAddressed()
{
    const QString withHole = QStringLiteral(
        "MULTIPOLYGON (((113.8 34.0,113.9 34.0,113.9 34.1,113.8 34.1,113.8 34.0),(113.82 34.02,113.84 34.02,"
        "113.84 34.04,113.82 34.02)),((114.0 34.0,114.1 34.0,114.0 34.1,114.0 34.0)))");
    const auto vertices = editor(multiPolygon).vertices(withHole);
    QVERIFY(vertices.ok());
    QCOMPARE(vertices->size(), 4 + 3 + 3); // closing vertices are not listed
    QCOMPARE(vertices->at(0).id, (VertexId{0, 0, 0}));
    QCOMPARE(vertices->at(4).id, (VertexId{0, 1, 0}));
    QCOMPARE(vertices->at(9).id, (VertexId{1, 0, 2}));
    const QPointF expected = display({114.0, 34.1});
    QVERIFY(QLineF(vertices->at(9).point, expected).length() < 1e-6);
}

void TstGeometryEdit::moveVertexChangesOnlyThatVertex()
{
    const QPointF to = display({113.825, 34.011});
    const Result<QString> moved = editor(multiPolygon).moveVertex(square, {0, 0, 1}, to);
    QVERIFY2(moved.ok(), qPrintable(moved.error()));
    const auto before = pointsOf(square);
    const auto after = pointsOf(*moved);
    QCOMPARE(after.size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (i == 1)
            continue;
        QCOMPARE(after[i].x(), before[i].x()); // bit for bit: never through PROJ
        QCOMPARE(after[i].y(), before[i].y());
    }
    QVERIFY(std::abs(after[1].x() - 113.825) < 1e-9);
    QVERIFY(std::abs(after[1].y() - 34.011) < 1e-9);
}

void TstGeometryEdit::movingFirstVertexMovesClosingVertex()
{
    const Result<QString> moved =
        editor(multiPolygon).moveVertex(square, {0, 0, 0}, display({113.81, 34.01}));
    QVERIFY(moved.ok());
    const auto after = pointsOf(*moved);
    QCOMPARE(after.front(), after.back());
    QVERIFY(std::abs(after.front().x() - 113.81) < 1e-9);
    QVERIFY(GeometryValidity::check(*moved).ok());
    QVERIFY(
        !editor(multiPolygon).moveVertex(square, {0, 0, 4}, display({113.81, 34.01})).ok()); // no such vertex
}

void TstGeometryEdit::insertVertex()
{
    const GeometryEditor e = editor(multiPolygon);
    const Result<QString> inserted = e.insertVertex(square, {0, 0, 1}, display({113.817, 34.005}));
    QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
    const auto before = pointsOf(square);
    const auto after = pointsOf(*inserted);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after[0], before[0]);
    QVERIFY(std::abs(after[1].x() - 113.817) < 1e-9);
    QCOMPARE(after[2], before[1]);
    QCOMPARE(after.back(), after.front());
    // At the count: on the closing edge, before the closing vertex.
    const Result<QString> appended = e.insertVertex(square, {0, 0, 4}, display({113.81, 34.017}));
    QVERIFY(appended.ok());
    const auto last = pointsOf(*appended);
    QCOMPARE(last.size(), before.size() + 1);
    QVERIFY(std::abs(last[4].x() - 113.81) < 1e-9);
    QCOMPARE(last.back(), before.front());
}

void TstGeometryEdit::deleteVertexKeepsMinimum()
{
    const GeometryEditor e = editor(multiPolygon);
    const Result<QString> triangle = e.deleteVertex(square, {0, 0, 0});
    QVERIFY2(triangle.ok(), qPrintable(triangle.error()));
    const auto pts = pointsOf(*triangle);
    QCOMPARE(pts.size(), std::size_t(4));
    QCOMPARE(pts.front(), pts.back()); // re-closed on the new first vertex
    QCOMPARE(pts.front(), pointsOf(square)[1]);
    const Result<QString> tooFew = e.deleteVertex(*triangle, {0, 0, 1});
    QVERIFY(!tooFew.ok());
    QVERIFY2(tooFew.error().contains(QLatin1String("at least 3")), qPrintable(tooFew.error()));

    const GeometryEditor lines = editor({GeometryKind::Line, false});
    const Result<QString> line =
        lines.deleteVertex(QStringLiteral("LINESTRING (113.8 34.0,113.9 34.0,114.0 34.1)"), {0, 0, 1});
    QVERIFY(line.ok());
    QCOMPARE(pointsOf(*line).size(), std::size_t(2));
    const Result<QString> lineTooShort = lines.deleteVertex(*line, {0, 0, 0});
    QVERIFY(!lineTooShort.ok());
    QVERIFY2(lineTooShort.error().contains(QLatin1String("at least 2")), qPrintable(lineTooShort.error()));

    const Result<QString> point =
        editor({GeometryKind::Point, false}).deleteVertex(QStringLiteral("POINT (113.8 34.0)"), {0, 0, 0});
    QVERIFY(!point.ok());
    QVERIFY2(point.error().contains(QLatin1String("delete the feature")), qPrintable(point.error()));
}

void TstGeometryEdit::translateMovesByDisplayDelta()
{
    const QPointF start = display({113.85, 34.03});
    const Result<QString> moved = editor({GeometryKind::Point, false})
                                      .translate(QStringLiteral("POINT (113.85 34.03)"), {250.0, -100.0});
    QVERIFY(moved.ok());
    const QPointF end = display(pointsOf(*moved).front());
    QVERIFY(QLineF(end, start + QPointF(250.0, -100.0)).length() < 1e-6); // metres in EPSG:4547
}

void TstGeometryEdit::nearestVertexAndInsertion()
{
    const GeometryEditor e = editor(multiPolygon);
    const auto vertices = *e.vertices(square);
    const QPointF corner = vertices[2].point;
    const auto hit = GeometryEditor::nearestVertex(vertices, corner + QPointF(3, -4), 10);
    QVERIFY(hit);
    QCOMPARE(hit->id, (VertexId{0, 0, 2}));
    QVERIFY(!GeometryEditor::nearestVertex(vertices, corner + QPointF(30, 0), 10));
    // Half way along the closing edge (vertex 3 back to 0): a vertex there gets index 4.
    const QPointF middle = (vertices[3].point + vertices[0].point) / 2;
    const auto where = e.insertionAt(vertices, middle + QPointF(2, 0), 10);
    QVERIFY(where);
    QCOMPARE(*where, (VertexId{0, 0, 4}));
}

void TstGeometryEdit::selfIntersectionRefusedWithReason()
{
    const QString bowTie =
        QStringLiteral("MULTIPOLYGON (((113.8 34.0,113.9 34.1,113.9 34.0,113.8 34.1,113.8 34.0)))");
    const Status valid = GeometryValidity::check(bowTie);
    QVERIFY(!valid.ok());
    QVERIFY2(valid.error().contains(QLatin1String("Self-intersection")), qPrintable(valid.error()));
    QVERIFY2(valid.error().contains(QLatin1String("113.85")), qPrintable(valid.error())); // where it crosses
    QString asked;
    const Result<QString> refused =
        GeometryValidity::ensureValid(bowTie, multiPolygon, [&](const QString &problem) {
            asked = problem;
            return false;
        });
    QVERIFY(!refused.ok());
    QCOMPARE(asked, valid.error());
    QCOMPARE(refused.error(), valid.error());
    QVERIFY(!GeometryValidity::ensureValid(bowTie, multiPolygon, {}).ok()); // no one to ask: refused
    QCOMPARE(*GeometryValidity::ensureValid(square, multiPolygon, {}), square);
}

void TstGeometryEdit::makeValidGivesValidMultiPolygon()
{
    const QString bowTie =
        QStringLiteral("POLYGON ((113.8 34.0,113.9 34.1,113.9 34.0,113.8 34.1,113.8 34.0))");
    const Result<QString> repaired =
        GeometryValidity::ensureValid(bowTie, multiPolygon, [](const QString &) { return true; });
    QVERIFY2(repaired.ok(), qPrintable(repaired.error()));
    QCOMPARE(typeName(*repaired), QStringLiteral("MULTIPOLYGON"));
    QVERIFY(GeometryValidity::check(*repaired).ok());
    OGRGeometry *g = nullptr;
    const QByteArray utf8 = repaired->toUtf8();
    OGRGeometryFactory::createFromWkt(utf8.constData(), nullptr, &g);
    const OGRGeometryUniquePtr owner(g);
    QCOMPARE(g->toMultiPolygon()->getNumGeometries(), 2); // the two triangles of the bow tie
    QVERIFY(std::abs(g->toMultiPolygon()->get_Area() - 0.005) < 1e-12);
    // A single-polygon layer cannot hold two parts: refused, with the reason.
    const Result<QString> single = GeometryValidity::repair(bowTie, polygon);
    QVERIFY(!single.ok());
    QVERIFY2(single.error().contains(QLatin1String("several separate parts")), qPrintable(single.error()));
}

void TstGeometryEdit::repairRefusedWhenKindChanges()
{
    // All vertices on one line: the repair leaves a line, which a polygon layer cannot hold.
    const QString flat = QStringLiteral("POLYGON ((113.8 34.0,113.9 34.0,114.0 34.0,113.8 34.0))");
    QVERIFY(!GeometryValidity::check(flat).ok());
    const Result<QString> repaired = GeometryValidity::repair(flat, multiPolygon);
    QVERIFY(!repaired.ok());
    QVERIFY2(repaired.error().contains(QLatin1String("lines")), qPrintable(repaired.error()));
}

void TstGeometryEdit::reprojectAndCoerce()
{
    const Result<QString> moved = reprojectGeometry(QStringLiteral("POLYGON ((500000 3760000,501000 3760000,"
                                                                   "501000 3761000,500000 3760000))"),
                                                    displayCrs, layerCrs, multiPolygon);
    QVERIFY2(moved.ok(), qPrintable(moved.error()));
    QCOMPARE(typeName(*moved), QStringLiteral("MULTIPOLYGON"));
    const QPointF first = pointsOf(*moved).front();
    const QPointF expected = CoordinateTransform(displayCrs, layerCrs).transform(QPointF(500000, 3760000));
    QVERIFY(std::abs(first.x() - 114.0) < 1e-9); // x = 500000 m is the central meridian, 114°E
    QVERIFY(std::abs(first.y() - expected.y()) < 1e-12);
    const Result<QString> wrongKind =
        reprojectGeometry(QStringLiteral("POINT (113.8 34.0)"), layerCrs, layerCrs, multiPolygon);
    QVERIFY(!wrongKind.ok());
    QVERIFY2(wrongKind.error().contains(QLatin1String("another geometry type")),
             qPrintable(wrongKind.error()));
}

QTEST_GUILESS_MAIN(TstGeometryEdit)
#include "tst_geometryedit.moc"
