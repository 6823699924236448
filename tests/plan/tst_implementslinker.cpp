// SPDX-License-Identifier: GPL-3.0-or-later
// Which province task a city task carries out: the suggestions on the two shipped plans against a reading
// of the documents, the same plan linked to itself, and a plan's level read from its issuer.
#include "testsupport.h"

#include "plan/implementslinker.h"
#include "plan/planjurisdiction.h"
#include "store/projectstore.h"

#include <QTest>

using namespace ecoplan;

class TstImplementsLinker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void xuchangAgainstProvince();
    void demoProjectStoresTheSuggestions();
    void aPlanLinksToItself();
    void unrelatedTasksGetNoSuggestion();
    void jurisdiction_data();
    void jurisdiction();

private:
    static const StoredTask *taskNumbered(const StoredPlan &plan, const QString &number);
    QList<StoredPlan> m_plans;
};

void TstImplementsLinker::initTestCase()
{
    auto store = ProjectStore::open(test::demoProject());
    QVERIFY2(store.ok(), qPrintable(store.error()));
    auto plans = (*store)->readPlans();
    QVERIFY2(plans.ok(), qPrintable(plans.error()));
    m_plans = *plans;
    QCOMPARE(m_plans.size(), 2);
    QCOMPARE(m_plans[0].level, QStringLiteral("province"));
    QCOMPARE(m_plans[0].regionCode, QStringLiteral("410000"));
    QCOMPARE(m_plans[1].level, QStringLiteral("city"));
    QCOMPARE(m_plans[1].regionCode, QStringLiteral("411000"));
}

const StoredTask *TstImplementsLinker::taskNumbered(const StoredPlan &plan, const QString &number)
{
    for (const StoredTask &t : plan.tasks) {
        if (t.node.kind == PlanNode::Kind::Task && t.node.number == number)
            return &t;
    }
    return nullptr;
}

void TstImplementsLinker::xuchangAgainstProvince()
{
    // Our reading of the two documents: Xuchang task → the province task it implements, where one clearly
    // exists (Xuchang's dust, cooking fumes, fireworks, VOCs, roads and soil tasks have no single
    // counterpart among the province's 24 and are left out).
    const QList<QPair<int, int>> reading = {{1, 1},   {2, 3},   {3, 4},   {5, 5},   {6, 6},   {7, 7},
                                            {8, 10},  {9, 9},   {10, 8},  {17, 11}, {18, 12}, {19, 13},
                                            {20, 14}, {21, 16}, {23, 15}, {24, 18}, {25, 19}, {26, 20},
                                            {27, 21}, {28, 22}, {29, 23}, {30, 24}};
    const StoredPlan &province = m_plans[0];
    const StoredPlan &xuchang = m_plans[1];
    QHash<qint64, qint64> suggested;
    for (const LinkSuggestion &s : ImplementsLinker::suggest(xuchang, province))
        suggested.insert(s.cityTaskId, s.provinceTaskId);
    int agree = 0;
    QStringList misses;
    for (const auto &[city, prov] : reading) {
        const StoredTask *c = taskNumbered(xuchang, QString::number(city));
        const StoredTask *p = taskNumbered(province, QString::number(prov));
        QVERIFY(c && p);
        if (suggested.value(c->id) == p->id)
            ++agree;
        else
            misses << QStringLiteral("%1→%2").arg(city).arg(prov);
    }
    qInfo("suggestions agreeing with the reading: %d of %d; missed: %s", agree, int(reading.size()),
          qPrintable(misses.join(u' ')));
    QVERIFY2(agree >= int(reading.size()) * 9 / 10, qPrintable(misses.join(u' ')));
    // The example: Xuchang's ultra-low-emission task implements the province's.
    QCOMPARE(suggested.value(taskNumbered(xuchang, QStringLiteral("10"))->id),
             taskNumbered(province, QStringLiteral("8"))->id);
}

void TstImplementsLinker::demoProjectStoresTheSuggestions()
{
    // Importing the city plan after the province plan stored the suggestions, unconfirmed.
    const StoredPlan &xuchang = m_plans[1];
    const StoredTask *ultraLow = taskNumbered(xuchang, QStringLiteral("10"));
    QVERIFY(ultraLow->implementsTaskId.has_value());
    QCOMPARE(*ultraLow->implementsTaskId, taskNumbered(m_plans[0], QStringLiteral("8"))->id);
    QVERIFY(!ultraLow->implementsConfirmed);
    for (const StoredTask &t : m_plans[0].tasks)
        QVERIFY2(!t.implementsTaskId, "a province task implements nothing");
}

void TstImplementsLinker::aPlanLinksToItself()
{
    // A plan against a copy of itself (another language, no translations): each task finds itself.
    const StoredPlan &xuchang = m_plans[1];
    int self = 0, tasks = 0;
    for (const LinkSuggestion &s : ImplementsLinker::suggest(xuchang, xuchang)) {
        if (s.cityTaskId == s.provinceTaskId)
            ++self;
    }
    for (const StoredTask &t : xuchang.tasks)
        tasks += t.node.kind == PlanNode::Kind::Task ? 1 : 0;
    QCOMPARE(self, tasks);
}

void TstImplementsLinker::unrelatedTasksGetNoSuggestion()
{
    StoredPlan city;
    city.id = 1;
    StoredTask fireworks;
    fireworks.id = 100;
    fireworks.node.kind = PlanNode::Kind::Task;
    fireworks.node.title = QStringLiteral("严控燃放烟花爆竹");
    fireworks.node.text = QStringLiteral("严控燃放烟花爆竹。春节期间加强巡查。");
    city.tasks = {fireworks};
    QVERIFY(ImplementsLinker::suggest(city, m_plans[0]).isEmpty());
}

void TstImplementsLinker::jurisdiction_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("place");
    QTest::newRow("city") << QStringLiteral("许昌市人民政府") << QString() << QStringLiteral("city")
                          << QStringLiteral("许昌市");
    QTest::newRow("province office") << QStringLiteral("河南省人民政府办公厅") << QString()
                                     << QStringLiteral("province") << QStringLiteral("河南省");
    QTest::newRow("county") << QStringLiteral("襄城县人民政府") << QString() << QStringLiteral("county")
                            << QStringLiteral("襄城县");
    QTest::newRow("english") << QStringLiteral("General Office of the People's Government of Henan Province")
                             << QString() << QStringLiteral("province") << QStringLiteral("Henan");
    QTest::newRow("title only") << QString() << QStringLiteral("禹州市生态环境保护三年行动方案")
                                << QStringLiteral("city") << QStringLiteral("禹州市");
    QTest::newRow("unknown") << QStringLiteral("某工作组") << QStringLiteral("行动方案") << QString()
                             << QString();
}

void TstImplementsLinker::jurisdiction()
{
    QFETCH(QString, issuer);
    QFETCH(QString, title);
    Plan plan;
    plan.issuer = issuer;
    plan.title = title;
    const PlanJurisdiction j = planJurisdiction(plan);
    QTEST(j.level, "level");
    QTEST(j.place, "place");
}

QTEST_GUILESS_MAIN(TstImplementsLinker)
#include "tst_implementslinker.moc"
