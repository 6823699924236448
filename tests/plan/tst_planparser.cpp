// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the plan parser on the two seed plans (Henan province, English translation; Xuchang city,
// Chinese): the part/section/task tree, targets, deadlines and departments of sampled tasks as the documents
// state them, a responsible party for every task, unseen plans of the same genre and malformed input.
#include "plan/deadlineextractor.h"
#include "plan/planjson.h"
#include "plan/planparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ecoplan;

namespace {

QString seed(const char *name)
{
    QFile f(QStringLiteral(ECOPLAN_PLAN_SEEDS_DIR "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

const PlanNode *findTask(const Plan &plan, const QString &number)
{
    for (const PlanNode *n : collectNodes(plan, PlanNode::Kind::Task)) {
        if (n->number == number)
            return n;
    }
    return nullptr;
}

bool hasTarget(const PlanNode &n, const QString &indicator, const QString &comparator, double value,
               const QString &unit, const QDate &deadline)
{
    for (const Target &t : n.targets) {
        if (t.indicator == indicator && t.comparator == comparator && qFuzzyCompare(t.value, value) &&
            t.unit == unit && t.deadline == deadline)
            return true;
    }
    return false;
}

QString describe(const PlanNode &n)
{
    QStringList parts;
    for (const Target &t : n.targets)
        parts.append(QStringLiteral("[%1 %2 %3 %4 %5]")
                         .arg(t.indicator, t.comparator, QString::number(t.value), t.unit,
                              t.deadline.toString(Qt::ISODate)));
    return parts.join(QLatin1Char(' '));
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

const QString kCounties = QStringLiteral("各县〔市、区〕政府〔管委会〕");

} // namespace

#define CHECK_TARGET(node, ...) QVERIFY2(hasTarget(node, __VA_ARGS__), qPrintable(describe(node)))

class TstPlanParser : public QObject
{
    Q_OBJECT
private slots:
    void deadlines_data();
    void deadlines();
    void xuchangTree();
    void xuchangSampledTasks();
    void provinceTree();
    void provinceSampledTasks();
    void everyTaskHasResponsibleParty_data();
    void everyTaskHasResponsibleParty();
    void unseenChinesePlan();
    void unseenEnglishPlan();
    void malformed_data();
    void malformed();
    void mixedWidthPunctuation();
    void json();
};

void TstPlanParser::deadlines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("到2025年") << QStringLiteral("到2025年，完成") << d(2025, 12, 31);
    QTest::newRow("年年底前") << QStringLiteral("2023年年底前完成") << d(2023, 12, 31);
    QTest::newRow("年底") << QStringLiteral("2024年底") << d(2024, 12, 31);
    QTest::newRow("月底前") << QStringLiteral("2025年9月底前") << d(2025, 9, 30);
    QTest::newRow("月") << QStringLiteral("2024年6月完成") << d(2024, 6, 30);
    QTest::newRow("上半年") << QStringLiteral("2026年上半年前") << d(2026, 6, 30);
    QTest::newRow("end of September") << QStringLiteral("by the end of September 2025") << d(2025, 9, 30);
    QTest::newRow("end of year") << QStringLiteral("by the end of 2024,") << d(2024, 12, 31);
    QTest::newRow("by year") << QStringLiteral("By 2025, the") << d(2025, 12, 31);
    QTest::newRow("end-2023") << QStringLiteral("traced by end-2023") << d(2023, 12, 31);
    QTest::newRow("十四五") << QStringLiteral("“十四五”期间完成") << d(2025, 12, 31);
    QTest::newRow("bare year is none") << QStringLiteral("较2022年下降10个百分点") << QDate();
    QTest::newRow("period is none") << QStringLiteral("(2023-2025年)") << QDate();
}

void TstPlanParser::deadlines()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const QList<QDate> found = DeadlineExtractor::dates(text);
    if (!date.isValid())
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).toString(Qt::ISODate)));
    else
        QCOMPARE(found, QList<QDate>{date});
}

