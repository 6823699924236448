// SPDX-License-Identifier: GPL-3.0-or-later
// The province plan, imported from its English translation, read in a Chinese UI and the Xuchang plan in an
// English one (issue 12, item 3), on the demo project built from the seed documents: numbering follows the
// outline (一、 （一） 1. / I. (1) 1.) whatever the translation wrote ("one," "Third," "(Three)"); departments
// are translated both ways through the department glossary and filter as one; 排污口 and "outfall" find the
// outfall tasks of the English plan through the search terms. The stored text stays as written.
#include "itemmodels/plantaskfilter.h"
#include "itemmodels/plantreemodel.h"
#include "plan/glossary.h"
#include "plan/plannumbering.h"
#include "plan/tasklisttable.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace ecoplan;

class TstPlanLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void numbersInBothLanguages();
    void englishPlanNumberedInChinese();
    void englishPlanNumberedInEnglish();
    void numberingKeepsTheWrittenNumber();
    void glossaryIsBuiltIn();
    void glossaryRejectsABadFile();
    void departmentTranslatedBothWays();
    void everyDepartmentOfBothPlansIsKnown();
    void departmentFilterIsOneEntryForBothLanguages();
    void treeShowsDepartmentsInTheUiLanguage();
    void exportHasDepartmentsInBothLanguages();
    void outfallSearchFindsTheEnglishPlan();
    void outfallSearchFindsChineseText();

private:
    const StoredTask *node(int plan, PlanNode::Kind kind, const QString &number) const;
    /// The numbered titles of the province plan's nodes of `kind`, in document order.
    QStringList provinceTitles(PlanNode::Kind kind) const;
    QList<qint64> search(const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<StoredPlan> m_plans; ///< [0] the province plan (English), [1] Xuchang (Chinese)
};

void TstPlanLanguage::initTestCase()
{
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("language.gpkg"));
    auto p = ProjectLoader::openProject(path);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
    auto plans = m_project->store()->readPlans();
    QVERIFY2(plans.ok(), qPrintable(plans.error()));
    m_plans = *plans;
    QCOMPARE(m_plans.size(), 2);
    QVERIFY(m_plans[0].plan.title.contains(QLatin1String("Henan Province")));
}

void TstPlanLanguage::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

const StoredTask *TstPlanLanguage::node(int plan, PlanNode::Kind kind, const QString &number) const
{
    for (const StoredTask &t : m_plans.at(plan).tasks) {
        if (t.node.kind == kind && t.node.number == number)
            return &t;
    }
    return nullptr;
}

QStringList TstPlanLanguage::provinceTitles(PlanNode::Kind kind) const
{
    QStringList out;
    for (const StoredTask &t : m_plans[0].tasks) {
        if (t.node.kind == kind)
            out << numberedTitle(t.node);
    }
    return out;
}

QList<qint64> TstPlanLanguage::search(const QString &text) const
{
    PlanTreeModel model;
    model.setPlans(m_plans);
    PlanTaskFilter filter(&model);
    filter.setSearch(text);
    return filter.visibleTaskIds();
}

void TstPlanLanguage::numbersInBothLanguages()
{
    QCOMPARE(chineseNumber(1), QStringLiteral("一"));
    QCOMPARE(chineseNumber(10), QStringLiteral("十"));
    QCOMPARE(chineseNumber(12), QStringLiteral("十二"));
    QCOMPARE(chineseNumber(20), QStringLiteral("二十"));
    QCOMPARE(chineseNumber(24), QStringLiteral("二十四"));
    QCOMPARE(romanNumber(3), QStringLiteral("III"));
    QCOMPARE(romanNumber(4), QStringLiteral("IV"));
    QCOMPARE(romanNumber(14), QStringLiteral("XIV"));
}

