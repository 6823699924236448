// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the task-list export: the demo's plans written as CSV and XLSX through GDAL read back (with OGR)
// row for row as ProjectStore::readPlans() has them, the Xuchang PM2.5 goal among them; the CSV starts with a
// BOM; a failed export leaves no file and keeps an old one; `ecoplan export-tasks` exit codes.
#include "core/table.h"
#include "plan/tasklisttable.h"
#include "store/projectstore.h"
#include "store/tablewriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace ecoplan;

class TstTaskListExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableFollowsStoredPlans();
    void writeAndReadBack_data();
    void writeAndReadBack();
    void csvHasBom();
    void noLiveFormulas();
    void failedExportLeavesNoFile();
    void commandLine();

private:
    /// The rows of a written file as OGR reads them: column name → text, per row.
    QList<QHash<QString, QString>> readBack(const QString &path);
    /// How many rows the plans should give: per plan its goals, per task max(1, targets).
    static int expectedRows(const QList<StoredPlan> &plans, std::optional<qint64> planId = std::nullopt);
    QList<StoredPlan> m_plans;
    QTemporaryDir m_dir;
};

void TstTaskListExport::initTestCase()
{
    auto store = ProjectStore::open(test::demoProject());
    QVERIFY2(store, qPrintable(store.error()));
    auto plans = (*store)->readPlans();
    QVERIFY2(plans, qPrintable(plans.error()));
    m_plans = *plans;
    QCOMPARE(m_plans.size(), 2);
}

int TstTaskListExport::expectedRows(const QList<StoredPlan> &plans, std::optional<qint64> planId)
{
    int rows = 0;
    for (const StoredPlan &p : plans) {
        if (planId && p.id != *planId)
            continue;
        rows += int(p.plan.targets.size());
        for (const StoredTask &t : p.tasks) {
            if (t.node.kind == PlanNode::Kind::Task)
                rows += std::max(1, int(t.node.targets.size()));
        }
    }
    return rows;
}

QList<QHash<QString, QString>> TstTaskListExport::readBack(const QString &path)
{
    // XLSX: the first row is the header even where every cell is text.
    const char *const options[] = {"HEADERS=FORCE", nullptr};
    QList<QHash<QString, QString>> rows;
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options, nullptr));
    if (!ds || ds->GetLayerCount() != 1)
        return rows;
    OGRLayer *layer = ds->GetLayer(0);
    for (auto &&f : *layer) {
        QHash<QString, QString> row;
        for (int i = 0; i < f->GetFieldCount(); ++i) {
            row.insert(QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef()),
                       f->IsFieldSetAndNotNull(i) ? QString::fromUtf8(f->GetFieldAsString(i)) : QString());
        }
        rows.append(row);
    }
    return rows;
}

void TstTaskListExport::tableFollowsStoredPlans()
{
    const TaskListTable all = TaskListTable::build(m_plans);
    QCOMPARE(int(all.rows.size()), expectedRows(m_plans));
    const qint64 xuchang = m_plans[1].id;
    const TaskListTable one = TaskListTable::build(m_plans, xuchang);
    QCOMPARE(int(one.rows.size()), expectedRows(m_plans, xuchang));
    for (const QVariantList &row : one.rows)
        QCOMPARE(row[TaskListTable::PlanTitle].toString(), m_plans[1].plan.title);
    // Task 3 of Xuchang: three targets → three rows, each with the task's columns.
    int task3 = 0;
    for (const QVariantList &row : one.rows) {
        if (row[TaskListTable::Number] != QLatin1String("3"))
            continue;
        ++task3;
        QCOMPARE(row[TaskListTable::Section].toString(), QStringLiteral("（二）加快推进交通运输结构调整"));
        QCOMPARE(row[TaskListTable::Lead].toString(), QStringLiteral("市发展和改革委员会; 市交通运输局"));
        QCOMPARE(row[TaskListTable::Category].toString(), QStringLiteral("transport"));
    }
    QCOMPARE(task3, 3);
    // A city task linked to a province task names the province task, also when only the city plan is
    // exported.
    QList<StoredPlan> linked = m_plans;
    const auto isTask = [](const StoredTask &t) { return t.node.kind == PlanNode::Kind::Task; };
    const StoredTask &province = *std::find_if(linked[0].tasks.begin(), linked[0].tasks.end(), isTask);
    StoredTask &city = *std::find_if(linked[1].tasks.begin(), linked[1].tasks.end(), isTask);
    city.implementsTaskId = province.id;
    bool named = false;
    for (const QVariantList &row : TaskListTable::build(linked, xuchang).rows) {
        if (row[TaskListTable::Number] == city.node.number) {
            QCOMPARE(province.node.number, QStringLiteral("1"));
            QCOMPARE(row[TaskListTable::Implements].toString(), QStringLiteral("1. ") + province.node.title);
            named = true;
        }
    }
    QVERIFY(named);
}

