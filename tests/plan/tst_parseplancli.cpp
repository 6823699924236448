// SPDX-License-Identifier: GPL-3.0-or-later
// Protects `ecoplan parse-plan`: JSON with the documented keys for a seed plan, a readable outline, and one
// line on stderr with exit code 1 for files it cannot parse.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

#include <functional>

class TstParsePlanCli : public QObject
{
    Q_OBJECT
private slots:
    void json();
    void outline();
    void errors_data();
    void errors();
    void importIntoProject();
    void demoProjectShipsBothPlans();
    void titleTranslations();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &args) const
    {
        QProcess p;
        p.start(ecoplan::test::ecoplanBinary(), args);
        if (!p.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timeout")};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
};

static const QString kXuchang = QStringLiteral(ECOPLAN_PLAN_SEEDS_DIR "/xuchang-2023-2025-zh.txt");

void TstParsePlanCli::json()
{
    const Run r = run({QStringLiteral("parse-plan"), kXuchang, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("ecoplan-plan/1"));
    for (const char *key : {"title", "doc_number", "issuer", "targets", "nodes"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("issuer")).toString(), QStringLiteral("许昌市人民政府"));
    const QJsonArray parts = o.value(QStringLiteral("nodes")).toArray();
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(1).toObject().value(QStringLiteral("children")).toArray().size(), 12);
    // Places are resolved against the shipped gazetteer: Xuchang and its counties with their codes.
    QSet<QString> codes;
    std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &nodes) {
        for (const QJsonValue &n : nodes) {
            for (const QJsonValue &p : n.toObject().value(QStringLiteral("places")).toArray())
                codes.insert(p.toObject().value(QStringLiteral("code")).toString());
            walk(n.toObject().value(QStringLiteral("children")).toArray());
        }
    };
    walk(parts);
    QVERIFY(codes.contains(QStringLiteral("411000"))); // 许昌市
    QVERIFY2(codes.size() >= 3, qPrintable(QStringList(codes.values()).join(QLatin1Char(','))));
}

void TstParsePlanCli::outline()
{
    // GB18030 input is decoded too.
    QFile seed(kXuchang);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(seed.readAll());
    QStringEncoder gb("GB18030");
    if (!gb.isValid())
        QSKIP("no GB18030 codec in this Qt build");
    const QByteArray encoded = gb.encode(text);
    const Run r = run({QStringLiteral("parse-plan"), write(QStringLiteral("gb.txt"), encoded)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QStringLiteral("task 30 巩固提升应急处置能力")));
    QVERIFY(out.contains(QStringLiteral("lead: 市生态环境局")));
}

void TstParsePlanCli::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("no-such-plan.txt") << QStringLiteral("does not exist");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << QStringLiteral("empty");
    QTest::newRow("unnumbered") << QStringLiteral("prose.txt") << QStringLiteral("No numbered tasks");
    QTest::newRow("not a docx") << QStringLiteral("plan.docx") << QStringLiteral("not a .docx document");
    QTest::newRow("binary") << QStringLiteral("junk.txt") << QStringLiteral("neither UTF-8 nor GB18030");
}