void TstPlanLanguage::englishPlanNumberedInChinese()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // The translation writes its parts "one," "Third," and "4." (part 二 is not in the translation).
    const StoredTask *third = node(0, PlanNode::Kind::Part, QStringLiteral("Third"));
    QVERIFY(third);
    QCOMPARE(numberedTitle(third->node), QStringLiteral("三、重点任务"));
    QCOMPARE(provinceTitles(PlanNode::Kind::Part),
             (QStringList{QStringLiteral("一、总体要求"), QStringLiteral("三、重点任务"),
                          QStringLiteral("四、保障措施")}));
    // Sections (1) … (10) under 三, and under 四 (1), (2), "(Three)", (4): all （一） （二） ….
    const QStringList sections = provinceTitles(PlanNode::Kind::Section);
    QCOMPARE(sections.size(), 14);
    QCOMPARE(sections.at(0), QStringLiteral("（一）城市空气质量提升行动"));
    QCOMPARE(sections.at(9), QStringLiteral("（十）环境监管能力提升行动"));
    QCOMPARE(sections.at(12), QStringLiteral("（三）完善政策措施"));
    for (const QString &s : sections)
        QVERIFY2(s.startsWith(u'（') && !s.contains(QLatin1String("Three")), qPrintable(s));
    // Tasks 1. … 24., in order.
    const QStringList tasks = provinceTitles(PlanNode::Kind::Task);
    QCOMPARE(tasks.size(), 24);
    for (int i = 0; i < tasks.size(); ++i)
        QVERIFY2(tasks[i].startsWith(QStringLiteral("%1. ").arg(i + 1)), qPrintable(tasks[i]));
    QCOMPARE(tasks.at(12), QStringLiteral("13. 建设美丽幸福河湖"));
    // The Chinese plan reads as it is written.
    const StoredTask *xcPart = node(1, PlanNode::Kind::Part, QStringLiteral("二"));
    QVERIFY(xcPart);
    QCOMPARE(numberedTitle(xcPart->node), QStringLiteral("二、重点任务"));
    const StoredTask *xcSection = node(1, PlanNode::Kind::Section, QStringLiteral("(一)"));
    QVERIFY(xcSection);
    QVERIFY(numberedTitle(xcSection->node).startsWith(QStringLiteral("（一）")));
    // The tree shows the same.
    PlanTreeModel model;
    model.setPlans(m_plans);
    QCOMPARE(model.indexOfTask(third->id).data().toString(), QStringLiteral("三、重点任务"));
}

void TstPlanLanguage::englishPlanNumberedInEnglish()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(provinceTitles(PlanNode::Kind::Part),
             (QStringList{QStringLiteral("I. Overall requirements"), QStringLiteral("III. Key tasks"),
                          QStringLiteral("IV. Safeguards")}));
    const QStringList sections = provinceTitles(PlanNode::Kind::Section);
    QCOMPARE(sections.at(12), QStringLiteral("(3) Improve policies and measures"));
    const StoredTask *xcPart = node(1, PlanNode::Kind::Part, QStringLiteral("二"));
    QCOMPARE(numberedTitle(xcPart->node), QStringLiteral("II. Key tasks"));
}

void TstPlanLanguage::numberingKeepsTheWrittenNumber()
{
    // The stored number and the task's text stay the document's.
    const StoredTask *three = nullptr;
    for (const StoredTask &t : m_plans[0].tasks) {
        if (t.node.kind == PlanNode::Kind::Section && t.node.number == QLatin1String("(Three)"))
            three = &t;
    }
    QVERIFY(three);
    QCOMPARE(three->node.ordinal, 3);
    QCOMPARE(structuralNumber(three->node, true), QStringLiteral("（三）"));
    QCOMPARE(structuralNumber(three->node, false), QStringLiteral("(3)"));
    // Without an ordinal (an older project) the written number is all there is.
    PlanNode unnumbered = three->node;
    unnumbered.ordinal = 0;
    QCOMPARE(structuralNumber(unnumbered, true), QStringLiteral("(Three)"));
    const StoredTask *t13 = node(0, PlanNode::Kind::Task, QStringLiteral("13"));
    QVERIFY(t13->node.text.contains(QLatin1String("sewage outlets into the river")));
}

void TstPlanLanguage::glossaryIsBuiltIn()
{
    QVERIFY(Glossary::departments().terms().size() >= 50);
    QVERIFY(Glossary::searchTerms().find(QStringLiteral("排污口")));
    // The built-in files are the ones in data/glossary.
    const Result<Glossary> file =
        Glossary::read(QStringLiteral(ECOPLAN_GLOSSARY_DIR "/departments.csv"));
    QVERIFY2(file, qPrintable(file.error()));
    QCOMPARE(file->terms().size(), Glossary::departments().terms().size());
}

void TstPlanLanguage::glossaryRejectsABadFile()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("zh,en,aliases\n省财政厅,Department of Finance,\n省水利厅,Department of Water Resources,Department of "
            "Finance\n");
    f.close();
    const Result<Glossary> g = Glossary::read(path);
    QVERIFY(!g);
    QVERIFY2(g.error().contains(QLatin1String("row 3")) && g.error().contains(QStringLiteral("省财政厅")),
             qPrintable(g.error()));
}