void TstTaskListExport::writeAndReadBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << QStringLiteral("tasks.csv");
    QTest::newRow("xlsx") << QStringLiteral("tasks.xlsx");
}

void TstTaskListExport::writeAndReadBack()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    const Status s = TableWriter::write(TaskListTable::build(m_plans).toTable(), path);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(QDir(m_dir.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .filter(QStringLiteral(".ecoplan-export")),
             QStringList()); // no scratch left behind
    const auto rows = readBack(path);
    QCOMPARE(int(rows.size()), expectedRows(m_plans));
    QCOMPARE(QStringList(rows.first().keys()).size(), int(TaskListTable::ColumnCount));
    for (const QString &column : TaskListTable::columnNames())
        QVERIFY2(rows.first().contains(column), qPrintable(column));

    // The Xuchang PM2.5 goal: a plan-wide row (no task number), < 41 µg/m³ by the end of 2025.
    const QString xuchang = m_plans[1].plan.title;
    const Target &goal = m_plans[1].plan.targets.first();
    QVERIFY(goal.indicator.contains(QLatin1String("PM2.5")));
    bool found = false;
    for (const auto &row : rows) {
        if (row[QStringLiteral("plan")] != xuchang || !row[QStringLiteral("number")].isEmpty() ||
            !row[QStringLiteral("target_indicator")].contains(QLatin1String("PM2.5")))
            continue;
        found = true;
        QCOMPARE(row[QStringLiteral("target_comparator")], QStringLiteral("<"));
        QCOMPARE(row[QStringLiteral("target_value")].toDouble(), 41.0);
        QCOMPARE(row[QStringLiteral("target_unit")], goal.unit);
        QCOMPARE(row[QStringLiteral("target_deadline")], QStringLiteral("2025-12-31"));
        QVERIFY(row[QStringLiteral("title")].isEmpty());
    }
    QVERIFY(found);
    // Every stored task is there, with its lead departments as written.
    for (const StoredTask &t : m_plans[1].tasks) {
        if (t.node.kind != PlanNode::Kind::Task)
            continue;
        const auto match = std::find_if(rows.begin(), rows.end(), [&](const auto &row) {
            return row[QStringLiteral("plan")] == xuchang && row[QStringLiteral("number")] == t.node.number;
        });
        QVERIFY2(match != rows.end(), qPrintable(t.node.number));
        QCOMPARE((*match)[QStringLiteral("title")], t.node.title);
        QCOMPARE((*match)[QStringLiteral("lead")], t.node.lead.join(QStringLiteral("; ")));
    }
}

