// SPDX-License-Identifier: GPL-3.0-or-later
// The as-of rules of Step 5, each on its own, and a ranking computed by hand.
#include "progress/asof.h"
#include "progress/placeunits.h"
#include "progress/progressreport.h"
#include "progress/ranking.h"
#include "progress/reportperiod.h"
#include "testsupport.h"

#include <QtTest>

using namespace ecoplan;

namespace {

TaskLink link(qint64 id, qint64 task, qint64 fid, const QDate &deadline = {}, qint64 plan = 1)
{
    TaskLink l;
    l.id = id;
    l.taskId = task;
    l.planId = plan;
    l.layer = QStringLiteral("outfalls");
    l.featureId = fid;
    l.deadline = deadline;
    return l;
}

ProgressRecord record(qint64 id, qint64 linkId, const QDate &date, ProgressStatus status,
                      std::optional<double> value = std::nullopt)
{
    ProgressRecord r;
    r.id = id;
    r.linkId = linkId;
    r.date = date;
    r.status = status;
    r.value = value;
    return r;
}

const QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class TestAsOf : public QObject
{
    Q_OBJECT
private slots:
    void noRecordIsNotStarted()
    {
        const auto book = ProgressBook::build({link(1, 10, 100)}, {});
        const LinkState s = asof::stateOf(*book, 0, d(2024, 6, 1));
        QCOMPARE(s.status, ProgressStatus::NotStarted);
        QVERIFY(!s.latest);
        QVERIFY(!s.overdue);
    }

    void recordsOutOfDateOrder()
    {
        // Entered in the order 3, 1, 2 (by date): the latest date decides, not the latest entry.
        const auto book = ProgressBook::build(
            {link(1, 10, 100)}, {record(1, 1, d(2024, 9, 1), ProgressStatus::Completed),
                                 record(2, 1, d(2024, 3, 1), ProgressStatus::InProgress),
                                 record(3, 1, d(2024, 6, 1), ProgressStatus::Blocked)});
        QCOMPARE(asof::stateOf(*book, 0, d(2024, 2, 28)).status, ProgressStatus::NotStarted);
        QCOMPARE(asof::stateOf(*book, 0, d(2024, 3, 1)).status, ProgressStatus::InProgress);
        QCOMPARE(asof::stateOf(*book, 0, d(2024, 7, 1)).status, ProgressStatus::Blocked);
        QCOMPARE(asof::stateOf(*book, 0, d(2024, 9, 1)).status, ProgressStatus::Completed);
        QCOMPARE(asof::stateOf(*book, 0, d(2024, 9, 1)).latest->id, 1);
    }

    void sameDateLaterEntryWins()
    {
        const auto book = ProgressBook::build(
            {link(1, 10, 100)}, {record(8, 1, d(2024, 5, 5), ProgressStatus::Completed),
                                 record(5, 1, d(2024, 5, 5), ProgressStatus::InProgress)});
        const LinkState s = asof::stateOf(*book, 0, d(2024, 5, 5));
        QCOMPARE(s.status, ProgressStatus::Completed);
        QCOMPARE(s.latest->id, 8);
    }

    void recordAfterTheDateIsIgnored()
    {
        const auto book = ProgressBook::build(
            {link(1, 10, 100)}, {record(1, 1, d(2024, 1, 10), ProgressStatus::InProgress, 5.0),
                                 record(2, 1, d(2024, 1, 11), ProgressStatus::Completed, 35.0)});
        const LinkState s = asof::stateOf(*book, 0, d(2024, 1, 10));
        QCOMPARE(s.status, ProgressStatus::InProgress);
        QCOMPARE(s.achieved.value_or(-1), 5.0);
    }

    void achievedKeepsTheLastValueGiven()
    {
        // A later record without a value does not erase what was achieved.
        const auto book = ProgressBook::build(
            {link(1, 10, 100)}, {record(1, 1, d(2024, 1, 10), ProgressStatus::InProgress, 12.0),
                                 record(2, 1, d(2024, 2, 10), ProgressStatus::Blocked)});
        const LinkState s = asof::stateOf(*book, 0, d(2024, 3, 1));
        QCOMPARE(s.status, ProgressStatus::Blocked);
        QCOMPARE(s.achieved.value_or(-1), 12.0);
    }

    void overdueOnAndAfterTheDeadline()
    {
        const QDate deadline = d(2024, 6, 30);
        const auto book = ProgressBook::build(
            {link(1, 10, 100, deadline), link(2, 10, 101, deadline), link(3, 10, 102, deadline),
             link(4, 10, 103, deadline), link(5, 10, 104)},
            {record(1, 2, d(2024, 6, 1), ProgressStatus::Completed),
             record(2, 3, d(2024, 6, 1), ProgressStatus::Verified),
             record(3, 4, d(2024, 6, 1), ProgressStatus::Blocked)});
        // On the deadline day the work is still due, not late.
        QVERIFY(!asof::stateOf(*book, 0, deadline).overdue);
        QVERIFY(asof::stateOf(*book, 0, deadline.addDays(1)).overdue);
        QVERIFY(!asof::stateOf(*book, 1, deadline.addDays(1)).overdue); // completed
        QVERIFY(!asof::stateOf(*book, 2, deadline.addDays(1)).overdue); // verified
        QVERIFY(asof::stateOf(*book, 3, deadline.addDays(1)).overdue);  // blocked is not done
        QVERIFY(!asof::stateOf(*book, 4, d(2030, 1, 1)).overdue);       // no deadline
    }

    void completedAfterTheDeadlineStopsBeingOverdue()
    {
        const auto book = ProgressBook::build({link(1, 10, 100, d(2024, 6, 30))},
                                              {record(1, 1, d(2024, 8, 1), ProgressStatus::Completed)});
        QVERIFY(asof::stateOf(*book, 0, d(2024, 7, 31)).overdue);
        QVERIFY(!asof::stateOf(*book, 0, d(2024, 8, 1)).overdue);
    }

    void statesMatchStateOfOnLargeBooks()
    {
        // The parallel path (many links) must give what the single rule gives.
        std::vector<TaskLink> links;
        std::vector<ProgressRecord> records;
        for (qint64 i = 0; i < 50000; ++i) {
            links.push_back(link(i + 1, 10, i, d(2024, 6, 30)));
            records.push_back(record(2 * i + 1, i + 1, d(2024, 1, 1).addDays(int(i % 300)),
                                     ProgressStatus::InProgress));
            records.push_back(record(2 * i + 2, i + 1, d(2024, 1, 1).addDays(int((i * 7) % 400)),
                                     ProgressStatus::Completed));
        }
        const auto book = ProgressBook::build(links, records);
        const QDate asOf(2024, 7, 15);
        const std::vector<LinkState> all = asof::states(*book, asOf);
        QCOMPARE(all.size(), std::size_t(50000));
        for (std::size_t i = 0; i < all.size(); i += 997) {
            const LinkState one = asof::stateOf(*book, i, asOf);
            QCOMPARE(all[i].status, one.status);
            QCOMPARE(all[i].overdue, one.overdue);
        }
    }

    void statusCodesAndLabels()
    {
        QCOMPARE(ProgressStatuses::parse(QStringLiteral("completed")), ProgressStatus::Completed);
        QCOMPARE(ProgressStatuses::parse(QStringLiteral(" 已验收 ")), ProgressStatus::Verified);
        QCOMPARE(ProgressStatuses::parse(QStringLiteral("In Progress")), ProgressStatus::InProgress);
        QCOMPARE(ProgressStatuses::parse(QStringLiteral("受阻 / blocked")), ProgressStatus::Blocked);
        QVERIFY(!ProgressStatuses::parse(QStringLiteral("done")));
        QVERIFY(!ProgressStatuses::parse(QString()));
        for (ProgressStatus s : allProgressStatuses)
            QCOMPARE(ProgressStatuses::parse(ProgressStatuses::code(s)), s);
    }

    void periods()
    {
        const auto m = ReportPeriod::parse(QStringLiteral("2024-02"));
        QVERIFY(m);
        QCOMPARE(m->asOf, d(2024, 2, 29));
        QCOMPARE(m->previous, d(2024, 1, 31));
        QCOMPARE(m->before().asOf, d(2024, 1, 31));
        const auto q = ReportPeriod::parse(QStringLiteral("2025-Q1"));
        QVERIFY(q);
        QCOMPARE(q->asOf, d(2025, 3, 31));
        QCOMPARE(q->previous, d(2024, 12, 31));
        QCOMPARE(q->name(), QStringLiteral("2025-Q1"));
        QVERIFY(!ReportPeriod::parse(QStringLiteral("2025-13")));
        QVERIFY(!ReportPeriod::parse(QStringLiteral("2025-Q5")));
        QVERIFY(!ReportPeriod::parse(QStringLiteral("June")));
    }

    /// Three counties (squares side by side), nine outfalls, two tasks; the ranking worked out by hand:
    ///   A (code 411001): links 1-4 of task 10: completed, verified, in_progress, not_started (deadline
    ///     passed) → 2/4 = 50 %, overdue 2 (in_progress and not_started);
    ///   B (411002): links 5-6: completed, blocked (overdue) → 1/2 = 50 %, overdue 1;
    ///   C (411003): links 7-8: completed, completed → 100 %, overdue 0; link 9 is task 20's.
    /// Ranks: C 1 (100 %), B 2 (50 %, 1 overdue), A 3 (50 %, 2 overdue).
    /// A month earlier only link 1 (A) and link 7 (C) were done: A 25 %, B 0 %, C 50 %.
    void rankingByHand()
    {
        std::vector<Geometry> squares = {test::squareRing({113.0, 34.0}, 0.1),
                                         test::squareRing({113.1, 34.0}, 0.1),
                                         test::squareRing({113.2, 34.0}, 0.1)};
        const QList<Field> unitFields = {{QStringLiteral("code")}, {QStringLiteral("name")}};
        const auto counties = test::memoryLayer(
            GeometryKind::Polygon, squares, unitFields,
            {{QStringLiteral("411001"), QStringLiteral("甲县")},
             {QStringLiteral("411002"), QStringLiteral("乙县")},
             {QStringLiteral("411003"), QStringLiteral("丙县")}});
        std::vector<Geometry> points;
        const double xs[] = {113.01, 113.02, 113.03, 113.04, 113.11, 113.12, 113.21, 113.22, 113.23};
        for (double x : xs)
            points.push_back(Geometry{{QPointF(x, 34.05)}, {1}});
        std::vector<QVariantList> pointRows(points.size(), QVariantList{QString()});
        const auto outfalls =
            test::memoryLayer(GeometryKind::Point, points, {{QStringLiteral("name")}}, pointRows);

        const QDate deadline(2024, 6, 30);
        std::vector<TaskLink> links;
        for (qint64 i = 1; i <= 9; ++i)
            links.push_back(link(i, i == 9 ? 20 : 10, i, deadline));
        const QDate may(2024, 5, 15), july(2024, 7, 10);
        const auto book = ProgressBook::build(
            links, {record(1, 1, may, ProgressStatus::Completed), record(2, 2, july, ProgressStatus::Verified),
                    record(3, 3, july, ProgressStatus::InProgress), record(4, 5, july, ProgressStatus::Completed),
                    record(5, 6, july, ProgressStatus::Blocked), record(6, 7, may, ProgressStatus::Completed),
                    record(7, 8, july, ProgressStatus::Completed), record(8, 9, may, ProgressStatus::Completed)});
        const PlaceUnits units = PlaceUnits::locate(*book, {{QStringLiteral("outfalls"), outfalls}}, *counties);
        QCOMPARE(units.unitOf(0), 0);
        QCOMPARE(units.unitOf(4), 1);
        QCOMPARE(units.unitOf(8), 2);

        LinkFilter task10;
        task10.taskId = 10;
        const ReportPeriod period = *ReportPeriod::parse(QStringLiteral("2024-07"));
        std::vector<UnitProgress> now =
            ranking::ranked(ranking::tally(*book, asof::states(*book, period.asOf), task10, units));
        const std::vector<UnitProgress> before = ranking::tally(
            *book, asof::states(*book, period.before().asOf), task10, units);
        ranking::setChange(now, before);

        QCOMPARE(now.size(), std::size_t(3));
        QCOMPARE(now[0].code, QStringLiteral("411003"));
        QCOMPARE(now[0].rank, 1);
        QCOMPARE(now[0].linked, 2);
        QCOMPARE(now[0].completionPct(), 100.0);
        QCOMPARE(now[0].changePts.value_or(-1), 50.0);
        QCOMPARE(now[1].code, QStringLiteral("411002"));
        QCOMPARE(now[1].overdue, 1);
        QCOMPARE(now[1].count(ProgressStatus::Blocked), 1);
        QCOMPARE(now[1].changePts.value_or(-1), 50.0);
        QCOMPARE(now[2].code, QStringLiteral("411001"));
        QCOMPARE(now[2].rank, 3);
        QCOMPARE(now[2].overdue, 2);
        QCOMPARE(now[2].completionPct(), 50.0);
        QCOMPARE(now[2].changePts.value_or(-1), 25.0);
        QCOMPARE(now[2].label(), QStringLiteral("2/4"));

        const Table table = progressReportTable(now, QStringLiteral("ranking"));
        QStringList names;
        for (const TableColumn &c : table.columns)
            names << c.name;
        QCOMPARE(names.join(QLatin1Char(',')),
                 QStringLiteral("rank,code,name,linked,not_started,in_progress,completed,verified,blocked,"
                                "overdue,completion_pct,change_pts"));
        QCOMPARE(table.rows[2], (QVariantList{qint64(3), QStringLiteral("411001"), QStringLiteral("甲县"),
                                              qint64(4), qint64(1), qint64(1), qint64(1), qint64(1), qint64(0),
                                              qint64(2), 50.0, 25.0}));

        // Without a filter the ninth link (task 20, in C) counts too: C 3/3.
        const std::vector<UnitProgress> all =
            ranking::tally(*book, asof::states(*book, period.asOf), LinkFilter{}, units);
        QCOMPARE(all[2].linked, 3);
        QCOMPARE(all[2].label(), QStringLiteral("3/3"));
    }
};

QTEST_GUILESS_MAIN(TestAsOf)
#include "tst_asof.moc"