void TstPlanParser::xuchangTree()
{
    const Result<Plan> plan = PlanParser::parse(seed("xuchang-2023-2025-zh.txt"));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->title, QStringLiteral("许昌市推动生态环境质量稳定向好三年行动实施方案(2023-2025年)"));
    QCOMPARE(plan->docNumber, QStringLiteral("许政办 [2023] 20号"));
    QCOMPARE(plan->issuer, QStringLiteral("许昌市人民政府"));
    QCOMPARE(plan->issuedDate, d(2023, 9, 21));
    QCOMPARE(plan->periodStart, d(2023, 1, 1));
    QCOMPARE(plan->periodEnd, d(2025, 12, 31));
    // 一、总体要求 / 二、重点任务 / 三、保障措施; "突出抓好12项重点任务" under 二, numbered 1.–30.
    QCOMPARE(plan->nodes.size(), 3);
    QCOMPARE(plan->nodes[1].number, QStringLiteral("二"));
    QCOMPARE(plan->nodes[1].title, QStringLiteral("重点任务"));
    QCOMPARE(plan->nodes[1].children.size(), 12);
    QCOMPARE(plan->nodes[1].children[11].number, QStringLiteral("(十二)"));
    QCOMPARE(plan->nodes[1].children[11].title, QStringLiteral("进一步提升环境监管能力"));
    const QList<const PlanNode *> tasks = collectNodes(*plan, PlanNode::Kind::Task);
    QCOMPARE(tasks.size(), 30);
    for (int i = 0; i < tasks.size(); ++i)
        QCOMPARE(tasks[i]->ordinal, i + 1);
    QCOMPARE(plan->nodes[0].children.size(), 3);
    QCOMPARE(plan->nodes[2].children.size(), 4);
    QCOMPARE(tasks[0]->title, QStringLiteral("推动空气质量排名提升"));

    // (三)主要目标: "到2025年，细颗粒物(PM2.5)浓度低于41微克/立方米，空气质量优良天数比率达到73.5%，
    // 重污染天数比例低于1.6%；国考断面水质达到或好于Ⅲ类水体比例达到100%，省考断面水质达到Ⅳ类，…；
    // 受污染耕地安全利用率达到95%"
    const QList<Target> &goals = plan->targets;
    QCOMPARE(goals.size(), 6);
    QCOMPARE(goals[0].indicator, QStringLiteral("细颗粒物(PM2.5)浓度"));
    QCOMPARE(goals[0].comparator, QStringLiteral("<"));
    QCOMPARE(goals[0].value, 41.0);
    QCOMPARE(goals[0].unit, QStringLiteral("µg/m³"));
    QCOMPARE(goals[0].deadline, d(2025, 12, 31));
    QCOMPARE(goals[1].value, 73.5);
    QCOMPARE(goals[3].indicator, QStringLiteral("国考断面水质达到或好于III类水体比例"));
    QCOMPARE(goals[3].value, 100.0);
    QCOMPARE(goals[3].deadline, d(2025, 12, 31));
    QCOMPARE(goals[4].unit, QStringLiteral("类"));
    QCOMPARE(goals[4].value, 4.0);
    QCOMPARE(goals[5].value, 95.0);
}

