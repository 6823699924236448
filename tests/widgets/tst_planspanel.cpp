// SPDX-License-Identifier: GPL-3.0-or-later
// The Plans panel on a copy of the demo project: selecting a task shows its detail; a city task's link to
// the province task it implements is set, confirmed and removed through undoable, audited edits of its
// plan_tasks row; a province task lists the city tasks implementing it; reloads keep the selection.
#include "commands/editfeature.h"
#include "itemmodels/plantaskfilter.h"
#include "itemmodels/plantreemodel.h"
#include "panels/planspanel.h"
#include "panels/plantaskdetail.h"
#include "project/featurequery.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace ecoplan;

class TstPlansPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void selectingATaskShowsItsDetail();
    void changeSetsAConfirmedLinkAndUndoRestoresIt();
    void confirmTurnsASuggestionIntoALink();
    void removeUnlinks();
    void provinceTaskListsItsCityTasks();
    void searchAndFiltersNarrowTheTree();
    void reloadKeepsSelectionAndExpansion();
    void placeLinksNameMapFeatures();
    void readOnlyProjectOffersNoLinkEdits();
    void provinceTaskReadsInChinese();
    void englishUiShowsEnglishDepartments();

private:
    qint64 taskId(int plan, const QString &number) const;
    QVariantMap row(qint64 id) const;
    QPushButton *button(const char *name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<PlansPanel> m_panel;
    QList<StoredPlan> m_plans;
};

/// With ECOPLAN_SCREENSHOT_DIR set (run under xvfb-run to look at the panel), saves `w` there.
static void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ECOPLAN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TstPlansPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void TstPlansPanel::init()
{
    m_panel.reset();
    m_project.reset();
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("panel.gpkg"));
    auto p = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
    m_project->setUserName(QStringLiteral("规划员"));
    m_plans = *m_project->store()->readPlans();
    m_panel = std::make_unique<PlansPanel>();
    m_panel->setProject(m_project.get());
    m_panel->resize(500, 800);
}

qint64 TstPlansPanel::taskId(int plan, const QString &number) const
{
    for (const StoredTask &t : m_plans.at(plan).tasks) {
        if (t.node.kind == PlanNode::Kind::Task && t.node.number == number)
            return t.id;
    }
    return -1;
}

QVariantMap TstPlansPanel::row(qint64 id) const
{
    return m_project->store()->readFeature(QStringLiteral("plan_tasks"), id)->attributes;
}

QPushButton *TstPlansPanel::button(const char *name) const
{
    return m_panel->findChild<QPushButton *>(QString::fromLatin1(name));
}

void TstPlansPanel::selectingATaskShowsItsDetail()
{
    const qint64 xc10 = taskId(1, QStringLiteral("10"));
    QVERIFY(m_panel->selectTask(xc10));
    QCOMPARE(m_panel->selectedTaskId(), xc10);
    const QString detail = m_panel->detail()->text();
    const StoredTask *task = m_plans.at(1).task(xc10);
    for (const QString &lead : task->node.lead)
        QVERIFY2(detail.contains(lead), qPrintable(detail));
    QVERIFY(detail.contains(task->node.title));
    QVERIFY(detail.contains(QStringLiteral("2025-09-30")));
    QVERIFY(detail.contains(task->node.text.left(20)));
    // Importing the demo's city plan suggested the province task it implements, not yet confirmed.
    QVERIFY2(m_panel->detail()->linkText().contains(QStringLiteral("suggested")),
             qPrintable(m_panel->detail()->linkText()));
    QVERIFY(button("planTaskDetail.confirm")->isEnabled());
    // Task 4 (the trunk road network) has no counterpart among the province's tasks.
    QVERIFY(m_panel->selectTask(taskId(1, QStringLiteral("4"))));
    QVERIFY(m_panel->detail()->linkText().contains(QStringLiteral("no province task")));
    QVERIFY(!button("planTaskDetail.confirm")->isEnabled());
    // A plan row shows the plan.
    m_panel->view()->setCurrentIndex(
        m_panel->filter()->mapFromSource(m_panel->model()->indexOfPlan(m_plans.at(1).id)));
    QVERIFY(m_panel->detail()->text().contains(QStringLiteral("许昌市人民政府")));
}