void TstParsePlanCli::errors()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    write(QStringLiteral("empty.txt"), {});
    write(QStringLiteral("prose.txt"), QByteArrayLiteral("The province will improve its air.\n"));
    write(QStringLiteral("plan.docx"), QByteArrayLiteral("PK\x03\x04"));
    QByteArray junk;
    for (int i = 0; i < 512; ++i)
        junk.append(char((i * 37 + 11) % 256));
    write(QStringLiteral("junk.txt"), junk);
    const Run r = run({QStringLiteral("parse-plan"), m_dir.filePath(file), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

/// One number from the project file, read with SQLite itself rather than through the workbench.
static qint64 count(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

void TstParsePlanCli::importIntoProject()
{
    const QString project =
        ecoplan::test::copyInto(m_dir, ecoplan::test::demoProject(), QStringLiteral("p.gpkg"));
    const qint64 plansBefore = count(project, "SELECT count(*) FROM plans");
    // A document that cannot be parsed leaves the project as it was.
    const QString prose = write(QStringLiteral("prose2.txt"), QByteArray("No numbering here at all.\n"));
    Run r = run({QStringLiteral("import-plan"), prose, QStringLiteral("--project"), project});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(count(project, "SELECT count(*) FROM plans"), plansBefore);

    r = run({QStringLiteral("import-plan"), kXuchang, QStringLiteral("--project"), project});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(count(project, "SELECT count(*) FROM plans"), plansBefore + 1);
    const char *tasks =
        "SELECT count(*) FROM plan_tasks t JOIN plans p ON p.id = t.plan_id WHERE p.doc_number "
        "LIKE '许政办%' AND t.kind = 'task' "
        "AND p.id = (SELECT max(id) FROM plans)";
    QCOMPARE(count(project, tasks), qint64(30));
    // Every task hangs under its section, which hangs under its part.
    QCOMPARE(count(project, "SELECT count(*) FROM plan_tasks WHERE kind = 'task' AND parent_id IS NULL"),
             qint64(0));
    QVERIFY(count(project, "SELECT count(*) FROM task_targets") > 0);
    // Xuchang is linked to its prefecture feature through the related-tables mapping.
    QVERIFY(count(project,
                  "SELECT count(*) FROM task_links_prefectures l JOIN prefectures f ON f.fid = l.base_id "
                  "WHERE f.code = '411000'") > 0);
    QVERIFY(count(project, "SELECT count(*) FROM plans WHERE length(source_text) > 1000") >= 1);
    QCOMPARE(count(project, "PRAGMA foreign_key_check"), qint64(-1)); // no row: every reference holds
}

void TstParsePlanCli::demoProjectShipsBothPlans()
{
    // The build imports data/plans into the demo project: the province plan's 24 tasks and Xuchang's 30.
    const QString demo = ecoplan::test::demoProject();
    QCOMPARE(count(demo, "SELECT count(*) FROM plans"), qint64(2));
    QCOMPARE(count(demo, "SELECT count(*) FROM plan_tasks t JOIN plans p ON p.id = t.plan_id WHERE t.kind = "
                         "'task' AND p.doc_number LIKE '许政办%'"),
             qint64(30));
    QCOMPARE(count(demo, "SELECT count(*) FROM plan_tasks t JOIN plans p ON p.id = t.plan_id WHERE t.kind = "
                         "'task' AND p.title LIKE 'Three-year Action Plan%'"),
             qint64(24));
    // In Chinese with English titles: every node of both plans has an English title, and the province plan
    // (shipped in English translation) a Chinese one.
    QCOMPARE(count(demo, "SELECT count(*) FROM plan_tasks WHERE coalesce(title_en, '') = ''"), qint64(0));
    QCOMPARE(count(demo, "SELECT count(*) FROM plan_tasks t JOIN plans p ON p.id = t.plan_id WHERE "
                         "p.level = 'province' AND coalesce(t.title_zh, '') = ''"),
             qint64(0));
    QCOMPARE(count(demo, "SELECT count(*) FROM plans WHERE title_zh LIKE '河南省%' AND level = 'province'"),
             qint64(1));
    // The plans' main targets, as the documents state them:
    // "By 2025, the concentration of fine particulate matter in the province will be less than 42.5
    //  micrograms/cubic meters, the ratio of days with good air quality will reach 71%"
    // "到2025年,细颗粒物(PM2.5)浓度低于41微克/立方米,空气质量优良天数比率达到73.5%,重污染天数比例低于1.6%;
    //  国考断面水质达到或好于Ⅲ类水体比例达到100%,…受污染耕地安全利用率达到95%"
    const auto goal = [&](const char *level, const char *indicator, const char *comparator, double value) {
        return count(demo,
                     QStringLiteral("SELECT count(*) FROM task_targets g JOIN plans p ON p.id = g.plan_id "
                                    "WHERE g.task_id IS NULL AND p.level = '%1' AND g.indicator LIKE "
                                    "'%%2%' AND g.comparator = '%3' AND g.value = %4 AND g.deadline = "
                                    "'2025-12-31'")
                         .arg(QLatin1String(level), QString::fromUtf8(indicator), QLatin1String(comparator))
                         .arg(value)
                         .toUtf8()
                         .constData());
    };
    QCOMPARE(goal("province", "fine particulate", "<", 42.5), qint64(1));
    QCOMPARE(goal("province", "good air quality", "=", 71), qint64(1));
    QCOMPARE(goal("city", "PM2.5", "<", 41), qint64(1));
    QCOMPARE(goal("city", "优良天数", "=", 73.5), qint64(1));
    QCOMPARE(goal("city", "重污染天数", "<", 1.6), qint64(1));
    QCOMPARE(goal("city", "国考断面", "=", 100), qint64(1));
    QCOMPARE(goal("city", "受污染耕地", "=", 95), qint64(1));
}

void TstParsePlanCli::titleTranslations()
{
    const QString titles = QStringLiteral(ECOPLAN_PLAN_SEEDS_DIR "/xuchang-2023-2025-zh.titles.csv");
    Run r = run({QStringLiteral("parse-plan"), kXuchang, QStringLiteral("--json"), QStringLiteral("--titles"),
                 titles});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
    QVERIFY(plan.value(QStringLiteral("title_en")).toString().startsWith(QStringLiteral("Xuchang")));
    // Task 10 under 二/(五): its row in the file gives the English title.
    QFile csv(titles);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QString expected;
    for (const QByteArray &line : csv.readAll().split('\n')) {
        if (line.startsWith("二/(五)/10,"))
            expected = QString::fromUtf8(line).section(QLatin1Char(','), 2);
    }
    QVERIFY(!expected.isEmpty());
    const QJsonObject part = plan.value(QStringLiteral("nodes")).toArray().at(1).toObject();
    const QJsonObject section = part.value(QStringLiteral("children")).toArray().at(4).toObject();
    QCOMPARE(section.value(QStringLiteral("number")).toString(), QStringLiteral("(五)"));
    const QJsonObject task = section.value(QStringLiteral("children")).toArray().at(0).toObject();
    QCOMPARE(task.value(QStringLiteral("number")).toString(), QStringLiteral("10"));
    QCOMPARE(task.value(QStringLiteral("title_en")).toString(), expected);
    QCOMPARE(task.value(QStringLiteral("title")).toString(), QStringLiteral("推进重点行业超低排放改造"));

    // A file that no longer fits its document is refused, naming the row.
    const QString stale = write(QStringLiteral("stale.csv"),
                                QByteArray("path,title_zh,title_en\n二/(五)/10,,ok\n二/(九十)/99,,x\n"));
    r = run({QStringLiteral("parse-plan"), kXuchang, QStringLiteral("--titles"), stale});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("row 3")) && r.err.contains(QStringLiteral("二/(九十)/99")),
             qPrintable(r.err));
}

QTEST_MAIN(TstParsePlanCli)
#include "tst_parseplancli.moc"
