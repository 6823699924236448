// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ecoplan {

/// The date a ranking is taken on: a day, or a month or quarter (then its last day), with the period
/// before it for the change in points (月排名、季排名).
struct ReportPeriod
{
    enum class Kind { Day, Month, Quarter };
    Kind kind = Kind::Day;
    QDate asOf;     ///< the day, or the last day of the month or quarter
    QDate previous; ///< the last day of the month or quarter before; invalid for a day

    static ReportPeriod day(const QDate &date) { return {Kind::Day, date, {}}; }
    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter);
    /// "2025-06" or "2025-Q2" (also "2025Q2", lower-case q); nothing for anything else.
    static std::optional<ReportPeriod> parse(const QString &text);
    /// The same kind of period ending before this one.
    ReportPeriod before() const;
    /// "2025-06", "2025-Q2" or "2025-06-30".
    QString name() const;
};

} // namespace ecoplan
