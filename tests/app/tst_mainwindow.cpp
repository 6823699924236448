// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, as a planner would: open the demo project through File > Open, wait for the map, identify
// a prefecture, zoom with the toolbar actions, switch the display CRS, and get a clear message (not a
// crash or a blank map) for a damaged file.
#include "canvas/mapcanvas.h"
#include "commands/editfeature.h"
#include "edit/featureedits.h"
#include "fileactions.h"
#include "itemmodels/plantreemodel.h"
#include "mainwindow.h"
#include "panels/historypanel.h"
#include "panels/identifypanel.h"
#include "panels/planspanel.h"
#include "project/project.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUndoView>

using namespace ecoplan;

class TstMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openThroughFileMenu();
    void identifyShowsAttributes();
    void zoomActions();
    void switchDisplayCrs();
    void plansDockFollowsTheProject();
    void exportCurrentView();
    void otherVectorFileOpensReadOnly();
    void newProjectAndSaveAs();
    void undoHistoryAndAuditName();
    void damagedFileGivesMessage();
    void cleanupTestCase();

private:
    void openDemo();
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QString m_nextFile;
    QTemporaryDir m_dir;
};

void TstMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EcoPlanTest"));
    QSettings().clear();
    test::setUpFonts();
    m_window = std::make_unique<MainWindow>();
    m_window->fileActions()->setOpenDialog(
        [this](QWidget *, const QString &, const QString &, const QString &) { return m_nextFile; });
    m_window->fileActions()->setErrorReporter([this](const QString &m) { m_errors << m; });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstMainWindow::openDemo()
{
    QSignalSpy rendered(m_window->canvas(), &MapCanvas::renderFinished);
    m_nextFile = test::demoProject();
    m_window->findChild<QAction *>(QStringLiteral("action.file.open"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->project() != nullptr, 20000);
    QVERIFY(rendered.wait(20000) || rendered.count() > 0);
}

void TstMainWindow::openThroughFileMenu()
{
    openDemo();
    QCOMPARE(int(m_window->project()->layers().size()), 9); // 5 reference + 4 thematic layers
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("henan-demo.gpkg")));
    QVERIFY(!m_window->canvas()->renderedImage().isNull());
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(QSettings().value(QStringLiteral("file/recent")).toStringList().value(0),
             QFileInfo(test::demoProject()).absoluteFilePath());
}

void TstMainWindow::identifyShowsAttributes()
{
    m_window->findChild<QAction *>(QStringLiteral("action.view.identify"))->trigger();
    const VectorLayer *pref = m_window->project()->layer(QStringLiteral("prefectures"));
    std::size_t xuchang = 0;
    for (std::size_t i = 0; i < pref->data->size(); ++i) {
        if (pref->data->table().value(i, QStringLiteral("code")).toString() == QStringLiteral("411000"))
            xuchang = i;
    }
    const QPoint at = m_window->canvas()->toWidget(pref->data->labelAnchor(xuchang)).toPoint();
    QTest::mouseClick(m_window->canvas(), Qt::LeftButton, {}, at);
    IdentifyPanel *panel = m_window->identifyPanel();
    const auto found = panel->findItems(QStringLiteral("许昌市"), Qt::MatchRecursive | Qt::MatchExactly, 0);
    QVERIFY2(!found.isEmpty(), "Xuchang not identified");
    // One feature per polygon layer contains the point: a county border nearby does not add a second county.
    const auto counties = panel->findItems(QStringLiteral("Counties and districts"), Qt::MatchExactly, 0);
    QCOMPARE(counties.size(), 1);
    QCOMPARE(counties.first()->childCount(), 1);
    // Its attributes are listed by their titles in the UI's language, the column name in the tooltip,
    // including the English name.
    const Field &nameEn = pref->data->table().fields[pref->data->table().fieldIndex(QStringLiteral("name_en"))];
    const auto en = panel->findItems(nameEn.displayName(), Qt::MatchRecursive | Qt::MatchExactly, 0);
    QVERIFY2(!en.isEmpty(), qPrintable(nameEn.displayName()));
    QVERIFY(nameEn.displayName() != nameEn.name);
    QCOMPARE(en.first()->toolTip(0), QStringLiteral("name_en"));
}