void TstPlanParser::xuchangSampledTasks()
{
    const Result<Plan> parsed = PlanParser::parse(seed("xuchang-2023-2025-zh.txt"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const Plan &plan = *parsed;
    const auto task = [&plan](const char *n) {
        const PlanNode *t = findTask(plan, QString::fromLatin1(n));
        return t ? *t : PlanNode{};
    };

    // 1. (市生态环境局牵头，各县〔市、区〕政府〔管委会〕负责落实)
    const PlanNode t1 = task("1");
    QCOMPARE(t1.lead, QStringList{QStringLiteral("市生态环境局")});
    QCOMPARE(t1.responsible, QStringList{kCounties});
    QVERIFY(t1.deadlines.isEmpty());
    QCOMPARE(t1.category, QStringLiteral("air"));

    // 3. "2023年年底前完成专用线建设任务…力争2025年年底前投入使用…到2025年，…清洁运输比例达到80%以上。
    // (市发展和改革委员会、市交通运输局牵头，市自然资源和规划局、市生态环境局、市工业和信息化局、市水利局配合，…)"
    const PlanNode t3 = task("3");
    QCOMPARE(t3.deadlines, (QList<QDate>{d(2023, 12, 31), d(2025, 12, 31)}));
    QCOMPARE(t3.lead, (QStringList{QStringLiteral("市发展和改革委员会"), QStringLiteral("市交通运输局")}));
    QCOMPARE(t3.cooperating,
             (QStringList{QStringLiteral("市自然资源和规划局"), QStringLiteral("市生态环境局"),
                          QStringLiteral("市工业和信息化局"), QStringLiteral("市水利局")}));
    // "力争全市公路货物周转量占比较2022年下降10个百分点": a change, so the verb stays in the indicator.
    CHECK_TARGET(t3, QStringLiteral("公路货物周转量占比较2022年下降"), QStringLiteral("="), 10,
                 QStringLiteral("percentage points"), d(2025, 12, 31));
    CHECK_TARGET(t3, QStringLiteral("火电、钢铁、化工、煤炭、焦化等行业大宗货物清洁运输比例"),
                 QStringLiteral(">="), 80, QStringLiteral("%"), d(2025, 12, 31));

    // 5. "到2025年，非化石能源消费占比提高到16%以上，煤炭消费占比降至40%以下，电力装机容量达到470万千瓦"
    const PlanNode t5 = task("5");
    CHECK_TARGET(t5, QStringLiteral("非化石能源消费占比"), QStringLiteral(">="), 16, QStringLiteral("%"),
                 d(2025, 12, 31));
    CHECK_TARGET(t5, QStringLiteral("煤炭消费占比"), QStringLiteral("<="), 40, QStringLiteral("%"),
                 d(2025, 12, 31));
    CHECK_TARGET(t5, QStringLiteral("电力装机容量"), QStringLiteral("="), 470, QStringLiteral("万千瓦"),
                 d(2025, 12, 31));
    QCOMPARE(t5.lead, QStringList{QStringLiteral("市发展和改革委员会")});
    QCOMPARE(t5.category, QStringLiteral("energy"));

    // 7. "2024年年底前，分散建设的燃料类煤气发生炉完成清洁能源替代…到2025年，…工业炉窑改用清洁低碳能源。
    // (市生态环境局、市发展和改革委员会、市工业和信息化局按职责分工负责，各县〔市、区〕政府〔管委会〕负责落实)"
    const PlanNode t7 = task("7");
    QCOMPARE(t7.deadlines, (QList<QDate>{d(2024, 12, 31), d(2025, 12, 31)}));
    QVERIFY(t7.lead.isEmpty());
    QCOMPARE(t7.responsible,
             (QStringList{QStringLiteral("市生态环境局"), QStringLiteral("市发展和改革委员会"),
                          QStringLiteral("市工业和信息化局"), kCounties}));

    // 10.
    // "2023年年底前，钢铁企业完成…；2024年年底前，水泥、焦化企业…；2025年9月底前，…完成清洁运输超低排放改造。
    // (市生态环境局牵头，市发展和改革委员会、市工业和信息化局、市交通运输局配合，…)"
    const PlanNode t10 = task("10");
    QCOMPARE(t10.deadlines, (QList<QDate>{d(2023, 12, 31), d(2024, 12, 31), d(2025, 9, 30)}));
    QCOMPARE(t10.lead, QStringList{QStringLiteral("市生态环境局")});
    QCOMPARE(t10.cooperating,
             (QStringList{QStringLiteral("市发展和改革委员会"), QStringLiteral("市工业和信息化局"),
                          QStringLiteral("市交通运输局")}));

    // 11. "2025年年底前，推动实现全市重点行业绩效分级B级及以上企业总数达到230家以上"
    CHECK_TARGET(task("11"), QStringLiteral("重点行业绩效分级B级及以上企业总数"), QStringLiteral(">="), 230,
                 QStringLiteral("家"), d(2025, 12, 31));

    // 13. "各县(市、区)平均降尘量不得高于7吨/月·平方公里" (市住房和城乡建设局牵头，…配合)
    const PlanNode t13 = task("13");
    CHECK_TARGET(t13, QStringLiteral("各县(市、区)平均降尘量"), QStringLiteral("<="), 7,
                 QStringLiteral("吨/月·平方公里"), QDate());
    QCOMPARE(t13.lead, QStringList{QStringLiteral("市住房和城乡建设局")});
    QCOMPARE(t13.cooperating.size(), 5);

    // 16. "(市生态环境局牵头，市住房和城乡建设局、市城市管理局、市市场监督管理局、市公安局等部门配合，…)"
    QCOMPARE(task("16").cooperating.last(), QStringLiteral("市公安局"));

    // 21. "到2025年，…70个村庄完成农村生活污水治理任务。(…，禹州市、长葛市政府负责落实)"
    const PlanNode t21 = task("21");
    CHECK_TARGET(t21, QStringLiteral("村庄完成农村生活污水治理任务"), QStringLiteral("="), 70,
                 QStringLiteral("个"), d(2025, 12, 31));
    QCOMPARE(t21.responsible, (QStringList{QStringLiteral("禹州市"), QStringLiteral("长葛市政府")}));

    // 23.
    // "2023年年底前，…到2025年，全市完成1000亩历史遗留矿山生态修复治理。(…按职责分工负责，禹州市、襄城县政府负责落实)"
    const PlanNode t23 = task("23");
    QCOMPARE(t23.deadlines, (QList<QDate>{d(2023, 12, 31), d(2025, 12, 31)}));
    CHECK_TARGET(t23, QStringLiteral("历史遗留矿山生态修复治理"), QStringLiteral("="), 1000,
                 QStringLiteral("mu"), d(2025, 12, 31));
    QCOMPARE(t23.responsible.last(), QStringLiteral("襄城县政府"));
    QCOMPARE(t23.category, QStringLiteral("ecology"));

    // 24. "到2025年，主要农作物化肥农药利用率提高到43%，畜禽粪污综合利用率达到85%以上，农膜回收率达到90%以上"
    const PlanNode t24 = task("24");
    CHECK_TARGET(t24, QStringLiteral("主要农作物化肥农药利用率"), QStringLiteral("="), 43,
                 QStringLiteral("%"), d(2025, 12, 31));
    CHECK_TARGET(t24, QStringLiteral("畜禽粪污综合利用率"), QStringLiteral(">="), 85, QStringLiteral("%"),
                 d(2025, 12, 31));
    CHECK_TARGET(t24, QStringLiteral("农膜回收率"), QStringLiteral(">="), 90, QStringLiteral("%"),
                 d(2025, 12, 31));

    // 26. "(市环委办牵头，相关市直单位按职责分工负责，各县〔市、区〕政府〔管委会〕负责落实)"
    const PlanNode t26 = task("26");
    QCOMPARE(t26.lead, QStringList{QStringLiteral("市环委办")});
    QCOMPARE(t26.responsible, (QStringList{QStringLiteral("相关市直单位"), kCounties}));

    // 29. "力争2024年年底前县级执法机构…达标，2025年年底前…全面达标。(市生态环境局牵头，市财政局配合，…)"
    const PlanNode t29 = task("29");
    QCOMPARE(t29.deadlines, (QList<QDate>{d(2024, 12, 31), d(2025, 12, 31)}));
    QCOMPARE(t29.cooperating, QStringList{QStringLiteral("市财政局")});
    QCOMPARE(t29.category, QStringLiteral("supervision"));
    QVERIFY(plan.warnings.isEmpty());
}

void TstPlanParser::provinceTree()
{
    const Result<Plan> plan = PlanParser::parse(seed("henan-province-2023-2025-en.txt"));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->title,
             QStringLiteral("Three-year Action Plan for Promoting the Stability of the Ecological "
                            "Environment Quality in Henan Province (2023-2025)"));
    QCOMPARE(plan->titleEn.value_or(QString()), plan->title);
    QCOMPARE(plan->issuer, QStringLiteral("General Office of the People's Government of Henan Province"));
    QCOMPARE(plan->periodEnd, d(2025, 12, 31));
    // The translation numbers its parts "one,", "Third," and "4." (the second part is lost in translation).
    QCOMPARE(plan->nodes.size(), 3);
    QCOMPARE(plan->nodes[1].number, QStringLiteral("Third"));
    QCOMPARE(plan->nodes[2].number, QStringLiteral("4"));
    QCOMPARE(plan->nodes[2].title, QStringLiteral("Safeguard measures"));
    // The "Ten Major Actions": (1)–(10), tasks 1.–24.; ". 4." and ". 9." begin lines after broken
    // parentheses.
    QCOMPARE(plan->nodes[1].children.size(), 10);
    QCOMPARE(plan->nodes[1].children[9].title,
             QStringLiteral("Environmental supervision capacity improvement actions"));
    const QList<const PlanNode *> tasks = collectNodes(*plan, PlanNode::Kind::Task);
    QCOMPARE(tasks.size(), 24);
    for (int i = 0; i < tasks.size(); ++i)
        QCOMPARE(tasks[i]->ordinal, i + 1);
    QCOMPARE(plan->nodes[2].children.size(), 4);
    QCOMPARE(plan->nodes[2].children[2].number, QStringLiteral("(Three)"));

    // "By 2025, the concentration of fine particulate matter in the province will be less than 42.5
    // micrograms/cubic meters, the ratio of days with good air quality will reach 71%"
    QCOMPARE(plan->targets.size(), 2);
    QCOMPARE(plan->targets[0].indicator,
             QStringLiteral("the concentration of fine particulate matter in the province"));
    QCOMPARE(plan->targets[0].comparator, QStringLiteral("<"));
    QCOMPARE(plan->targets[0].value, 42.5);
    QCOMPARE(plan->targets[0].unit, QStringLiteral("µg/m³"));
    QCOMPARE(plan->targets[1].value, 71.0);
    QCOMPARE(plan->targets[1].deadline, d(2025, 12, 31));
}

void TstPlanParser::provinceSampledTasks()
{
    const Result<Plan> parsed = PlanParser::parse(seed("henan-province-2023-2025-en.txt"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const Plan &plan = *parsed;
    const auto task = [&plan](const char *n) {
        const PlanNode *t = findTask(plan, QString::fromLatin1(n));
        return t ? *t : PlanNode{};
    };
    const QString ecology = QStringLiteral("Provincial Department of Ecology and Environment");

    // 1. "(Provincial Department of Ecology and Environment takes the lead, and the municipal governments …
    // are responsible for the implementation)"; "by 2025, Anyang City, …"
    const PlanNode t1 = task("1");
    QCOMPARE(t1.lead, QStringList{ecology});
    QCOMPARE(t1.responsible.first(),
             QStringLiteral("municipal governments under the jurisdiction of each province"));
    QCOMPARE(t1.deadlines, QList<QDate>{d(2025, 12, 31)});

    // 8. "by the end of 2023 … by the end of 2024. By the end of September 2025 …" "(Led by the Provincial
    // Department of Ecology and Environment, with the cooperation of the Provincial Development and Reform
    // Commission, the Department of Industry and Information Technology and the Department of
    // Transportation."
    const PlanNode t8 = task("8");
    QCOMPARE(t8.deadlines, (QList<QDate>{d(2023, 12, 31), d(2024, 12, 31), d(2025, 9, 30)}));
    QCOMPARE(t8.lead, QStringList{ecology});
    QCOMPARE(t8.cooperating, (QStringList{QStringLiteral("Provincial Development and Reform Commission"),
                                          QStringLiteral("Department of Industry and Information Technology"),
                                          QStringLiteral("Department of Transportation")}));

    // 13. "80% of the sewage outlets into the river will be traced and 30% of the regulation tasks will be
    // completed by the end of 2023, all the sewage outlets into the river will be traced and 70% of the
    // regulation tasks will be completed by the end of 2024" "(Led by the Provincial Department of Water
    // Resources and the Department of Ecological Environment, with the cooperation of …"
    const PlanNode t13 = task("13");
    CHECK_TARGET(t13, QStringLiteral("the sewage outlets into the river traced"), QStringLiteral("="), 80,
                 QStringLiteral("%"), d(2023, 12, 31));
    CHECK_TARGET(t13, QStringLiteral("the regulation tasks completed"), QStringLiteral("="), 30,
                 QStringLiteral("%"), d(2023, 12, 31));
    CHECK_TARGET(t13, QStringLiteral("the regulation tasks completed"), QStringLiteral("="), 70,
                 QStringLiteral("%"), d(2024, 12, 31));
    CHECK_TARGET(t13, QStringLiteral("the sewage outlets into the river traced"), QStringLiteral("="), 100,
                 QStringLiteral("%"), d(2024, 12, 31));
    QCOMPARE(t13.lead, (QStringList{QStringLiteral("Provincial Department of Water Resources"),
                                    QStringLiteral("Department of Ecological Environment")}));

    // 15. "By 2025, the ecological restoration of 150,000 mu of historical mines will be completed"
    CHECK_TARGET(task("15"), QStringLiteral("historical mines completed"), QStringLiteral("="), 150000,
                 QStringLiteral("mu"), d(2025, 12, 31));

    // 16. "By the end of June 2025, … by 2025, …" "(Led by …, coordinated by the Provincial Department of
    // Natural Resources and the Department of Water Resources, and implemented by the governments of …)"
    const PlanNode t16 = task("16");
    QCOMPARE(t16.deadlines, (QList<QDate>{d(2025, 6, 30), d(2025, 12, 31)}));
    QCOMPARE(t16.cooperating, (QStringList{QStringLiteral("Provincial Department of Natural Resources"),
                                           QStringLiteral("Department of Water Resources")}));
    QCOMPARE(t16.responsible,
             QStringList{QStringLiteral("governments of Zhengzhou, Luoyang, Pingdingshan, Anyang, "
                                        "Hebi, Xinxiang, Jiaozuo, Xuchang, Sanmenxia and Nanyang")});

    // 18. "By 2025, the utilization rate of chemical fertilizers and pesticides for major crops will reach
    // over 43%, the comprehensive utilization rate of livestock and poultry manure will reach over 83%, and
    // the recovery rate of agricultural film will reach over 90%."
    const PlanNode t18 = task("18");
    CHECK_TARGET(
        t18, QStringLiteral("the utilization rate of chemical fertilizers and pesticides for major crops"),
        QStringLiteral(">="), 43, QStringLiteral("%"), d(2025, 12, 31));
    CHECK_TARGET(t18, QStringLiteral("the comprehensive utilization rate of livestock and poultry manure"),
                 QStringLiteral(">="), 83, QStringLiteral("%"), d(2025, 12, 31));
    QCOMPARE(t18.cooperating, QStringList{QStringLiteral("Provincial Department of Ecological Environment")});

    // 5. "By 2025, the proportion of non-fossil energy consumption will increase to more than 16%"
    // "(Under the leadership of the Provincial Development and Reform Commission, …"
    const PlanNode t5 = task("5");
    CHECK_TARGET(t5, QStringLiteral("the proportion of non-fossil energy consumption"), QStringLiteral(">="),
                 16, QStringLiteral("%"), d(2025, 12, 31));
    QCOMPARE(t5.lead, QStringList{QStringLiteral("Provincial Development and Reform Commission")});

    // 23. names no department: the responsible list most tasks name (as task 1's) is assumed, with a warning.
    const PlanNode t23 = task("23");
    QCOMPARE(t23.deadlines, (QList<QDate>{d(2023, 12, 31), d(2025, 12, 31)}));
    QVERIFY(t23.lead.isEmpty());
    QCOMPARE(t23.responsible, t1.responsible);
    QCOMPARE(t23.responsible.size(), 2);
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY(plan.warnings.first().contains(QStringLiteral("23")));
}

void TstPlanParser::everyTaskHasResponsibleParty_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("province") << QStringLiteral("henan-province-2023-2025-en.txt");
    QTest::newRow("xuchang") << QStringLiteral("xuchang-2023-2025-zh.txt");
}

void TstPlanParser::everyTaskHasResponsibleParty()
{
    QFETCH(QString, file);
    const Result<Plan> plan = PlanParser::parse(seed(file.toLatin1().constData()));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    for (const PlanNode *t : collectNodes(*plan, PlanNode::Kind::Task)) {
        QVERIFY2(!t->lead.isEmpty() || !t->responsible.isEmpty(), qPrintable(t->number));
        QVERIFY2(!t->title.isEmpty() && t->text.startsWith(t->title.chopped(t->title.endsWith(u'…') ? 1 : 0)),
                 qPrintable(t->number));
    }
}

void TstPlanParser::unseenChinesePlan()
{
    // Full-width digits and parentheses, parts and tasks without sections, (1) items inside a task.
    const QString text = QStringLiteral(
        "某某市大气污染防治攻坚行动方案（２０２４—２０２６年）\n"
        "一、工作目标\n"
        "到２０２６年，全市ＰＭ２．５浓度控制在３５微克／立方米以内，优良天数比例达到８０％以上。\n"
        "二、重点任务\n"
        "１．推进燃煤锅炉淘汰。２０２６年６月底前，完成全部燃煤锅炉清洁能源替代：\n"
        "（１）城区锅炉全部拆除；\n"
        "（２）园区锅炉改用天然气。（市发展改革委牵头，市生态环境局、市财政局配合，各区县人民政府负责落实）\n"
        "２．加强扬尘管控。到２０２６年，降尘量不高于６吨／月·平方公里。（市住房城乡建设局牵头，各区县人民政"
        "府负责落实）\n"
        "３．开展执法检查。持续开展专项执法。\n"
        "三、保障措施\n"
        "加强组织领导。\n");
    const Result<Plan> plan = PlanParser::parse(text);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->title, QStringLiteral("某某市大气污染防治攻坚行动方案(2024—2026年)"));
    QCOMPARE(plan->periodEnd, d(2026, 12, 31));
    QCOMPARE(plan->nodes.size(), 3);
    QCOMPARE(plan->nodes[1].kind, PlanNode::Kind::Part);
    QCOMPARE(plan->nodes[1].children.size(), 3);
    const QList<const PlanNode *> tasks = collectNodes(*plan, PlanNode::Kind::Task);
    QCOMPARE(tasks.size(), 3);
    QVERIFY(collectNodes(*plan, PlanNode::Kind::Section).isEmpty());
    const PlanNode &t1 = *tasks[0];
    QCOMPARE(t1.number, QStringLiteral("1"));
    QCOMPARE(t1.title, QStringLiteral("推进燃煤锅炉淘汰"));
    QVERIFY(t1.text.contains(QStringLiteral("(2)园区锅炉改用天然气")));
    QCOMPARE(t1.deadlines, QList<QDate>{d(2026, 6, 30)});
    QCOMPARE(t1.lead, QStringList{QStringLiteral("市发展改革委")});
    QCOMPARE(t1.cooperating, (QStringList{QStringLiteral("市生态环境局"), QStringLiteral("市财政局")}));
    QCOMPARE(t1.responsible, QStringList{QStringLiteral("各区县人民政府")});
    CHECK_TARGET(*tasks[1], QStringLiteral("降尘量"), QStringLiteral("<="), 6,
                 QStringLiteral("吨/月·平方公里"), d(2026, 12, 31));
    // Task 3 names nobody: the plan's usual responsible party.
    QCOMPARE(tasks[2]->responsible, QStringList{QStringLiteral("各区县人民政府")});
    QCOMPARE(plan->warnings.size(), 1);
    QCOMPARE(plan->targets.size(), 2);
    QCOMPARE(plan->targets[0].indicator, QStringLiteral("PM2.5浓度"));
    QCOMPARE(plan->targets[0].comparator, QStringLiteral("<="));
    QCOMPARE(plan->targets[0].value, 35.0);
    QCOMPARE(plan->targets[0].deadline, d(2026, 12, 31));
    QCOMPARE(plan->targets[1].comparator, QStringLiteral(">="));
    QCOMPARE(plan->targets[1].value, 80.0);
}

void TstPlanParser::unseenEnglishPlan()
{
    const QString text = QStringLiteral(
        "Clean Water Action Plan of Example County (2024-2026)\n"
        "Action 1: Protect drinking water sources\n"
        "1. By the end of June 2026, complete the demarcation of all village water source protection zones. "
        "(The "
        "County Water Resources Bureau takes the lead, the County Ecology and Environment Bureau cooperates, "
        "and "
        "the township governments are responsible for the implementation)\n"
        "2. By 2026, the share of treated rural sewage will reach more than 60%. (Led by the County "
        "Agriculture "
        "Bureau, the township governments are responsible for the implementation)\n"
        "Action 2: Supervision\n"
        "3. Carry out monthly inspections. (The County Ecology and Environment Bureau takes the lead)\n");
    const Result<Plan> plan = PlanParser::parse(text);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->title, QStringLiteral("Clean Water Action Plan of Example County (2024-2026)"));
    QCOMPARE(plan->nodes.size(), 2);
    QCOMPARE(plan->nodes[0].number, QStringLiteral("Action 1"));
    QCOMPARE(plan->nodes[0].title, QStringLiteral("Protect drinking water sources"));
    const QList<const PlanNode *> tasks = collectNodes(*plan, PlanNode::Kind::Task);
    QCOMPARE(tasks.size(), 3);
    QCOMPARE(tasks[0]->deadlines, QList<QDate>{d(2026, 6, 30)});
    QCOMPARE(tasks[0]->lead, QStringList{QStringLiteral("County Water Resources Bureau")});
    QCOMPARE(tasks[0]->cooperating, QStringList{QStringLiteral("County Ecology and Environment Bureau")});
    QCOMPARE(tasks[0]->responsible, QStringList{QStringLiteral("township governments")});
    CHECK_TARGET(*tasks[1], QStringLiteral("the share of treated rural sewage"), QStringLiteral(">="), 60,
                 QStringLiteral("%"), d(2026, 12, 31));
    QCOMPARE(tasks[1]->lead, QStringList{QStringLiteral("County Agriculture Bureau")});
    QCOMPARE(tasks[2]->lead, QStringList{QStringLiteral("County Ecology and Environment Bureau")});
    QCOMPARE(plan->nodes[1].children.size(), 1);
}

