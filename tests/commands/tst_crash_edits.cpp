// SPDX-License-Identifier: GPL-3.0-or-later
// Protects durability: the edit engine runs in a child process (`ecoplan stress-edits`), is killed with
// SIGKILL at random moments (seeded, so a failure can be replayed) over several rounds on the same file,
// and after every kill the file passes SQLite's integrity check, its spatial index matches its rows, and
// every edit the child reported as committed is there.
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <sqlite3.h>

using namespace ecoplan;

class TstCrashEdits : public QObject
{
    Q_OBJECT
private slots:
    void killedMidEditLosesNothingCommitted();
};

namespace {

qint64 scalar(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return -1;
    const qint64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}

QString integrity(sqlite3 *db)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
    QString r = sqlite3_step(st) == SQLITE_ROW
                    ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)))
                    : QStringLiteral("no answer");
    sqlite3_finalize(st);
    return r;
}

} // namespace

void TstCrashEdits::killedMidEditLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = test::copyInto(dir, test::demoProject(), QStringLiteral("crash.gpkg"));
    QRandomGenerator rng(20231231);
    QSet<qint64> reported;
    // The demo's sample outfalls were written by the build, without audit rows.
    qint64 sampleRows = 0;
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        sampleRows = scalar(db, "SELECT count(*) FROM outfalls");
        sqlite3_close(db);
    }
    int edits = 0;
    constexpr int rounds = 10;
    for (int round = 0; round < rounds; ++round) {
        const int killAfter = rng.bounded(50, 450);
        QProcess child;
        child.start(test::ecoplanBinary(), {QStringLiteral("stress-edits"), QStringLiteral("--project"), path,
                                            QStringLiteral("--count"), QStringLiteral("100000")});
        QVERIFY(child.waitForStarted());
        int seen = 0;
        QByteArray pending;
        while (seen < killAfter && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            pending += child.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("committed ")) {
                    reported.insert(line.mid(10).toLongLong());
                    ++seen;
                }
            }
        }
        // A little more, so the kill lands anywhere inside the next edit.
        QThread::usleep(rng.bounded(0, 3000));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QVERIFY2(seen >= killAfter, qPrintable(QString::fromUtf8(child.readAllStandardError())));
        edits += seen;

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK); // recovers the WAL
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        const qint64 rows = scalar(db, "SELECT count(*) FROM outfalls");
        QCOMPARE(scalar(db, "SELECT count(*) FROM rtree_outfalls_geom"), rows);
        QVERIFY(rows - sampleRows >= reported.size());
        for (qint64 fid : std::as_const(reported))
            QVERIFY2(scalar(db, "SELECT count(*) FROM outfalls WHERE fid = " + QByteArray::number(fid)) == 1,
                     qPrintable(QStringLiteral("round %1: committed fid %2 is missing").arg(round).arg(fid)));
        // Every stored row has its audit-log row: they were written in one transaction.
        QCOMPARE(
            scalar(db, "SELECT count(*) FROM audit_log WHERE table_name = 'outfalls' AND action = 'insert'"),
            rows - sampleRows);
        sqlite3_close(db);
    }
    QVERIFY(edits >= 1000);
    qInfo("%d edits reported committed over %d SIGKILLs; all present, file intact", edits, rounds);
}

QTEST_GUILESS_MAIN(TstCrashEdits)
#include "tst_crash_edits.moc"
