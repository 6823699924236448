// SPDX-License-Identifier: GPL-3.0-or-later
// The plan tree holds every plan, part, section and task of the demo project, and the task filter finds
// tasks by Chinese, pinyin (full or initials) and English text, department, place, category and deadline.
// Each filter result is compared with an independent scan of the stored tasks.
#include "itemmodels/plantaskfilter.h"
#include "itemmodels/plantreemodel.h"
#include "plan/pinyin.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ecoplan;

class TstPlanTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void passesTheModelTester();
    void holdsEveryTask();
    void pinyinOfChinese();
    void searchesChinese();
    void searchesPinyinInFullAndByInitials();
    void searchesEnglish();
    void filtersByDepartment();
    void filtersByCategory();
    void filtersByLocality();
    void filtersByDeadline();
    void editedValuesKeepTheRows();

private:
    using Predicate = std::function<bool(const StoredTask &)>;
    /// Ids of the tasks for which `keep` holds, by a plain walk over the stored plans.
    QList<qint64> scan(const Predicate &keep) const;
    QList<qint64> shown() const;
    const StoredTask *task(int plan, const QString &number) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<StoredPlan> m_plans;
    std::unique_ptr<PlanTreeModel> m_model;
    std::unique_ptr<PlanTaskFilter> m_filter;
};

void TstPlanTreeModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("plans.gpkg"));
    auto p = ProjectLoader::openProject(path);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
    auto plans = m_project->store()->readPlans();
    QVERIFY2(plans.ok(), qPrintable(plans.error()));
    m_plans = *plans;
    QCOMPARE(m_plans.size(), 2);
}

void TstPlanTreeModel::init()
{
    m_filter.reset();
    m_model = std::make_unique<PlanTreeModel>();
    m_model->setPlans(m_plans);
    m_filter = std::make_unique<PlanTaskFilter>(m_model.get());
}

QList<qint64> TstPlanTreeModel::scan(const Predicate &keep) const
{
    QList<qint64> ids;
    for (const StoredPlan &p : m_plans) {
        for (const StoredTask &t : p.tasks) {
            if (t.node.kind == PlanNode::Kind::Task && keep(t))
                ids << t.id;
        }
    }
    return ids;
}

QList<qint64> TstPlanTreeModel::shown() const
{
    return m_filter->visibleTaskIds();
}

const StoredTask *TstPlanTreeModel::task(int plan, const QString &number) const
{
    for (const StoredTask &t : m_plans.at(plan).tasks) {
        if (t.node.kind == PlanNode::Kind::Task && t.node.number == number)
            return &t;
    }
    return nullptr;
}

