// SPDX-License-Identifier: GPL-3.0-or-later
// Plans in a project: read back as imported, an import undone and redone, a task edited with undo and audit.
#include "testsupport.h"

#include "commands/editfeature.h"
#include "commands/importplan.h"
#include "plan/gazetteer.h"
#include "plan/planparser.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace ecoplan;

class TstPlanStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void demoPlansReadBack();
    void importUndoRedo();
    void taskEditIsUndoableAndAudited();

private:
    qint64 count(const char *sql) const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

void TstPlanStore::init()
{
    m_project.reset();
    m_path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("plans.gpkg"));
    auto p = ProjectLoader::openProject(m_path, Crs::defaultDisplay(), true);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
    m_project->setUserName(QStringLiteral("plan tester"));
}

qint64 TstPlanStore::count(const char *sql) const
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(m_path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

void TstPlanStore::demoPlansReadBack()
{
    const auto plans = m_project->store()->readPlans();
    QVERIFY2(plans.ok(), qPrintable(plans.error()));
    QCOMPARE(plans->size(), 2);
    const StoredPlan &xc = plans->at(1);
    QCOMPARE(xc.plan.issuer, QStringLiteral("许昌市人民政府"));
    const auto tasks = std::count_if(xc.tasks.begin(), xc.tasks.end(),
                                     [](const StoredTask &t) { return t.node.kind == PlanNode::Kind::Task; });
    QCOMPARE(tasks, 30);
    // Plan-wide goals come back as stored: PM2.5 below 41 µg/m³ by 2025.
    const auto pm = std::find_if(xc.plan.targets.begin(), xc.plan.targets.end(), [](const Target &t) {
        return t.indicator.contains(QStringLiteral("PM2.5"));
    });
    QVERIFY(pm != xc.plan.targets.end());
    QCOMPARE(pm->comparator, QStringLiteral("<"));
    QCOMPARE(pm->value, 41.0);
    QCOMPARE(pm->deadline, QDate(2025, 12, 31));
    // Task 1 is under section (一) under part 二, and its departments split back as written (the bracket
    // keeps 各县〔市、区〕政府〔管委会〕 one name).
    const auto one = std::find_if(xc.tasks.begin(), xc.tasks.end(), [](const StoredTask &t) {
        return t.node.kind == PlanNode::Kind::Task && t.node.number == QLatin1String("1");
    });
    QVERIFY(one != xc.tasks.end());
    const StoredTask *section = xc.task(*one->parentId);
    QVERIFY(section);
    QCOMPARE(section->node.number, QStringLiteral("(一)"));
    QCOMPARE(xc.task(*section->parentId)->node.number, QStringLiteral("二"));
    QCOMPARE(one->node.lead, QStringList{QStringLiteral("市生态环境局")});
    QCOMPARE(one->node.responsible, QStringList{QStringLiteral("各县〔市、区〕政府〔管委会〕")});
    // A task's targets and deadlines survive the store (their values are checked in tst_planparser).
    const auto mines = std::find_if(xc.tasks.begin(), xc.tasks.end(), [](const StoredTask &t) {
        return t.node.kind == PlanNode::Kind::Task && t.node.number == QLatin1String("23");
    });
    QVERIFY(mines != xc.tasks.end());
    QVERIFY(!mines->node.targets.isEmpty());
    QVERIFY(!mines->node.deadlines.isEmpty());
    QVERIFY(mines->deadline.isValid());
}

void TstPlanStore::importUndoRedo()
{
    const qint64 plansBefore = count("SELECT count(*) FROM plans");
    const qint64 tasksBefore = count("SELECT count(*) FROM plan_tasks");
    const qint64 linksBefore = count("SELECT count(*) FROM task_links_counties");
    QFile f(QStringLiteral(ECOPLAN_PLAN_SEEDS_DIR "/xuchang-2023-2025-zh.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    Result<Plan> plan = PlanParser::parse(text);
    QVERIFY(plan.ok());
    const auto gazetteer = Gazetteer::load(test::gazetteerCsv());
    QVERIFY(gazetteer.ok());
    std::function<void(QList<PlanNode> &)> places = [&](QList<PlanNode> &nodes) {
        for (PlanNode &n : nodes) {
            n.places = gazetteer->findPlaces(n.text);
            places(n.children);
        }
    };
    places(plan->nodes);

    QSignalSpy changes(m_project.get(), &Project::changed);
    const Result<qint64> id = ImportPlan::push(*m_project, *plan, {QStringLiteral("x.txt"), text, {}, {}});
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(count("SELECT count(*) FROM plans"), plansBefore + 1);
    const qint64 tasksOfOne = count("SELECT count(*) FROM plan_tasks") - tasksBefore;
    QVERIFY(tasksOfOne >= 30 + 12 + 3);
    QVERIFY(count("SELECT count(*) FROM task_links_counties") > linksBefore);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.last().at(0).value<ChangeEvent>().type, ChangeEvent::Type::Plans);

    m_project->undoStack()->undo();
    QCOMPARE(count("SELECT count(*) FROM plans"), plansBefore);
    QCOMPARE(count("SELECT count(*) FROM plan_tasks"), tasksBefore);
    QCOMPARE(count("SELECT count(*) FROM task_links_counties"), linksBefore);
    QCOMPARE(
        count(qPrintable(QStringLiteral("SELECT count(*) FROM task_targets WHERE plan_id = %1").arg(*id))),
        0);

    m_project->undoStack()->redo();
    QCOMPARE(count("SELECT count(*) FROM plans"), plansBefore + 1);
    QCOMPARE(count("SELECT count(*) FROM plan_tasks"), tasksBefore + tasksOfOne);
}

void TstPlanStore::taskEditIsUndoableAndAudited()
{
    const auto plans = m_project->store()->readPlans();
    QVERIFY(plans.ok());
    const StoredTask &task = plans->at(1).tasks.at(5);
    const Result<StoredFeature> before =
        m_project->store()->readFeature(QStringLiteral("plan_tasks"), task.id);
    QVERIFY2(before.ok(), qPrintable(before.error()));
    StoredFeature after = *before;
    after.attributes[QStringLiteral("title_en")] = QStringLiteral("An English title");
    const qint64 audits = m_project->store()->auditCount();
    QSignalSpy changes(m_project.get(), &Project::changed);
    const Result<qint64> r =
        EditFeature::push(*m_project, {*before, after}, QStringLiteral("Set the English title"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).value<ChangeEvent>().type, ChangeEvent::Type::Plans);
    QCOMPARE(m_project->store()->auditCount(), audits + 1);
    auto reread = m_project->store()->readPlans();
    QCOMPARE(reread->at(1).task(task.id)->node.titleEn, QStringLiteral("An English title"));
    m_project->undoStack()->undo();
    reread = m_project->store()->readPlans();
    QCOMPARE(reread->at(1).task(task.id)->node.titleEn, task.node.titleEn);
}

QTEST_GUILESS_MAIN(TstPlanStore)
#include "tst_planstore.moc"