void TstPlanLanguage::departmentTranslatedBothWays()
{
    const Glossary &g = Glossary::departments();
    // English → Chinese, in the spellings the translation uses.
    for (const QString &en :
         {QStringLiteral("Provincial Department of Ecology and Environment"),
          QStringLiteral("the Department of Ecological Environment"), QStringLiteral("Ecological Environment Department")})
        QCOMPARE(g.translate(en, true), QStringLiteral("省生态环境厅"));
    QCOMPARE(g.translate(QStringLiteral("Department of Industry and Information Technology"), true),
             QStringLiteral("省工业和信息化厅"));
    QCOMPARE(g.translate(QStringLiteral("Market Supervision Bureau"), true), QStringLiteral("省市场监管局"));
    // Chinese → English.
    QCOMPARE(g.translate(QStringLiteral("省生态环境厅"), false),
             QStringLiteral("Provincial Department of Ecology and Environment"));
    QCOMPARE(g.translate(QStringLiteral("市生态环境局"), false),
             QStringLiteral("Municipal Bureau of Ecology and Environment"));
    // One key across languages; an unknown name is itself.
    QCOMPARE(g.key(QStringLiteral("Department of Water Resources")), g.key(QStringLiteral("省水利厅")));
    QCOMPARE(g.translate(QStringLiteral("某某办公室"), false), QStringLiteral("某某办公室"));
    // A list the extractor could not split is split where each part is a known name.
    QCOMPARE(g.translate(QStringList{QStringLiteral("Water Conservancy Department and Agricultural and Rural "
                                                    "Department")},
                         true),
             (QStringList{QStringLiteral("省水利厅"), QStringLiteral("省农业农村厅")}));
    QCOMPARE(g.split(QStringLiteral("Development and Reform Commission")),
             QStringList{QStringLiteral("Development and Reform Commission")});
}

void TstPlanLanguage::everyDepartmentOfBothPlansIsKnown()
{
    QStringList unknown;
    for (const StoredPlan &p : m_plans) {
        for (const StoredTask &t : p.tasks) {
            // A list the extractor left whole ("Forestry Bureau and Henan Yellow River Bureau") in its parts.
            for (const QString &name : t.node.lead + t.node.cooperating + t.node.responsible) {
                for (const QString &part : Glossary::departments().split(name)) {
                    if (!Glossary::departments().find(part) && !unknown.contains(part))
                        unknown << part;
                }
            }
        }
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QStringLiteral(" | "))));
}

void TstPlanLanguage::departmentFilterIsOneEntryForBothLanguages()
{
    PlanTreeModel model;
    model.setPlans(m_plans);
    PlanTaskFilter filter(&model);
    // The province plan names its environment department in several spellings; all are 省生态环境厅.
    // Its names, alone or in a list the extractor left whole ("… Construction Department and Ecological
    // Environment Department").
    const QStringList spellings = {QStringLiteral("Department of Ecology and Environment"),
                                   QStringLiteral("Department of Ecological Environment"),
                                   QStringLiteral("Ecological Environment Department")};
    QList<qint64> expected;
    for (const StoredTask &t : m_plans[0].tasks) {
        const QString names = (t.node.lead + t.node.cooperating + t.node.responsible).join(u'|');
        if (t.node.kind == PlanNode::Kind::Task &&
            std::any_of(spellings.begin(), spellings.end(), [&](const QString &s) { return names.contains(s); }))
            expected << t.id;
    }
    QVERIFY(expected.size() >= 15);
    filter.setDepartment(QStringLiteral("省生态环境厅"));
    QCOMPARE(filter.visibleTaskIds(), expected);
    // The English name finds the same tasks.
    filter.setDepartment(QStringLiteral("Provincial Department of Ecology and Environment"));
    QCOMPARE(filter.visibleTaskIds(), expected);
}

