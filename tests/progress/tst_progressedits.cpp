// SPDX-License-Identifier: GPL-3.0-or-later
// Links and progress records through the Project: written in one transaction with audit rows, read back
// into the ProgressBook, and undone as one step each (a bulk attach, a ledger of records, a detach with
// its records and photos).
#include "commands/progressedits.h"
#include "progress/asof.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace ecoplan;

namespace {

qint64 countRows(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

} // namespace

class TstProgressEdits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void bulkAttachIsOneUndoStep();
    void attachSkipsPlacesAlreadyLinked();
    void recordsFollowTheRules();
    void detachTakesRecordsAndPhotosAndUndoBringsThemBack();
    void readOnlyProjectRefuses();

private:
    qint64 firstTaskWithDeadline();
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

void TstProgressEdits::init()
{
    m_project.reset();
    // A new file per test: a copy over the last one would meet that one's write-ahead log.
    static int n = 0;
    m_path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("progress-%1.gpkg").arg(++n));
    // Start from no links, whatever sample history the demo ships.
    QVERIFY(countRows(m_path, QStringLiteral("SELECT count(*) FROM task_links")) >= 0);
    sqlite3 *db = nullptr;
    sqlite3_open(m_path.toUtf8().constData(), &db);
    sqlite3_exec(db, "DELETE FROM attachments; DELETE FROM progress_records; DELETE FROM task_links;", nullptr,
                 nullptr, nullptr);
    sqlite3_close(db);
    auto p = ProjectLoader::openProject(m_path, Crs::defaultDisplay(), true);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(*p);
    QCOMPARE(m_project->progressBook()->size(), std::size_t(0));
}

qint64 TstProgressEdits::firstTaskWithDeadline()
{
    return countRows(m_path, QStringLiteral("SELECT id FROM plan_tasks WHERE kind = 'task' AND deadline IS "
                                            "NOT NULL ORDER BY id LIMIT 1"));
}

void TstProgressEdits::bulkAttachIsOneUndoStep()
{
    const qint64 task = firstTaskWithDeadline();
    QVERIFY(task > 0);
    const auto fids = m_project->store()->matchingFids(QStringLiteral("outfalls"), QStringLiteral("fid <= 120"));
    QVERIFY(fids.ok());
    QCOMPARE(fids->size(), 120);
    QList<qint64> list(fids->cbegin(), fids->cend());
    const qint64 auditBefore = m_project->store()->auditCount();
    QSignalSpy progress(m_project.get(), &Project::changed);
    LinkTerms terms;
    terms.responsible = QStringLiteral("禹州市人民政府");
    terms.targetText = QStringLiteral("规范整治");
    const auto made = ProgressEdits::attach(*m_project, task, QStringLiteral("outfalls"), list, terms);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(*made, 120);
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->progressBook()->size(), std::size_t(120));
    QCOMPARE(m_project->store()->auditCount(), auditBefore + 120);
    // The deadline defaults to the task's.
    const QString taskDeadline = QString::number(countRows(
        m_path, QStringLiteral("SELECT count(*) FROM task_links l JOIN plan_tasks t ON t.id = l.task_id "
                               "WHERE l.deadline = t.deadline AND l.responsible = '禹州市人民政府'")));
    QCOMPARE(taskDeadline, QStringLiteral("120"));
    bool announced = false;
    for (const auto &args : progress)
        announced |= args.at(0).value<ChangeEvent>().type == ChangeEvent::Type::Progress;
    QVERIFY(announced);

    m_project->undoStack()->undo();
    QCOMPARE(m_project->progressBook()->size(), std::size_t(0));
    QCOMPARE(countRows(m_path, QStringLiteral("SELECT count(*) FROM task_links")), 0);
    m_project->undoStack()->redo();
    QCOMPARE(m_project->progressBook()->size(), std::size_t(120));
}

void TstProgressEdits::attachSkipsPlacesAlreadyLinked()
{
    const qint64 task = firstTaskWithDeadline();
    QCOMPARE(*ProgressEdits::attach(*m_project, task, QStringLiteral("mines"), {1, 2}, {}), 2);
    QCOMPARE(*ProgressEdits::attach(*m_project, task, QStringLiteral("mines"), {2, 3}, {}), 1);
    QCOMPARE(*ProgressEdits::attach(*m_project, task, QStringLiteral("mines"), {3}, {}), 0);
    QCOMPARE(m_project->undoStack()->count(), 2);
    QVERIFY(!ProgressEdits::attach(*m_project, 999999, QStringLiteral("mines"), {4}, {}).ok());
    QVERIFY(!ProgressEdits::attach(*m_project, task, QStringLiteral("no_such_layer"), {4}, {}).ok());
}