void TstPlanTreeModel::passesTheModelTester()
{
    QAbstractItemModelTester sourceTester(m_model.get(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_filter.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter->setSearch(QStringLiteral("超低"));
    m_filter->setCategory(QStringLiteral("water"));
    m_filter->setSearch({});
    m_filter->setCategory({});
    m_model->setPlans({});
    m_model->setPlans(m_plans);
}

void TstPlanTreeModel::holdsEveryTask()
{
    QCOMPARE(m_model->rowCount(), 2);
    for (int p = 0; p < 2; ++p) {
        const QModelIndex planRow = m_model->index(p, 0);
        QCOMPARE(planRow.data(PlanTreeModel::KindRole).toInt(), int(PlanTreeModel::NodeKind::Plan));
        QCOMPARE(planRow.data(PlanTreeModel::PlanIdRole).toLongLong(), m_plans.at(p).id);
        int tasks = 0;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_model->rowCount(parent); ++r) {
                const QModelIndex i = m_model->index(r, 0, parent);
                const StoredTask *t = m_model->task(i);
                QVERIFY(t);
                // The tree nests as parent_id says, and the lookup by id finds the same row.
                QCOMPARE(t->parentId.value_or(-1), parent.data(PlanTreeModel::TaskIdRole).toLongLong());
                QCOMPARE(m_model->indexOfTask(t->id), i);
                tasks += t->node.kind == PlanNode::Kind::Task;
                walk(i);
            }
        };
        walk(planRow);
        QCOMPARE(tasks, p == 0 ? 24 : 30);
    }
    // The province plan's part "Third" holds its ten sections (1) … (10).
    const QModelIndex third = m_model->index(1, 0, m_model->index(0, 0));
    QCOMPARE(m_model->task(third)->node.number, QStringLiteral("Third"));
    QCOMPARE(m_model->rowCount(third), 10);
    // A task row shows number and title, its category translated and its own deadline.
    const StoredTask *xc10 = task(1, QStringLiteral("10"));
    QVERIFY(xc10);
    const QModelIndex row = m_model->indexOfTask(xc10->id);
    QCOMPARE(row.data().toString(), QStringLiteral("10. 推进重点行业超低排放改造"));
    QCOMPARE(m_model->indexOfTask(xc10->id, PlanTreeModel::DeadlineColumn).data().toString(),
             QStringLiteral("2025-09-30"));
    QCOMPARE(m_model->indexOfTask(xc10->id, PlanTreeModel::LeadColumn).data().toString(),
             QStringLiteral("市生态环境局"));
    QCOMPARE(
        m_model->indexOfTask(xc10->id, PlanTreeModel::CategoryColumn).data(PlanTreeModel::CategoryCodeRole),
        QVariant(QStringLiteral("industry")));
}

void TstPlanTreeModel::pinyinOfChinese()
{
    QCOMPARE(toPinyin(QStringLiteral("许昌市")).full, QStringLiteral("xuchangshi"));
    QCOMPARE(toPinyin(QStringLiteral("许昌市"), PinyinReading::Names).full, QStringLiteral("xuchangshi"));
    // Each reading gets some characters right: names for places, the general one for words.
    QCOMPARE(toPinyin(QStringLiteral("长葛"), PinyinReading::Names).full, QStringLiteral("changge"));
    QCOMPARE(toPinyin(QStringLiteral("重点")).full, QStringLiteral("zhongdian"));
    // Words both get wrong are corrected.
    QCOMPARE(toPinyin(QStringLiteral("重点行业")).full, QStringLiteral("zhongdianhangye"));
    QCOMPARE(toPinyin(QStringLiteral("结构调整")).initials, QStringLiteral("jgtz"));
    const Pinyin p = toPinyin(QStringLiteral("超低排放"));
    QCOMPARE(p.full, QStringLiteral("chaodipaifang"));
    QCOMPARE(p.initials, QStringLiteral("cdpf"));
    // Punctuation adds no initials; Latin text is kept in lower case.
    QCOMPARE(toPinyin(QStringLiteral("“公转铁”VOCs")).initials, QStringLiteral("gztv"));
    QCOMPARE(toPinyin(QString()).full, QString());
}

void TstPlanTreeModel::searchesChinese()
{
    m_filter->setSearch(QStringLiteral("超低"));
    const StoredTask *xc10 = task(1, QStringLiteral("10"));
    QVERIFY(shown().contains(xc10->id));
    // The Chinese words, or the English plan's words for 超低排放 (the search terms glossary).
    QCOMPARE(shown(), scan([](const StoredTask &t) {
                 for (const QString &s :
                      {t.node.number, t.node.title, t.node.titleEn, t.node.titleZh, t.node.text})
                     if (s.contains(QStringLiteral("超低")) ||
                         s.contains(QStringLiteral("ultra-low emission"), Qt::CaseInsensitive) ||
                         s.contains(QStringLiteral("ultra low emission"), Qt::CaseInsensitive))
                         return true;
                 return false;
             }));
    QVERIFY(shown().contains(task(0, QStringLiteral("8"))->id)); // "ultra-low emissions" in English
    // The headings above a match stay, so it is seen in place.
    const QModelIndex match = m_filter->mapFromSource(m_model->indexOfTask(xc10->id));
    QVERIFY(match.isValid());
    QCOMPARE(m_filter->planModel()->task(m_filter->mapToSource(match.parent()))->id, *xc10->parentId);
    m_filter->setSearch(QStringLiteral("没有这样的任务"));
    QVERIFY(shown().isEmpty());
    QCOMPARE(m_filter->rowCount(), 0);
}