void TstPlansPanel::changeSetsAConfirmedLinkAndUndoRestoresIt()
{
    const qint64 xc10 = taskId(1, QStringLiteral("10"));
    const qint64 hn8 = taskId(0, QStringLiteral("8"));
    QList<qint64> offered;
    m_panel->setTaskChooser([&](const QList<const StoredTask *> &candidates, qint64) {
        for (const StoredTask *t : candidates)
            offered << t->id;
        return std::optional<qint64>(hn8);
    });
    QVERIFY(m_panel->selectTask(xc10));
    const qint64 audits = m_project->store()->auditCount();
    button("planTaskDetail.change")->click();
    // Only the province plan's tasks are offered.
    QCOMPARE(offered.size(), 24);
    QVERIFY(offered.contains(hn8));
    QCOMPARE(row(xc10).value(QStringLiteral("implements_task_id")).toLongLong(), hn8);
    QCOMPARE(row(xc10).value(QStringLiteral("implements_confirmed")).toInt(), 1);
    QCOMPARE(m_project->store()->auditCount(), audits + 1);
    QCOMPARE(m_panel->selectedTaskId(), xc10);
    QVERIFY(m_panel->detail()->linkText().contains(QStringLiteral("confirmed")));
    // Named by its title in the UI's language (the ultra-low-emission task).
    QVERIFY2(m_panel->detail()->linkText().contains(displayTitle(m_plans.at(0).task(hn8)->node)),
             qPrintable(m_panel->detail()->linkText()));

    // Undo goes back to the suggestion the import made.
    m_project->undoStack()->undo();
    QCOMPARE(row(xc10).value(QStringLiteral("implements_task_id")).toLongLong(), hn8);
    QCOMPARE(row(xc10).value(QStringLiteral("implements_confirmed")).toInt(), 0);
    QVERIFY(m_panel->detail()->linkText().contains(QStringLiteral("suggested")));
}

void TstPlansPanel::confirmTurnsASuggestionIntoALink()
{
    // A suggestion as the importer would store it: linked, not confirmed.
    const qint64 xc10 = taskId(1, QStringLiteral("10"));
    const qint64 hn8 = taskId(0, QStringLiteral("8"));
    const StoredFeature before = *m_project->store()->readFeature(QStringLiteral("plan_tasks"), xc10);
    StoredFeature after = before;
    after.attributes[QStringLiteral("implements_task_id")] = hn8;
    QVERIFY(EditFeature::push(*m_project, {before, after}, QStringLiteral("suggest")).ok());
    QVERIFY(m_panel->selectTask(xc10));
    QVERIFY(m_panel->detail()->linkText().contains(QStringLiteral("suggested")));
    QVERIFY(button("planTaskDetail.confirm")->isEnabled());
    button("planTaskDetail.confirm")->click();
    QCOMPARE(row(xc10).value(QStringLiteral("implements_task_id")).toLongLong(), hn8);
    QCOMPARE(row(xc10).value(QStringLiteral("implements_confirmed")).toInt(), 1);
    QVERIFY(m_panel->detail()->linkText().contains(QStringLiteral("confirmed")));
    QVERIFY(!button("planTaskDetail.confirm")->isEnabled());
    m_project->undoStack()->undo();
    QCOMPARE(row(xc10).value(QStringLiteral("implements_confirmed")).toInt(), 0);
    QVERIFY(m_panel->detail()->linkText().contains(QStringLiteral("suggested")));
}