void TstMainWindow::zoomActions()
{
    MapCanvas *canvas = m_window->canvas();
    const double full = canvas->scaleDenominator();
    m_window->findChild<QAction *>(QStringLiteral("action.view.zoomIn"))->trigger();
    QVERIFY(std::abs(canvas->scaleDenominator() - full / 2) < 2);
    m_window->findChild<QAction *>(QStringLiteral("action.view.zoomFull"))->trigger();
    QVERIFY(std::abs(canvas->scaleDenominator() - full) < 2);
}

void TstMainWindow::switchDisplayCrs()
{
    QSignalSpy rendered(m_window->canvas(), &MapCanvas::renderFinished);
    m_window->findChild<QAction *>(QStringLiteral("action.view.crs.4326"))->trigger();
    QCOMPARE(m_window->project()->displayCrs().epsg(), 4326);
    QVERIFY(rendered.wait(20000));
    // In lon/lat the view is in degrees around Henan.
    const QRectF e = m_window->canvas()->extent();
    QVERIFY(e.center().x() > 110 && e.center().x() < 117);
    m_window->findChild<QAction *>(QStringLiteral("action.view.crs.4547"))->trigger();
    QCOMPARE(m_window->project()->displayCrs().epsg(), 4547);
}

void TstMainWindow::plansDockFollowsTheProject()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("dock.plans"));
    QVERIFY(dock);
    QVERIFY(dock->isVisible()); // raised in its tab group on a first start
    PlansPanel *panel = m_window->plansPanel();
    QCOMPARE(panel->model()->rowCount(), 2);
    // A place clicked in a task's detail is selected on the map: Yuzhou in the counties layer.
    const double before = m_window->canvas()->scaleDenominator();
    emit panel->placeActivated(QStringLiteral("411081"), QStringLiteral("禹州市"));
    const auto &selection = m_window->project()->selection();
    QCOMPARE(selection.size(), 1);
    const VectorLayer *layer = m_window->project()->layer(selection.cbegin().key());
    QCOMPARE(
        layer->data->table().value(*selection.cbegin().value().cbegin(), QStringLiteral("code")).toString(),
        QStringLiteral("411081"));
    QVERIFY(m_window->canvas()->scaleDenominator() < before / 4); // zoomed in to one county
    m_window->project()->clearSelection();
    m_window->findChild<QAction *>(QStringLiteral("action.view.zoomFull"))->trigger();
}

void TstMainWindow::exportCurrentView()
{
    const QString pdf = m_dir.filePath(QStringLiteral("view.pdf"));
    m_window->fileActions()->setSaveDialog(
        [pdf](QWidget *, const QString &, const QString &, const QString &) { return pdf; });
    m_window->findChild<QAction *>(QStringLiteral("action.file.exportMap"))->trigger();
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
    QVERIFY(f.size() > 10000);
}

