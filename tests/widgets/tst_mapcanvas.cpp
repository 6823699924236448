// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the canvas: it renders off the GUI thread and shows the result, zooming with the wheel keeps
// the point under the cursor fixed, the typed scale is the scale shown, keys pan, and when views change
// faster than renders finish only the latest view's image is kept.
#include "canvas/mapcanvas.h"
#include "canvas/maptools.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "statusbar/scaleedit.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace ecoplan;

class TstMapCanvas : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void rendersInBackground();
    void wheelZoomKeepsCursorPoint();
    void scaleIsWhatWasTyped();
    void scaleParsing_data();
    void scaleParsing();
    void arrowKeysPan();
    void latestRequestWins();
    void zoomBoxTool();
    void selectToolSelectsAndZoomsToSelection();
    void boxSelectsInActiveLayer();
    void unselectableLayerIsPassedOver();
    void sampleDataNote();

private:
    std::unique_ptr<Project> m_project;
    std::unique_ptr<MapCanvas> m_canvas;
};

void TstMapCanvas::initTestCase()
{
    test::setUpFonts();
}

void TstMapCanvas::init()
{
    m_canvas.reset();
    auto p = ProjectLoader::openProject(test::demoProject());
    QVERIFY(p.ok());
    m_project = std::move(p).value();
    m_canvas = std::make_unique<MapCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    QSignalSpy finished(m_canvas.get(), &MapCanvas::renderFinished);
    m_canvas->setProject(m_project.get());
    QVERIFY(finished.wait(10000));
}

void TstMapCanvas::rendersInBackground()
{
    const QImage img = m_canvas->renderedImage();
    QVERIFY(!img.isNull());
    QCOMPARE(m_canvas->renderedSettings().outputSize, m_canvas->size() * m_canvas->devicePixelRatioF());
    // Something was drawn: not all white.
    int coloured = 0;
    for (int y = 0; y < img.height(); y += 10)
        for (int x = 0; x < img.width(); x += 10)
            coloured += img.pixelColor(x, y) != QColor(Qt::white);
    QVERIFY(coloured > 500);
}

void TstMapCanvas::wheelZoomKeepsCursorPoint()
{
    const QPointF cursor(200, 150);
    const QPointF before = m_canvas->toMap(cursor);
    const double scale = m_canvas->scaleDenominator();
    QWheelEvent wheel(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas.get(), &wheel);
    const QPointF after = m_canvas->toMap(cursor);
    QVERIFY(std::abs(after.x() - before.x()) < 1e-6 * std::abs(before.x()));
    QVERIFY(std::abs(after.y() - before.y()) < 1e-6 * std::abs(before.y()));
    QVERIFY(m_canvas->scaleDenominator() < scale / 1.2);
}

void TstMapCanvas::scaleIsWhatWasTyped()
{
    QSignalSpy scale(m_canvas.get(), &MapCanvas::scaleChanged);
    m_canvas->setScaleDenominator(250000);
    QVERIFY(std::abs(m_canvas->scaleDenominator() - 250000) < 1);
    QVERIFY(!scale.isEmpty());
    // At 1:250000 and the screen's DPI, 1 cm on screen is 2.5 km on the ground (GK metres).
    const double metresPerCm = m_canvas->mapUnitsPerPixel() * m_canvas->logicalDpiX() / 2.54;
    QVERIFY(std::abs(metresPerCm - 2500) < 1);
}

void TstMapCanvas::scaleParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << "1:250000" << 250000.0;
    QTest::newRow("grouped") << "1:250,000" << 250000.0;
    QTest::newRow("full-width colon") << "1：50000" << 50000.0;
    QTest::newRow("number only") << "10000" << 10000.0;
    QTest::newRow("spaces") << " 1 : 1 000 000 " << 1000000.0;
    QTest::newRow("junk") << "big" << 0.0;
    QTest::newRow("zero") << "1:0" << 0.0;
}

void TstMapCanvas::scaleParsing()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QCOMPARE(ScaleEdit::parse(text), value);
}

void TstMapCanvas::arrowKeysPan()
{
    const QPointF before = m_canvas->center();
    QTest::keyClick(m_canvas.get(), Qt::Key_Right);
    QVERIFY(m_canvas->center().x() > before.x());
    QCOMPARE(m_canvas->center().y(), before.y());
    QTest::keyClick(m_canvas.get(), Qt::Key_Up);
    QVERIFY(m_canvas->center().y() > before.y());
    const double scale = m_canvas->scaleDenominator();
    QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
    QVERIFY(std::abs(m_canvas->scaleDenominator() - scale / 2) < 1);
}