void TstPlansPanel::removeUnlinks()
{
    const qint64 xc10 = taskId(1, QStringLiteral("10"));
    m_panel->setTaskChooser([&](const QList<const StoredTask *> &, qint64) {
        return std::optional<qint64>(taskId(0, QStringLiteral("8")));
    });
    QVERIFY(m_panel->selectTask(xc10));
    button("planTaskDetail.change")->click();
    QVERIFY(button("planTaskDetail.remove")->isEnabled());
    button("planTaskDetail.remove")->click();
    QVERIFY(row(xc10).value(QStringLiteral("implements_task_id")).isNull());
    QVERIFY(!button("planTaskDetail.remove")->isEnabled());
    m_project->undoStack()->undo();
    QVERIFY(!row(xc10).value(QStringLiteral("implements_task_id")).isNull());
    // A cancelled choice writes nothing.
    const int steps = m_project->undoStack()->count();
    m_panel->setTaskChooser(
        [](const QList<const StoredTask *> &, qint64) { return std::optional<qint64>(); });
    button("planTaskDetail.change")->click();
    QCOMPARE(m_project->undoStack()->count(), steps);
}

void TstPlansPanel::provinceTaskListsItsCityTasks()
{
    const qint64 xc10 = taskId(1, QStringLiteral("10"));
    const qint64 hn8 = taskId(0, QStringLiteral("8"));
    m_panel->setTaskChooser(
        [&](const QList<const StoredTask *> &, qint64) { return std::optional<qint64>(hn8); });
    QVERIFY(m_panel->selectTask(xc10));
    button("planTaskDetail.change")->click();

    QVERIFY(m_panel->selectTask(hn8));
    // A province task carries out no other task, and lists those carrying it out.
    QVERIFY(m_panel->detail()->linkText().isEmpty());
    const QString detail = m_panel->detail()->text();
    QVERIFY2(detail.contains(QStringLiteral("推进重点行业超低排放改造")), qPrintable(detail));
    // Clicking the city task selects it in the tree.
    auto *browser = m_panel->detail()->findChild<QTextBrowser *>(QStringLiteral("planTaskDetail.text"));
    QVERIFY(browser->toHtml().contains(QStringLiteral("task:%1").arg(xc10)));
    emit browser->anchorClicked(QUrl(QStringLiteral("task:%1").arg(xc10)));
    QCOMPARE(m_panel->selectedTaskId(), xc10);
}

void TstPlansPanel::searchAndFiltersNarrowTheTree()
{
    const qint64 xc10 = taskId(1, QStringLiteral("10"));
    m_panel->findChild<QLineEdit *>(QStringLiteral("plansPanel.search"))->setText(QStringLiteral("cdpf"));
    QVERIFY(m_panel->filter()->visibleTaskIds().contains(xc10));
    // Matches are shown: their headings are expanded.
    QVERIFY(m_panel->view()->isExpanded(
        m_panel->filter()->mapFromSource(m_panel->model()->indexOfTask(xc10)).parent()));
    m_panel->findChild<QLineEdit *>(QStringLiteral("plansPanel.search"))->clear();

    // The combos are filled from the plans: the department's tasks only.
    auto *department = m_panel->findChild<QComboBox *>(QStringLiteral("plansPanel.department"));
    const int at = department->findData(QStringLiteral("市公安局"));
    QVERIFY(at > 0);
    department->setCurrentIndex(at);
    const QList<qint64> shown = m_panel->filter()->visibleTaskIds();
    QVERIFY(!shown.isEmpty());
    for (qint64 id : shown) {
        const PlanNode &n = m_panel->model()->taskById(id)->node;
        QVERIFY((n.lead + n.cooperating + n.responsible).contains(QStringLiteral("市公安局")));
    }
    auto *category = m_panel->findChild<QComboBox *>(QStringLiteral("plansPanel.category"));
    QCOMPARE(category->count(), 10);
    auto *locality = m_panel->findChild<QComboBox *>(QStringLiteral("plansPanel.locality"));
    QVERIFY(locality->findData(QStringLiteral("411081")) > 0);
    auto *deadline = m_panel->findChild<QComboBox *>(QStringLiteral("plansPanel.deadline"));
    QVERIFY(deadline->findData(QStringLiteral("year:2025")) > 0);
    // Selecting a hidden task clears the filters.
    QVERIFY(m_panel->selectTask(xc10));
    QCOMPARE(department->currentIndex(), 0);
}