void TstPlanLanguage::treeShowsDepartmentsInTheUiLanguage()
{
    PlanTreeModel model;
    model.setPlans(m_plans);
    const StoredTask *hn1 = node(0, PlanNode::Kind::Task, QStringLiteral("1"));
    const StoredTask *xc10 = node(1, PlanNode::Kind::Task, QStringLiteral("10"));
    QCOMPARE(hn1->node.lead, QStringList{QStringLiteral("Provincial Department of Ecology and Environment")});
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(model.indexOfTask(hn1->id, PlanTreeModel::LeadColumn).data().toString(),
             QStringLiteral("省生态环境厅"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(model.indexOfTask(xc10->id, PlanTreeModel::LeadColumn).data().toString(),
             QStringLiteral("Municipal Bureau of Ecology and Environment"));
}

void TstPlanLanguage::exportHasDepartmentsInBothLanguages()
{
    const TaskListTable table = TaskListTable::build(m_plans, m_plans[0].id);
    const StoredTask *hn3 = node(0, PlanNode::Kind::Task, QStringLiteral("3"));
    bool seen = false;
    for (const QVariantList &row : table.rows) {
        if (row[TaskListTable::Number] != QLatin1String("3"))
            continue;
        seen = true;
        // `responsible` stays as written; the added columns carry both languages.
        QCOMPARE(row[TaskListTable::Responsible].toString(), hn3->node.responsible.join(QStringLiteral("; ")));
        QVERIFY2(row[TaskListTable::ResponsibleZh].toString().startsWith(
                     QStringLiteral("省发展改革委; 省工业和信息化厅; 省财政厅; 省生态环境厅")),
                 qPrintable(row[TaskListTable::ResponsibleZh].toString()));
        QVERIFY(row[TaskListTable::ResponsibleEn].toString().startsWith(
            QStringLiteral("Provincial Development and Reform Commission; Provincial Department of Industry")));
        // The section numbered as the outline says, in the document's language.
        QCOMPARE(row[TaskListTable::Section].toString(), QStringLiteral("(2) Transportation Cleaning Action"));
    }
    QVERIFY(seen);
    QCOMPARE(TaskListTable::columnNames().mid(TaskListTable::LeadZh),
             (QStringList{QStringLiteral("lead_zh"), QStringLiteral("cooperating_zh"),
                          QStringLiteral("responsible_zh"), QStringLiteral("lead_en"),
                          QStringLiteral("cooperating_en"), QStringLiteral("responsible_en")}));
}

void TstPlanLanguage::outfallSearchFindsTheEnglishPlan()
{
    // The province plan's outfall tasks: 13 (sewage outlets into the Yellow River) and 16 (sewage outlets
    // of the Danjiangkou Reservoir); its text never says 排污口 or "outfall". The Xuchang plan has no task
    // about outfalls.
    const qint64 hn13 = node(0, PlanNode::Kind::Task, QStringLiteral("13"))->id;
    const qint64 hn16 = node(0, PlanNode::Kind::Task, QStringLiteral("16"))->id;
    for (const StoredPlan &p : m_plans) {
        for (const StoredTask &t : p.tasks)
            QVERIFY(!t.node.text.contains(QStringLiteral("排污口")) &&
                    !t.node.text.contains(QLatin1String("outfall"), Qt::CaseInsensitive));
    }
    for (const QString &query :
         {QStringLiteral("排污口"), QStringLiteral("入河排污口"), QStringLiteral("outfall"), QStringLiteral("Outfalls")})
        QCOMPARE(search(query), (QList<qint64>{hn13, hn16}));
    // Pinyin of the titles still works beside it.
    const QList<qint64> chaodi = search(QStringLiteral("cdpf"));
    QVERIFY(chaodi.contains(node(1, PlanNode::Kind::Task, QStringLiteral("10"))->id));
}

void TstPlanLanguage::outfallSearchFindsChineseText()
{
    // The other way: a Chinese task about 入河排污口 is found by the English words.
    PlanNode zh;
    zh.kind = PlanNode::Kind::Task;
    zh.number = QStringLiteral("5");
    zh.title = QStringLiteral("开展入河排污口排查整治");
    zh.text = QStringLiteral("开展入河排污口排查整治，2024年底前完成整治任务。");
    const QString key = TaskQuery::searchKey(zh);
    for (const QString &query : {QStringLiteral("outfall"), QStringLiteral("sewage outlet")}) {
        TaskQuery q;
        q.search = query;
        QVERIFY2(q.matchesSearch(key), qPrintable(query));
    }
    // Only where the subject is there: "industrial" is not "dust".
    PlanNode other = zh;
    other.title = QStringLiteral("推进工业园区建设");
    other.text = QStringLiteral("Upgrade industrial parks.");
    TaskQuery q;
    q.search = QStringLiteral("outfall");
    QVERIFY(!q.matchesSearch(TaskQuery::searchKey(other)));
    q.search = QStringLiteral("扬尘");
    QVERIFY(!q.matchesSearch(TaskQuery::searchKey(other)));
}

QTEST_GUILESS_MAIN(TstPlanLanguage)
#include "tst_planlanguage.moc"