void TstMapCanvas::latestRequestWins()
{
    QSignalSpy finished(m_canvas.get(), &MapCanvas::renderFinished);
    // Several views in quick succession: each refresh starts a render before the last one finishes.
    for (int i = 0; i < 5; ++i) {
        m_canvas->zoomBy(1.3, QPointF(400, 300));
        m_canvas->refresh();
        QCoreApplication::processEvents();
    }
    const MapSettings last = m_canvas->settings();
    QTRY_VERIFY_WITH_TIMEOUT(!m_canvas->isRendering(), 20000);
    QVERIFY(finished.count() >= 1);
    QVERIFY(m_canvas->renderedSettings().hasSameView(last));
}

void TstMapCanvas::zoomBoxTool()
{
    ZoomBoxTool tool(m_canvas.get());
    m_canvas->setMapTool(&tool);
    const QPointF topLeft = m_canvas->toMap(QPointF(100, 100));
    const QPointF bottomRight = m_canvas->toMap(QPointF(300, 250));
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseMove(m_canvas.get(), QPoint(300, 250));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 250));
    const QRectF e = m_canvas->extent();
    QVERIFY(e.contains(QRectF(topLeft, bottomRight).normalized().adjusted(1, 1, -1, -1)));
    // The 200x150 box has the canvas's 4:3 shape, so it becomes the whole view.
    QVERIFY(std::abs(e.width() - (bottomRight.x() - topLeft.x())) < 0.01 * e.width());
    m_canvas->setMapTool(nullptr);
}

namespace {

/// The index of the feature of `layer` whose code is `code`.
std::size_t indexOfCode(const VectorLayer *layer, const QString &code)
{
    for (std::size_t i = 0; i < layer->data->size(); ++i) {
        if (layer->data->table().value(i, QStringLiteral("code")).toString() == code)
            return i;
    }
    qFatal("no feature with code %s", qPrintable(code));
}

/// Hides the thematic layers drawn above the boundaries, so that clicks land on the boundaries only.
void showBoundariesOnly(Project &project)
{
    for (const QString &id : {QStringLiteral("outfalls"), QStringLiteral("villages"), QStringLiteral("mines"),
                              QStringLiteral("canal_zones"), QStringLiteral("rivers"),
                              QStringLiteral("snwd_canal")})
        project.setLayerVisible(id, false);
}

} // namespace

void TstMapCanvas::selectToolSelectsAndZoomsToSelection()
{
    showBoundariesOnly(*m_project);
    SelectTool tool(m_canvas.get());
    m_canvas->setMapTool(&tool);
    // A click inside a county selects that county, though counties are drawn as outlines only: not the
    // prefecture drawn under it, nor the province outline drawn above it.
    const VectorLayer *counties = m_project->layer(QStringLiteral("counties"));
    const std::size_t yuzhou = indexOfCode(counties, QStringLiteral("411081"));
    const QPoint click = m_canvas->toWidget(counties->data->labelAnchor(yuzhou)).toPoint();
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, click);
    QCOMPARE(m_project->selection(),
             (QHash<QString, QSet<std::uint32_t>>{{QStringLiteral("counties"), {std::uint32_t(yuzhou)}}}));
    // Shift+click inside another county adds it.
    const std::size_t changge = indexOfCode(counties, QStringLiteral("411082"));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::ShiftModifier,
                      m_canvas->toWidget(counties->data->labelAnchor(changge)).toPoint());
    QCOMPARE(m_project->selection().value(QStringLiteral("counties")),
             (QSet<std::uint32_t>{std::uint32_t(yuzhou), std::uint32_t(changge)}));
    QCOMPARE(m_project->selection().size(), 1);
    // Ctrl+click takes it out again; a plain click replaces the selection.
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, Qt::ControlModifier,
                      m_canvas->toWidget(counties->data->labelAnchor(changge)).toPoint());
    QCOMPARE(m_project->selection().value(QStringLiteral("counties")), QSet<std::uint32_t>{std::uint32_t(yuzhou)});
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, click);
    QCOMPARE(m_project->selectedCount(), 1);
    m_canvas->zoomToSelection();
    QVERIFY(m_canvas->extent().contains(m_project->selectionExtent()));
    QVERIFY(m_canvas->extent().width() < m_project->fullExtent().width() / 2);
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QCOMPARE(m_project->selectedCount(), 0);
    m_canvas->setMapTool(nullptr);
}

