// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportperiod.h"

#include <QRegularExpression>

namespace ecoplan {

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {Kind::Month, first.addMonths(1).addDays(-1), first.addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {Kind::Quarter, first.addMonths(3).addDays(-1), first.addDays(-1)};
}

std::optional<ReportPeriod> ReportPeriod::parse(const QString &text)
{
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression quarterRe(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    const QString t = text.trimmed();
    if (const auto m = monthRe.match(t); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        return ReportPeriod::month(m.captured(1).toInt(), month);
    }
    if (const auto q = quarterRe.match(t); q.hasMatch())
        return quarter(q.captured(1).toInt(), q.captured(2).toInt());
    return std::nullopt;
}

ReportPeriod ReportPeriod::before() const
{
    switch (kind) {
    case Kind::Month:
        return month(previous.year(), previous.month());
    case Kind::Quarter:
        return quarter(previous.year(), (previous.month() - 1) / 3 + 1);
    case Kind::Day:
        break;
    }
    return day(asOf.addDays(-1));
}

QString ReportPeriod::name() const
{
    switch (kind) {
    case Kind::Month:
        return asOf.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(asOf.year()).arg((asOf.month() - 1) / 3 + 1);
    case Kind::Day:
        break;
    }
    return asOf.toString(Qt::ISODate);
}

} // namespace ecoplan