void TstPlanTreeModel::searchesPinyinInFullAndByInitials()
{
    const StoredTask *xc10 = task(1, QStringLiteral("10"));
    for (const QString &query :
         {QStringLiteral("chaodi"), QStringLiteral("ChaoDi"), QStringLiteral("chao di"),
          QStringLiteral("cdpf"), QStringLiteral("zhongdianhangye")}) {
        m_filter->setSearch(query);
        QVERIFY2(shown().contains(xc10->id), qPrintable(query));
        // Every task found says so in its title's pinyin or in its text.
        const QString q = query.toLower().remove(QLatin1Char(' '));
        for (qint64 id : shown()) {
            const PlanNode &n = m_model->taskById(id)->node;
            bool said = n.text.toLower().contains(q);
            for (const QString &title : {n.title, n.titleZh}) {
                for (const PinyinReading r : {PinyinReading::General, PinyinReading::Names})
                    said = said || toPinyin(title, r).full.contains(q) ||
                           toPinyin(title, r).initials.contains(q);
            }
            QVERIFY2(said, qPrintable(n.title));
        }
    }
}

void TstPlanTreeModel::searchesEnglish()
{
    const StoredTask *hn8 = task(0, QStringLiteral("8"));
    QVERIFY(hn8);
    m_filter->setSearch(QStringLiteral("ultra-low"));
    QVERIFY(shown().contains(hn8->id));
    // The English words, or the Chinese for "ultra-low emission" (超低排放, the search terms glossary).
    const QList<qint64> expected = scan([](const StoredTask &t) {
        const QString own = t.node.title + t.node.titleEn + t.node.titleZh + t.node.text;
        return own.contains(QStringLiteral("ultra-low"), Qt::CaseInsensitive) ||
               own.contains(QStringLiteral("超低排放"));
    });
    QVERIFY(expected.contains(task(1, QStringLiteral("10"))->id)); // Xuchang's 超低排放 task
    QCOMPARE(shown(), expected);
    m_filter->setSearch(QStringLiteral("ULTRA-LOW"));
    QCOMPARE(shown(), expected);
}

void TstPlanTreeModel::filtersByDepartment()
{
    const QString department = QStringLiteral("市生态环境局");
    m_filter->setDepartment(department);
    const QList<qint64> expected = scan([&](const StoredTask &t) {
        return t.node.lead.contains(department) || t.node.cooperating.contains(department) ||
               t.node.responsible.contains(department);
    });
    QVERIFY(expected.size() > 5);
    QCOMPARE(shown(), expected);
    // Filters combine: the department's water tasks only.
    m_filter->setCategory(QStringLiteral("water"));
    QCOMPARE(shown(), scan([&](const StoredTask &t) {
                 return expected.contains(t.id) && t.node.category == QLatin1String("water");
             }));
}

void TstPlanTreeModel::filtersByCategory()
{
    for (const QString &category : {QStringLiteral("air"), QStringLiteral("water"), QStringLiteral("soil")}) {
        m_filter->setCategory(category);
        const QList<qint64> expected = scan([&](const StoredTask &t) { return t.node.category == category; });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shown(), expected);
    }
}