void TstPlansPanel::reloadKeepsSelectionAndExpansion()
{
    const qint64 xc4 = taskId(1, QStringLiteral("4")); // no suggested link in the demo
    const qint64 hn8 = taskId(0, QStringLiteral("8"));
    QVERIFY(m_panel->selectTask(hn8));
    const QModelIndex hnSection =
        m_panel->filter()->mapFromSource(m_panel->model()->indexOfTask(hn8)).parent();
    QVERIFY(m_panel->view()->isExpanded(hnSection));
    // An edit of another task, then an undo of it, keeps the selected province task and its section open.
    m_panel->setTaskChooser(
        [&](const QList<const StoredTask *> &, qint64) { return std::optional<qint64>(hn8); });
    m_panel->detail()->changeLinkRequested(xc4);
    QCOMPARE(m_panel->selectedTaskId(), hn8);
    QVERIFY(m_panel->view()->isExpanded(
        m_panel->filter()->mapFromSource(m_panel->model()->indexOfTask(hn8)).parent()));
    QVERIFY(m_panel->detail()->text().contains(QStringLiteral("优化骨干公路网布局")));
    m_project->undoStack()->undo();
    QCOMPARE(m_panel->selectedTaskId(), hn8);
    QVERIFY(!m_panel->detail()->text().contains(QStringLiteral("优化骨干公路网布局")));
}

void TstPlansPanel::placeLinksNameMapFeatures()
{
    // 全面完成矿山生态保护治理 names Yuzhou (411081): its link says which county to show on the map.
    const qint64 xc23 = taskId(1, QStringLiteral("23"));
    QVERIFY(m_panel->selectTask(xc23));
    auto *browser = m_panel->detail()->findChild<QTextBrowser *>(QStringLiteral("planTaskDetail.text"));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("禹州市")));
    QVERIFY(browser->toHtml().contains(QStringLiteral("place:411081")));
    QSignalSpy places(m_panel.get(), &PlansPanel::placeActivated);
    emit browser->anchorClicked(
        QUrl(QStringLiteral("place:411081#%1")
                 .arg(QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("禹州市"))))));
    QCOMPARE(places.size(), 1);
    QCOMPARE(places.at(0).at(0).toString(), QStringLiteral("411081"));
    QCOMPARE(places.at(0).at(1).toString(), QStringLiteral("禹州市"));
    const auto county = FeatureQuery::findByCode(*m_project, QStringLiteral("411081"));
    QVERIFY(county);
    const VectorLayer *layer = m_project->layer(county->layerId);
    QCOMPARE(layer->data->table().value(county->index, QStringLiteral("name")).toString(),
             QStringLiteral("禹州市"));
    QVERIFY(!FeatureQuery::findByCode(*m_project, QStringLiteral("999999")));
}

void TstPlansPanel::readOnlyProjectOffersNoLinkEdits()
{
    // A file without write permission opens read-only, with the reason.
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("readonly.gpkg"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    auto readOnly = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.error()));
    QVERIFY((*readOnly)->isReadOnly());
    PlansPanel panel;
    panel.setProject(readOnly->get());
    QVERIFY(panel.selectTask(taskId(1, QStringLiteral("10"))));
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("planTaskDetail.change"))->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("planTaskDetail.remove"))->isEnabled());
}