void TstMapCanvas::boxSelectsInActiveLayer()
{
    SelectTool tool(m_canvas.get());
    m_canvas->setMapTool(&tool);
    // A box over the middle of the map touches the boundaries, rivers and sample layers alike.
    const QPoint from(250, 180), to(550, 420);
    const QRectF area = QRectF(m_canvas->toMap(from), m_canvas->toMap(to)).normalized();
    tool.setActiveLayer(QStringLiteral("outfalls"));
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_canvas.get(), to);
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, to);
    const auto expected = m_project->layer(QStringLiteral("outfalls"))->data->featuresIn(area);
    QVERIFY(expected.size() > 10);
    QCOMPARE(m_project->selection().keys(), QStringList{QStringLiteral("outfalls")});
    QCOMPARE(m_project->selection().value(QStringLiteral("outfalls")),
             QSet<std::uint32_t>(expected.begin(), expected.end()));

    // The option to select in every layer: each visible layer the box meets, and no others.
    tool.setSelectsInAllLayers(true);
    m_project->setLayerVisible(QStringLiteral("villages"), false);
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_canvas.get(), to);
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, to);
    for (const QString &id : {QStringLiteral("outfalls"), QStringLiteral("counties"),
                              QStringLiteral("prefectures"), QStringLiteral("rivers")})
        QVERIFY2(m_project->selection().contains(id), qPrintable(id));
    QVERIFY(!m_project->selection().contains(QStringLiteral("villages")));
    m_canvas->setMapTool(nullptr);
}

void TstMapCanvas::unselectableLayerIsPassedOver()
{
    showBoundariesOnly(*m_project);
    SelectTool tool(m_canvas.get());
    m_canvas->setMapTool(&tool);
    const VectorLayer *counties = m_project->layer(QStringLiteral("counties"));
    const std::size_t yuzhou = indexOfCode(counties, QStringLiteral("411081"));
    const QPoint click = m_canvas->toWidget(counties->data->labelAnchor(yuzhou)).toPoint();
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, click);
    QVERIFY(m_project->selection().contains(QStringLiteral("counties")));
    // Marked unselectable: its selection goes, and the click reaches the prefecture under it (Xuchang).
    m_project->setLayerSelectable(QStringLiteral("counties"), false);
    QVERIFY(!m_project->selection().contains(QStringLiteral("counties")));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, click);
    const VectorLayer *prefectures = m_project->layer(QStringLiteral("prefectures"));
    QCOMPARE(m_project->selection(),
             (QHash<QString, QSet<std::uint32_t>>{
                 {QStringLiteral("prefectures"),
                  {std::uint32_t(indexOfCode(prefectures, QStringLiteral("411000")))}}}));
    // A box with counties active falls back to the selectable layers rather than selecting nothing.
    tool.setActiveLayer(QStringLiteral("counties"));
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 200));
    QTest::mouseMove(m_canvas.get(), QPoint(500, 400));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(500, 400));
    QVERIFY(!m_project->selection().contains(QStringLiteral("counties")));
    QVERIFY(m_project->selection().contains(QStringLiteral("prefectures")));
    m_canvas->setMapTool(nullptr);
}

void TstMapCanvas::sampleDataNote()
{
    // The demo's outfalls, mines and villages hold sample rows: the map says so.
    QVERIFY(m_canvas->showsSampleDataNote());
    const QImage shown = m_canvas->grab().toImage();
    QSignalSpy finished(m_canvas.get(), &MapCanvas::renderFinished);
    for (const QString &id : {QStringLiteral("outfalls"), QStringLiteral("villages"), QStringLiteral("mines")})
        m_project->setLayerVisible(id, false);
    QVERIFY(finished.wait(10000));
    // Only the boundaries and the zones (not sample rows: the build made them from the canal) are left.
    QVERIFY(!m_canvas->showsSampleDataNote());
    const QImage bare = m_canvas->grab().toImage();
    // The note's red frame sits in the lower-left corner of the first picture only.
    auto redPixels = [](const QImage &image) {
        int n = 0;
        for (int y = image.height() - 60; y < image.height(); ++y) {
            for (int x = 0; x < 300 && x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += c.red() > 150 && c.green() < 60 && c.blue() < 60;
            }
        }
        return n;
    };
    QVERIFY(redPixels(shown) > 100);
    QCOMPARE(redPixels(bare), 0);
    m_project->setLayerVisible(QStringLiteral("mines"), true);
    QVERIFY(finished.wait(10000));
    QVERIFY(m_canvas->showsSampleDataNote());
}

QTEST_MAIN(TstMapCanvas)
#include "tst_mapcanvas.moc"