void TstPlanParser::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral(" \n\t\n　") << QStringLiteral("empty");
    QByteArray junk(4096, '\0');
    QRandomGenerator rng(42);
    for (char &c : junk)
        c = char(rng.bounded(256));
    QTest::newRow("binary") << QString::fromUtf8(junk) << QStringLiteral("does not look like text");
    QTest::newRow("latin1 junk") << QString::fromLatin1(junk) << QStringLiteral("does not look like text");
    QTest::newRow("no numbering") << QStringLiteral(
                                         "为推动生态环境质量改善，制定本方案。\n各地要加强组织领导。\n")
                                  << QStringLiteral("No numbered tasks");
    QTest::newRow("prose") << QStringLiteral(
                                  "The province will improve air quality by 2025.\nFirst, we will do "
                                  "much more than ever before to reduce emissions in every city.")
                           << QStringLiteral("No numbered tasks");
}

void TstPlanParser::malformed()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Result<Plan> plan = PlanParser::parse(text);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(reason), qPrintable(plan.error()));
    QVERIFY(!plan.error().contains(QLatin1Char('\n')));
}

void TstPlanParser::mixedWidthPunctuation()
{
    // Half- and full-width marks mixed as in pasted text: 一， （一) 1、 ２.
    const QString text = QStringLiteral(
        "一，总体要求\n（一)主要任务\n1、完成整治。2025年底前完成。(市环保局牵头，各区政府负责落实）\n"
        "２.加强监测。到2025年，监测覆盖率达到100%。（市环保局牵头)\n");
    const Result<Plan> plan = PlanParser::parse(text);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QList<const PlanNode *> tasks = collectNodes(*plan, PlanNode::Kind::Task);
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(collectNodes(*plan, PlanNode::Kind::Section).size(), 1);
    QCOMPARE(tasks[0]->deadlines, QList<QDate>{d(2025, 12, 31)});
    QCOMPARE(tasks[0]->lead, QStringList{QStringLiteral("市环保局")});
    QCOMPARE(tasks[0]->responsible, QStringList{QStringLiteral("各区政府")});
    CHECK_TARGET(*tasks[1], QStringLiteral("监测覆盖率"), QStringLiteral("="), 100, QStringLiteral("%"),
                 d(2025, 12, 31));
}