void TstPlansPanel::provinceTaskReadsInChinese()
{
    // The province plan, imported from its English translation, in the Chinese UI: numbered 三、 (not
    // "Third"), its Chinese title, its departments by their Chinese names; the text stays as written.
    const qint64 hn13 = taskId(0, QStringLiteral("13"));
    QVERIFY(m_panel->selectTask(hn13));
    const QModelIndex row = m_panel->view()->currentIndex();
    QCOMPARE(row.data().toString(), QStringLiteral("13. 建设美丽幸福河湖"));
    QCOMPARE(row.parent().parent().data().toString(), QStringLiteral("三、重点任务"));
    QCOMPARE(row.parent().data().toString(), QStringLiteral("（六）美丽幸福河湖建设行动"));
    const QString detail = m_panel->detail()->text();
    QVERIFY2(detail.contains(QStringLiteral("省水利厅、省生态环境厅")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("省财政厅、省自然资源厅、省林业局")), qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("as written:")), qPrintable(detail)); // "13" is 13.
    QVERIFY(detail.contains(QStringLiteral("sewage outlets into the Yellow River Basin")));
    if (!qEnvironmentVariable("ECOPLAN_SCREENSHOT_DIR").isEmpty()) {
        // With ECOPLAN_SCREENSHOT_QM (build/app/ecoplan_zh_CN.qm) the panel's own labels are Chinese too.
        QTranslator zh;
        const bool translated =
            zh.load(qEnvironmentVariable("ECOPLAN_SCREENSHOT_QM")) && QCoreApplication::installTranslator(&zh);
        PlansPanel shown;
        shown.setProject(m_project.get());
        shown.resize(500, 800);
        QVERIFY(shown.selectTask(hn13));
        saveScreenshot(shown, QStringLiteral("plans-panel-zh"));
        if (translated)
            QCoreApplication::removeTranslator(&zh);
    }
    // A part's detail gives the number as the translation wrote it.
    m_panel->view()->setCurrentIndex(row.parent().parent());
    QVERIFY2(m_panel->detail()->text().contains(QStringLiteral("三、 (as written: Third)")),
             qPrintable(m_panel->detail()->text()));
    // One filter entry per department: the English plan's spellings join the Chinese name.
    auto *department = m_panel->findChild<QComboBox *>(QStringLiteral("plansPanel.department"));
    QVERIFY(department->findData(QStringLiteral("省生态环境厅")) > 0);
    QCOMPARE(department->findText(QStringLiteral("省生态环境厅")), department->findData(QStringLiteral("省生态环境厅")));
    for (int i = 0; i < department->count(); ++i)
        QVERIFY2(!department->itemText(i).contains(QLatin1String("Department")), qPrintable(department->itemText(i)));
    // The search in Chinese finds the English plan's outfall tasks.
    m_panel->findChild<QLineEdit *>(QStringLiteral("plansPanel.search"))->setText(QStringLiteral("排污口"));
    QCOMPARE(m_panel->filter()->visibleTaskIds(), (QList<qint64>{hn13, taskId(0, QStringLiteral("16"))}));
}

void TstPlansPanel::englishUiShowsEnglishDepartments()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    PlansPanel panel;
    panel.setProject(m_project.get());
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *department = panel.findChild<QComboBox *>(QStringLiteral("plansPanel.department"));
    const int police = department->findData(QStringLiteral("市公安局"));
    QVERIFY(police > 0);
    QCOMPARE(department->itemText(police), QStringLiteral("Municipal Public Security Bureau"));
    const int environment = department->findData(QStringLiteral("省生态环境厅"));
    QCOMPARE(department->itemText(environment), QStringLiteral("Provincial Department of Ecology and Environment"));
    // The Xuchang plan's tasks and departments in English, the province plan numbered I. (1) 1.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    panel.resize(500, 800);
    QVERIFY(panel.selectTask(taskId(0, QStringLiteral("13"))));
    QCOMPARE(panel.view()->currentIndex().parent().data().toString(),
             QStringLiteral("(6) Beautiful and happy rivers and lakes"));
    saveScreenshot(panel, QStringLiteral("plans-panel-en"));
    QVERIFY(panel.selectTask(taskId(1, QStringLiteral("10"))));
    QVERIFY2(panel.detail()->text().contains(QStringLiteral("Municipal Bureau of Ecology and Environment")),
             qPrintable(panel.detail()->text()));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

QTEST_MAIN(TstPlansPanel)
#include "tst_planspanel.moc"