void TstPlanTreeModel::filtersByLocality()
{
    auto naming = [](const QString &prefix) {
        return [prefix](const StoredTask &t) {
            return std::any_of(t.node.places.begin(), t.node.places.end(),
                               [&](const PlaceRef &p) { return p.code.startsWith(prefix); });
        };
    };
    // A county: Yuzhou.
    m_filter->setLocality(QStringLiteral("411081"));
    const QList<qint64> yuzhou = scan(naming(QStringLiteral("411081")));
    QVERIFY(!yuzhou.isEmpty());
    QCOMPARE(shown(), yuzhou);
    // Its prefecture, Xuchang, by code or by its four digits, takes in Yuzhou and the other counties.
    const QList<qint64> xuchang = scan(naming(QStringLiteral("4110")));
    for (const QString &area : {QStringLiteral("411000"), QStringLiteral("4110")}) {
        m_filter->setLocality(area);
        QCOMPARE(shown(), xuchang);
    }
    for (qint64 id : yuzhou)
        QVERIFY(xuchang.contains(id));
    QVERIFY(xuchang.size() > yuzhou.size());
    // By name: exactly the tasks naming it.
    m_filter->setLocality(QStringLiteral("禹州市"));
    QCOMPARE(shown(), yuzhou);
}

void TstPlanTreeModel::filtersByDeadline()
{
    m_filter->setToday(QDate(2025, 1, 1));
    m_filter->setDeadline(TaskQuery::Due::Overdue);
    const QList<qint64> overdue =
        scan([](const StoredTask &t) { return t.deadline.isValid() && t.deadline < QDate(2025, 1, 1); });
    QVERIFY(!overdue.isEmpty());
    QCOMPARE(shown(), overdue);
    m_filter->setToday(QDate(2023, 6, 1));
    QVERIFY(shown().isEmpty());

    m_filter->setDeadline(TaskQuery::Due::InYear, {}, 2024);
    QCOMPARE(shown(), scan([](const StoredTask &t) {
                 return t.deadline.year() == 2024 ||
                        std::any_of(t.node.deadlines.begin(), t.node.deadlines.end(),
                                    [](QDate d) { return d.year() == 2024; });
             }));
    // By a date: any of its deadlines, staged ones too ("2024年底前 … 2025年9月底前").
    m_filter->setDeadline(TaskQuery::Due::ByDate, QDate(2024, 12, 31));
    const QList<qint64> byEnd2024 = shown();
    QCOMPARE(byEnd2024, scan([](const StoredTask &t) {
                 QList<QDate> dates = t.node.deadlines;
                 dates << t.deadline;
                 return std::any_of(dates.begin(), dates.end(),
                                    [](QDate d) { return d.isValid() && d <= QDate(2024, 12, 31); });
             }));
    QVERIFY(byEnd2024.contains(task(1, QStringLiteral("8"))->id)); // 加快淘汰落后低效产能: 2024
    m_filter->setDeadline(TaskQuery::Due::None);
    QCOMPARE(shown(),
             scan([](const StoredTask &t) { return !t.deadline.isValid() && t.node.deadlines.isEmpty(); }));
}

void TstPlanTreeModel::editedValuesKeepTheRows()
{
    // A task's values change (a link confirmed): the rows stay, so views keep selection and expansion.
    const StoredTask *xc10 = task(1, QStringLiteral("10"));
    const QPersistentModelIndex row = m_model->indexOfTask(xc10->id);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    QList<StoredPlan> edited = m_plans;
    for (StoredTask &t : edited[1].tasks) {
        if (t.id == xc10->id)
            t.node.lead = QStringList{QStringLiteral("市发展和改革委员会")};
    }
    m_model->setPlans(edited);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changes.isEmpty());
    QVERIFY(row.isValid());
    QCOMPARE(m_model->index(row.row(), PlanTreeModel::LeadColumn, row.parent()).data().toString(),
             QStringLiteral("市发展和改革委员会"));
    // A task removed changes the rows: reset.
    edited[1].tasks.removeLast();
    m_model->setPlans(edited);
    QCOMPARE(resets.size(), 1);
}

QTEST_GUILESS_MAIN(TstPlanTreeModel)
#include "tst_plantreemodel.moc"