void TstTaskListExport::csvHasBom()
{
    const QString path = m_dir.filePath(QStringLiteral("bom.csv"));
    QVERIFY(TableWriter::write(TaskListTable::build(m_plans).toTable(), path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(64);
    QVERIFY(head.startsWith("\xEF\xBB\xBF"
                            "plan,section,number,title"));
}

/// Text that a spreadsheet would run as a formula is written as text: an apostrophe in CSV, a string cell in
/// XLSX; numbers (a negative one too) stay numbers.
void TstTaskListExport::noLiveFormulas()
{
    Table table{QStringLiteral("t"),
                {{QStringLiteral("text"), QMetaType::QString}, {QStringLiteral("value"), QMetaType::Double}},
                {{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), -5.0},
                 {QStringLiteral("+1"), 1.0},
                 {QStringLiteral("-2"), 2.0},
                 {QStringLiteral("@SUM(A1)"), 3.0},
                 {QStringLiteral("排污口 = 5"), 4.0}},
                {}};
    const QString csv = m_dir.filePath(QStringLiteral("formulas.csv"));
    QVERIFY(TableWriter::write(table, csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.size() == 1)
        lines = lines.first().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY2(lines[1].startsWith(QStringLiteral("\"'=HYPERLINK(")), qPrintable(lines[1]));
    QVERIFY2(lines[1].endsWith(QStringLiteral(",-5")), qPrintable(lines[1]));
    QCOMPARE(lines[2], QStringLiteral("'+1,1"));
    QCOMPARE(lines[3], QStringLiteral("'-2,2"));
    QCOMPARE(lines[4], QStringLiteral("'@SUM(A1),3"));
    QCOMPARE(lines[5], QStringLiteral("排污口 = 5,4"));

    const QString xlsx = m_dir.filePath(QStringLiteral("formulas.xlsx"));
    QVERIFY(TableWriter::write(table, xlsx));
    GDALDatasetUniquePtr ds(GDALDataset::Open(xlsx.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    QStringList texts;
    for (auto &&feature : *ds->GetLayer(0))
        texts << QString::fromUtf8(feature->GetFieldAsString(0));
    QCOMPARE(texts.first(), table.rows.first().first().toString());
    QCOMPARE(texts.value(2), QStringLiteral("-2"));
}

void TstTaskListExport::failedExportLeavesNoFile()
{
    const TaskListTable table = TaskListTable::build(m_plans);
    // Unknown format: refused before anything is written.
    const QString txt = m_dir.filePath(QStringLiteral("tasks.txt"));
    const Status wrongKind = TableWriter::write(table.toTable(), txt);
    QVERIFY(!wrongKind);
    QVERIFY(wrongKind.error().contains(QLatin1String(".xlsx")));
    QVERIFY(!QFileInfo::exists(txt));
    // A folder that does not exist.
    const Status noFolder =
        TableWriter::write(table.toTable(), m_dir.filePath(QStringLiteral("missing/tasks.csv")));
    QVERIFY(!noFolder);
    QVERIFY(noFolder.error().contains(QLatin1String("missing")));
    // An old export stays until a new one is complete; a complete one replaces it.
    const QString old = m_dir.filePath(QStringLiteral("old.csv"));
    QFile f(old);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("old");
    f.close();
    QVERIFY(TableWriter::write(table.toTable(), old));
    QVERIFY(QFileInfo(old).size() > 100);
}

void TstTaskListExport::commandLine()
{
    const auto run = [](const QStringList &args, QString *err = nullptr) {
        QProcess p;
        p.start(test::ecoplanBinary(), QStringList{QStringLiteral("export-tasks")} + args);
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    };
    const QString out = m_dir.filePath(QStringLiteral("cli.xlsx"));
    QString err;
    QCOMPARE(run({QStringLiteral("--project"), test::demoProject(), QStringLiteral("--out"), out}, &err), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(int(readBack(out).size()), expectedRows(m_plans));

    const QString one = m_dir.filePath(QStringLiteral("one.csv"));
    QCOMPARE(run({QStringLiteral("--project"), test::demoProject(), QStringLiteral("--out"), one,
                  QStringLiteral("--plan"), QString::number(m_plans[1].id)}),
             0);
    QCOMPARE(int(readBack(one).size()), expectedRows(m_plans, m_plans[1].id));

    const struct
    {
        QStringList args;
        const char *says;
    } failures[] = {
        {{QStringLiteral("--project"), test::demoProject()}, "usage"},
        {{QStringLiteral("--project"), m_dir.filePath(QStringLiteral("none.gpkg")), QStringLiteral("--out"),
          out},
         "none.gpkg"},
        {{QStringLiteral("--project"), test::demoProject(), QStringLiteral("--out"), out,
          QStringLiteral("--plan"), QStringLiteral("999")},
         "no plan 999"},
        {{QStringLiteral("--project"), test::demoProject(), QStringLiteral("--out"),
          m_dir.filePath(QStringLiteral("x.ods"))},
         ".xlsx"},
    };
    for (const auto &f : failures) {
        QCOMPARE(run(f.args, &err), 1);
        QVERIFY2(err.contains(QLatin1String(f.says)), qPrintable(err));
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }
}

QTEST_MAIN(TstTaskListExport)
#include "tst_tasklistexport.moc"