void TstPlanParser::json()
{
    const Result<Plan> plan = PlanParser::parse(seed("xuchang-2023-2025-zh.txt"));
    QVERIFY(plan.ok());
    const QJsonObject o = planToJson(*plan).object();
    QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("ecoplan-plan/1"));
    QCOMPARE(o.value(QStringLiteral("doc_number")).toString(), QStringLiteral("许政办 [2023] 20号"));
    const QJsonObject part = o.value(QStringLiteral("nodes")).toArray().at(1).toObject();
    QCOMPARE(part.value(QStringLiteral("kind")).toString(), QStringLiteral("part"));
    const QJsonObject section = part.value(QStringLiteral("children")).toArray().at(4).toObject();
    QCOMPARE(section.value(QStringLiteral("number")).toString(), QStringLiteral("(五)"));
    const QJsonObject t10 = section.value(QStringLiteral("children")).toArray().at(0).toObject();
    QCOMPARE(t10.value(QStringLiteral("kind")).toString(), QStringLiteral("task"));
    QCOMPARE(t10.value(QStringLiteral("number")).toString(), QStringLiteral("10"));
    QCOMPARE(t10.value(QStringLiteral("deadlines")).toArray().last().toString(),
             QStringLiteral("2025-09-30"));
    for (const char *key :
         {"title", "text", "targets", "lead", "cooperating", "responsible", "places", "children"})
        QVERIFY2(t10.contains(QLatin1String(key)), key);
    const QJsonObject goal = o.value(QStringLiteral("targets")).toArray().at(0).toObject();
    QCOMPARE(goal.value(QStringLiteral("comparator")).toString(), QStringLiteral("<"));
    QCOMPARE(goal.value(QStringLiteral("value")).toDouble(), 41.0);
    QCOMPARE(goal.value(QStringLiteral("deadline")).toString(), QStringLiteral("2025-12-31"));
}

QTEST_GUILESS_MAIN(TstPlanParser)
#include "tst_planparser.moc"