void TstMainWindow::otherVectorFileOpensReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("survey_points.geojson"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"示例村"},"geometry":{"type":"Point","coordinates":[113.5,34.1]}}]})");
    f.close();
    m_nextFile = path;
    m_window->findChild<QAction *>(QStringLiteral("action.file.open"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->project() && m_window->project()->layer(QStringLiteral("survey_points")), 20000);
    QVERIFY(m_window->project()->isReadOnly());
    QVERIFY(m_window->project()->filePath().isEmpty());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled")));
    // Add the demo project's layers' source as a layer to this untitled project: Add Layer keeps the project.
    Project *before = m_window->project();
    m_nextFile = test::referenceGpkg();
    m_window->findChild<QAction *>(QStringLiteral("action.file.addLayer"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(int(before->layers().size()), 6, 20000);
    QCOMPARE(m_window->project(), before);
    openDemo();
}

void TstMainWindow::newProjectAndSaveAs()
{
    m_window->fileActions()->setTemplatePath(test::demoProject());
    const QString created = m_dir.filePath(QStringLiteral("xuchang-2025"));
    m_window->fileActions()->setSaveDialog(
        [created](QWidget *, const QString &, const QString &, const QString &) { return created; });
    m_window->findChild<QAction *>(QStringLiteral("action.file.new"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->project() &&
                                 m_window->project()->filePath().endsWith(QLatin1String("xuchang-2025.gpkg")),
                             20000);
    QVERIFY(!m_window->project()->isReadOnly());
    QVERIFY(m_window->project()->layer(QStringLiteral("outfalls")));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("xuchang-2025.gpkg")));

    const QString copy = m_dir.filePath(QStringLiteral("copy.gpkg"));
    m_window->fileActions()->setSaveDialog(
        [copy](QWidget *, const QString &, const QString &, const QString &) { return copy; });
    m_window->findChild<QAction *>(QStringLiteral("action.file.saveAs"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->project()->filePath().endsWith(QLatin1String("copy.gpkg")), 20000);
    QCOMPARE(int(m_window->project()->layer(QStringLiteral("counties"))->data->size()), 157);
    QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    QVERIFY(m_errors.isEmpty());
    // Saving onto the open file itself is refused with a message.
    m_window->fileActions()->saveAs(copy);
    QVERIFY(!m_errors.isEmpty() && m_errors.last().contains(QStringLiteral("open project")));
    m_errors.clear();
}

void TstMainWindow::undoHistoryAndAuditName()
{
    // Runs on the writable copy.gpkg left open by newProjectAndSaveAs.
    Project *project = m_window->project();
    QVERIFY(project && !project->isReadOnly());
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("许昌市生态环境局 张三"));
    m_window->setProject(nullptr); // the name is applied when a project is opened
    m_nextFile = m_dir.filePath(QStringLiteral("copy.gpkg"));
    m_window->findChild<QAction *>(QStringLiteral("action.file.open"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->project() != nullptr, 20000);
    project = m_window->project();
    QCOMPARE(project->userName(), QStringLiteral("许昌市生态环境局 张三"));

    const StoredFeature f{QStringLiteral("villages"),
                          -1,
                          {{QStringLiteral("name"), QStringLiteral("小王庄")},
                           {QStringLiteral("status"), QStringLiteral("not_started")}},
                          QStringLiteral("POINT (113.8 34.0)")};
    const Result<qint64> fid = EditFeature::push(*project, {std::nullopt, f}, QStringLiteral("Add village"));
    QVERIFY2(fid.ok(), qPrintable(fid.error()));
    auto *undoView = m_window->findChild<QUndoView *>(QStringLiteral("undoView"));
    QVERIFY(undoView);
    QCOMPARE(undoView->model()->rowCount(), 2); // "<project opened>" and the edit
    // The history panel shows who made it once the feature is selected.
    const int index = FeatureEdits::indexOf(*project->layer(QStringLiteral("villages")), *fid);
    project->setSelection({{QStringLiteral("villages"), {std::uint32_t(index)}}});
    QCOMPARE(m_window->historyPanel()->rows().value(0).value(1), QStringLiteral("许昌市生态环境局 张三"));
    // Edit > Undo takes it back in the file.
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("action.edit.undo"));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Add village")), qPrintable(undo->text()));
    undo->trigger();
    QVERIFY(!project->store()->readFeature(QStringLiteral("villages"), *fid).ok());
    QCOMPARE(undoView->model()->rowCount(), 2); // still listed, now as the redo step
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("action.edit.redo"))->isEnabled());
}

void TstMainWindow::damagedFileGivesMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.gpkg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(4000, 'x'));
    f.close();
    Project *before = m_window->project();
    m_nextFile = path;
    m_window->findChild<QAction *>(QStringLiteral("action.file.open"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_errors.isEmpty(), 20000);
    QVERIFY2(m_errors.last().contains(QStringLiteral("broken.gpkg")), qPrintable(m_errors.last()));
    // The open project is kept.
    QCOMPARE(m_window->project(), before);
}

void TstMainWindow::cleanupTestCase()
{
    m_window.reset();
    QSettings().clear();
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
