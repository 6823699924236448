// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis widgets as a user drives them: the measure tools on a real canvas (clicks, double-click,
// Enter, Backspace, Esc) give GeodesicMeasure's length and area of the clicked places within 0.1 %, in
// Gauss-Krüger and in Web Mercator; the What Lies Inside panel counts and a row click selects what the
// row counts and zooms there; the Select by Location dialog's request selects.
#include "analysis/selectbylocationdialog.h"
#include "analysis/summarypanel.h"
#include "canvas/mapcanvas.h"
#include "canvas/measuretool.h"
#include "geo/coordinatetransform.h"
#include "geo/geodesicmeasure.h"
#include "itemmodels/summarytablemodel.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "testsupport.h"

#include <QComboBox>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace ecoplan;

namespace {
/// With ECOPLAN_SCREENSHOT_DIR set (run under xvfb-run to look at the widgets), saves `w` there.
void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ECOPLAN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TstAnalysisWidgets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void measureDistance_data();
    void measureDistance();
    void measureArea();
    void summaryRowClickSelectsAndZooms();
    void selectByLocationDialog();

private:
    QList<QPointF> lonLat(const QList<QPoint> &widget) const
    {
        const CoordinateTransform t(m_project->displayCrs(), Crs::fromEpsg(4490));
        QList<QPointF> out;
        for (const QPoint &p : widget)
            out.append(t.transform(m_canvas->toMap(p)));
        return out;
    }
    void addPoints();

    std::unique_ptr<Project> m_project;
    std::unique_ptr<MapCanvas> m_canvas;
};

void TstAnalysisWidgets::initTestCase()
{
    test::setUpFonts();
}

void TstAnalysisWidgets::init()
{
    auto p = ProjectLoader::openProject(test::demoProject());
    QVERIFY2(p, qPrintable(p.error()));
    m_project = std::move(*p);
    m_canvas = std::make_unique<MapCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_canvas->setProject(m_project.get());
    // 80 km by 60 km near Xuchang: 100 m per pixel.
    m_canvas->setExtent(QRectF(QPointF(446000, 3732000), QSizeF(80000, 60000)));
}

void TstAnalysisWidgets::cleanup()
{
    m_canvas.reset();
    m_project.reset();
}

void TstAnalysisWidgets::measureDistance_data()
{
    QTest::addColumn<int>("crs");
    QTest::newRow("Gauss-Krüger") << 4547;
    QTest::newRow("Web Mercator") << 3857;
}

void TstAnalysisWidgets::measureDistance()
{
    QFETCH(int, crs);
    if (crs != 4547) {
        const QRectF lonLatBox = CoordinateTransform(m_project->displayCrs(), Crs::fromEpsg(4326))
                                     .transformBounds(m_canvas->extent());
        m_project->setDisplayCrs(Crs::fromEpsg(crs));
        QTest::qWait(50); // the canvas follows the new CRS first
        m_canvas->setExtent(
            CoordinateTransform(Crs::fromEpsg(4326), Crs::fromEpsg(crs)).transformBounds(lonLatBox));
    }
    MeasureTool tool(m_canvas.get(), MeasureTool::Mode::Distance);
    m_canvas->setMapTool(&tool);
    QSignalSpy measured(&tool, &MeasureTool::measured);
    const QList<QPoint> clicks = {{100, 100}, {500, 150}, {600, 500}};
    for (const QPoint &p : clicks)
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, p);
    // Live: the mouse position counts until the measurement is finished.
    // (Qt drops a move to where the pointer already is, as after an earlier row of this test.)
    QTest::mouseMove(m_canvas.get(), QPoint(650, 520));
    QTest::mouseMove(m_canvas.get(), QPoint(700, 550));
    const double live = GeodesicMeasure::length(lonLat(clicks + QList<QPoint>{{700, 550}}));
    QVERIFY2(std::abs(tool.value() - live) < 1e-6 * live,
             qPrintable(QStringLiteral("%1 against %2").arg(tool.value()).arg(live)));
    QTest::keyClick(m_canvas.get(), Qt::Key_Backspace);
    QCOMPARE(tool.points().size(), 2);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, clicks[2]);
    QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, clicks[2]);
    QVERIFY(tool.isFinished());
    QCOMPARE(tool.points().size(), 3);
    const double expected = GeodesicMeasure::length(lonLat(clicks));
    QVERIFY2(std::abs(tool.value() - expected) < expected * 1e-3,
             qPrintable(QStringLiteral("%1 against %2").arg(tool.value()).arg(expected)));
    // 400 px at 100 m is about 40 km, whatever the projection's scale.
    QVERIFY(expected > 70000 && expected < 110000);
    QVERIFY(!measured.isEmpty());
    QCOMPARE(measured.last().first().toString(), tool.text());
    QVERIFY(tool.text().contains(GeodesicMeasure::formatLength(tool.value())));
    // The next click starts anew; Esc clears.
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(50, 50));
    QCOMPARE(tool.points().size(), 1);
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QVERIFY(tool.points().isEmpty());
    QCOMPARE(measured.last().first().toString(), QString());
    m_canvas->setMapTool(nullptr);
}