void TstProgressEdits::recordsFollowTheRules()
{
    const qint64 task = firstTaskWithDeadline();
    QCOMPARE(*ProgressEdits::attach(*m_project, task, QStringLiteral("villages"), {5}, {}), 1);
    const qint64 link = m_project->progressBook()->link(0).id;
    auto rec = [&](const QDate &date, ProgressStatus status, std::optional<double> value) {
        NewProgressRecord n;
        n.record.linkId = link;
        n.record.date = date;
        n.record.status = status;
        n.record.value = value;
        n.record.reporter = QStringLiteral("张三");
        return n;
    };
    // A ledger with rows out of date order and two on the same day: one undo step.
    const auto ids = ProgressEdits::addRecords(
        *m_project,
        {rec(QDate(2024, 9, 1), ProgressStatus::Completed, 35), rec(QDate(2024, 3, 1), ProgressStatus::InProgress, 5),
         rec(QDate(2024, 6, 1), ProgressStatus::Blocked, std::nullopt),
         rec(QDate(2024, 6, 1), ProgressStatus::InProgress, 20)},
        QStringLiteral("ledger"));
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    QCOMPARE(ids->size(), 4);
    QCOMPARE(m_project->undoStack()->count(), 2);
    const ProgressBook &book = *m_project->progressBook();
    QCOMPARE(book.recordCount(), std::size_t(4));
    QCOMPARE(asof::stateOf(book, 0, QDate(2024, 6, 1)).status, ProgressStatus::InProgress); // later row wins
    QCOMPARE(asof::stateOf(book, 0, QDate(2024, 6, 1)).achieved.value_or(-1), 20.0);
    QCOMPARE(asof::stateOf(book, 0, QDate(2024, 8, 31)).status, ProgressStatus::InProgress);
    QCOMPARE(asof::stateOf(book, 0, QDate(2024, 9, 1)).status, ProgressStatus::Completed);
    QCOMPARE(book.records(0).front().reporter, QStringLiteral("张三"));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->progressBook()->recordCount(), std::size_t(0));
    QCOMPARE(countRows(m_path, QStringLiteral("SELECT count(*) FROM progress_records")), 0);
    // A record for a link that does not exist changes nothing.
    NewProgressRecord bad = rec(QDate(2024, 1, 1), ProgressStatus::Completed, std::nullopt);
    bad.record.linkId = 424242;
    QVERIFY(!ProgressEdits::addRecords(*m_project, {rec(QDate(2024, 1, 1), ProgressStatus::Completed, 1), bad},
                                       QStringLiteral("bad"))
                 .ok());
    QCOMPARE(countRows(m_path, QStringLiteral("SELECT count(*) FROM progress_records")), 0);
}

void TstProgressEdits::detachTakesRecordsAndPhotosAndUndoBringsThemBack()
{
    const qint64 task = firstTaskWithDeadline();
    QCOMPARE(*ProgressEdits::attach(*m_project, task, QStringLiteral("outfalls"), {7, 8}, {}), 2);
    const qint64 link = m_project->progressBook()->link(0).id;
    NewProgressRecord n;
    n.record.linkId = link;
    n.record.date = QDate(2025, 2, 3);
    n.record.status = ProgressStatus::Blocked;
    n.record.blockedReason = QStringLiteral("征地未完成");
    ProgressPhoto photo;
    photo.fileName = QStringLiteral("site.jpg");
    photo.mimeType = QStringLiteral("image/jpeg");
    photo.data = QByteArray("\xff\xd8\xff\xe0 not really a jpeg", 24);
    n.photos = {photo};
    const auto ids = ProgressEdits::addRecords(*m_project, {n}, QStringLiteral("record"));
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    const auto photos = m_project->store()->readPhotos(ids->front(), true);
    QVERIFY(photos.ok());
    QCOMPARE(photos->size(), 1);
    QCOMPARE(photos->front().data, photo.data);
    QCOMPARE(m_project->progressBook()->records(0).front().blockedReason, QStringLiteral("征地未完成"));
    // The audit log names the photo's size, not its bytes.
    QCOMPARE(countRows(m_path, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                              "'attachments' AND after LIKE '%<24 bytes>%'")),
             1);

    QCOMPARE(*ProgressEdits::detach(*m_project, {link}), 1);
    QCOMPARE(m_project->progressBook()->size(), std::size_t(1));
    QCOMPARE(countRows(m_path, QStringLiteral("SELECT count(*) FROM attachments")), 0);
    QCOMPARE(countRows(m_path, QStringLiteral("SELECT count(*) FROM progress_records")), 0);
    m_project->undoStack()->undo();
    QCOMPARE(m_project->progressBook()->size(), std::size_t(2));
    QCOMPARE(m_project->progressBook()->recordCount(), std::size_t(1));
    const auto back = m_project->store()->readPhotos(ids->front(), true);
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->front().data, photo.data);
}

void TstProgressEdits::readOnlyProjectRefuses()
{
    m_project.reset();
    auto p = ProjectLoader::openProject(m_path, Crs::defaultDisplay(), false);
    QVERIFY(p.ok());
    const auto made = ProgressEdits::attach(**p, firstTaskWithDeadline(), QStringLiteral("mines"), {1}, {});
    QVERIFY(!made.ok());
    QCOMPARE(countRows(m_path, QStringLiteral("SELECT count(*) FROM task_links")), 0);
}

QTEST_MAIN(TstProgressEdits)
#include "tst_progressedits.moc"