void TstAnalysisWidgets::measureArea()
{
    MeasureTool tool(m_canvas.get(), MeasureTool::Mode::Area);
    m_canvas->setMapTool(&tool);
    const QList<QPoint> clicks = {{100, 100}, {500, 100}, {500, 400}, {100, 400}};
    for (const QPoint &p : clicks)
        QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, p);
    QTest::keyClick(m_canvas.get(), Qt::Key_Return);
    QVERIFY(tool.isFinished());
    const double expected = GeodesicMeasure::area(lonLat(clicks));
    QVERIFY2(std::abs(tool.value() - expected) < expected * 1e-3,
             qPrintable(QStringLiteral("%1 against %2").arg(tool.value()).arg(expected)));
    // 40 km by 30 km.
    QVERIFY(std::abs(expected - 1.2e9) < 0.01 * 1.2e9);
    QVERIFY(tool.text().contains(GeodesicMeasure::formatArea(expected)));
    QTest::qWait(300); // the map behind the sketch
    screenshot(*m_canvas, QStringLiteral("measure-area"));
    m_canvas->setMapTool(nullptr);
}

void TstAnalysisWidgets::addPoints()
{
    // 2,000 outfalls as a layer of their own, spread over Henan's box.
    std::mt19937_64 rng(9);
    const std::vector<QPointF> points = test::randomPointsInHenan(2000, rng);
    std::vector<Geometry> geometries;
    std::vector<QVariantList> attributes;
    for (std::size_t i = 0; i < points.size(); ++i) {
        geometries.push_back({{points[i]}, {1}});
        attributes.push_back({i % 2 ? QStringLiteral("industrial") : QStringLiteral("municipal")});
    }
    auto layer = std::make_shared<VectorLayer>();
    layer->id = QStringLiteral("testpoints");
    layer->title = QStringLiteral("Test points");
    layer->data =
        test::memoryLayer(GeometryKind::Point, std::move(geometries), {{QStringLiteral("outfall_type")}},
                          std::move(attributes), m_project->displayCrs());
    m_project->addLayers({layer});
}

void TstAnalysisWidgets::summaryRowClickSelectsAndZooms()
{
    addPoints();
    SummaryPanel panel;
    panel.setProject(m_project.get());
    panel.resize(900, 500);
    panel.show();
    panel.choose(QStringLiteral("testpoints"), QStringLiteral("prefectures"), {},
                 QStringLiteral("outfall_type"));
    QVERIFY(panel.summarise());
    QCOMPARE(panel.model()->rowCount(), 18);
    QCOMPARE(panel.model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Count"));
    QSignalSpy zoom(&panel, &SummaryPanel::zoomRequested);
    // Click the third row as shown.
    QTableView *view = panel.view();
    const QRect cell = view->visualRect(view->model()->index(2, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    const SummaryRow &row = panel.model()->summary().rows[2];
    QVERIFY(!row.members.empty());
    const auto &selection = m_project->selection();
    QCOMPARE(selection.value(QStringLiteral("testpoints")),
             QSet<std::uint32_t>(row.members.begin(), row.members.end()));
    QCOMPARE(selection.value(QStringLiteral("prefectures")), QSet<std::uint32_t>{*row.area});
    QCOMPARE(zoom.size(), 1);
    screenshot(panel, QStringLiteral("summary-panel"));
    QCOMPARE(zoom.first().first().toRectF(),
             m_project->layer(QStringLiteral("prefectures"))->data->bounds(*row.area));
    // Sorted by count, the first row shown is the one with the most.
    view->sortByColumn(2, Qt::DescendingOrder);
    panel.activateRow(0);
    qsizetype most = 0;
    for (const SummaryRow &r : panel.model()->summary().rows)
        most = std::max(most, qsizetype(r.members.size()));
    QCOMPARE(qsizetype(m_project->selection().value(QStringLiteral("testpoints")).size()), most);
    // Grouped by a field of the points.
    panel.choose(QStringLiteral("testpoints"), {}, QStringLiteral("outfall_type"));
    QVERIFY(panel.summarise());
    QCOMPARE(panel.model()->rowCount(), 2);
}

void TstAnalysisWidgets::selectByLocationDialog()
{
    addPoints();
    m_project->setSelection({{QStringLiteral("prefectures"), {0}}});
    SelectByLocationDialog dialog(*m_project);
    auto *target = dialog.findChild<QComboBox *>(QStringLiteral("selectByLocation.target"));
    target->setCurrentIndex(target->findData(QStringLiteral("testpoints")));
    auto *predicate = dialog.findChild<QComboBox *>(QStringLiteral("selectByLocation.predicate"));
    predicate->setCurrentIndex(predicate->findData(int(SpatialPredicate::Within)));
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("selectByLocation.fromSelection"))->isChecked());
    const auto fromSelection = SpatialSelection::select(dialog.request());
    QVERIFY(fromSelection && !fromSelection->empty());
    dialog.findChild<QRadioButton *>(QStringLiteral("selectByLocation.fromLayer"))->setChecked(true);
    auto *source = dialog.findChild<QComboBox *>(QStringLiteral("selectByLocation.source"));
    source->setCurrentIndex(source->findData(QStringLiteral("prefectures")));
    const auto fromLayer = SpatialSelection::select(dialog.request());
    QVERIFY(fromLayer && fromLayer->size() > fromSelection->size() * 5);
    predicate->setCurrentIndex(predicate->findData(int(SpatialPredicate::WithinDistance)));
    dialog.show();
    screenshot(dialog, QStringLiteral("select-by-location"));
}

QTEST_MAIN(TstAnalysisWidgets)
#include "tst_analysiswidgets.moc"
