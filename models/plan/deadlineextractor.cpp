// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/deadlineextractor.h"

#include <QRegularExpression>

#include <algorithm>

namespace ecoplan {
namespace {

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

int englishMonth(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    return int(months.indexOf(name.toLower())) + 1;
}

// Plausible plan years only, so that "到1000亩" style noise or quantities never become dates.
bool plausibleYear(int year)
{
    return year >= 1990 && year <= 2100;
}

struct Pattern
{
    QRegularExpression re;
    enum class Kind { Day, Month, MonthEn, HalfYear, Year, FiveYearPlan } kind;
};

const QList<Pattern> &patterns()
{
    using K = Pattern::Kind;
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    // Order matters: longer, more precise phrases first; later matches overlapping earlier ones are dropped.
    static const QList<Pattern> list = {
        {QRegularExpression(QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日")),
         K::Day},
        {QRegularExpression(
             QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:份)?(?:底|末)?(?:前|之前)?")),
         K::Month},
        {QRegularExpression(
             QStringLiteral(
                 "(?:by\\s+|before\\s+|until\\s+)?(?:the\\s+)?end\\s+of\\s+(January|February|March|"
                 "April|May|June|July|August|September|October|November|December),?\\s+(\\d{4})"),
             ci),
         K::MonthEn},
        {QRegularExpression(QStringLiteral("\\b(?:by|before|until)\\s+(January|February|March|April|May|June|"
                                           "July|August|September|October|November|December),?\\s+(\\d{4})"),
                            ci),
         K::MonthEn},
        {QRegularExpression(QStringLiteral("(\\d{4})\\s*年\\s*上半年(?:前|之前)?")), K::HalfYear},
        {QRegularExpression(QStringLiteral("(\\d{4})\\s*年\\s*(?:年底|年末|底|末)(?:前|之前)?")), K::Year},
        {QRegularExpression(QStringLiteral("(?:到|至|截至|截止到|截止)\\s*(\\d{4})\\s*年")), K::Year},
        {QRegularExpression(QStringLiteral("(\\d{4})\\s*年\\s*(?:前|以前|之前)")), K::Year},
        {QRegularExpression(QStringLiteral("(?:by\\s+)?(?:the\\s+)?end[\\s-]+(?:of\\s+)?(\\d{4})"), ci),
         K::Year},
        {QRegularExpression(
             QStringLiteral("\\b(?:by|before|until)\\s+(?:the\\s+year\\s+)?(\\d{4})\\b(?!\\s*[-–])"), ci),
         K::Year},
        {QRegularExpression(QStringLiteral("[“\"]?十四五[”\"]?(?:期间|时期|末)")), K::FiveYearPlan},
        {QRegularExpression(QStringLiteral("14th\\s+Five-Year\\s+Plan\\s+period"), ci), K::FiveYearPlan},
    };
    return list;
}

} // namespace

QList<DeadlineMatch> DeadlineExtractor::find(const QString &text)
{
    QList<DeadlineMatch> found;
    const auto overlaps = [&found](qsizetype start, qsizetype end) {
        return std::any_of(found.cbegin(), found.cend(), [&](const DeadlineMatch &m) {
            return start < m.position + m.length && m.position < end;
        });
    };
    for (const Pattern &p : patterns()) {
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (overlaps(m.capturedStart(), m.capturedEnd()))
                continue;
            QDate date;
            switch (p.kind) {
            case Pattern::Kind::Day: {
                const int y = m.captured(1).toInt();
                if (plausibleYear(y))
                    date = QDate(y, m.captured(2).toInt(), m.captured(3).toInt());
                break;
            }
            case Pattern::Kind::Month: {
                const int y = m.captured(1).toInt();
                if (plausibleYear(y))
                    date = endOfMonth(y, m.captured(2).toInt());
                break;
            }
            case Pattern::Kind::MonthEn: {
                const int y = m.captured(2).toInt();
                if (plausibleYear(y))
                    date = endOfMonth(y, englishMonth(m.captured(1)));
                break;
            }
            case Pattern::Kind::HalfYear: {
                const int y = m.captured(1).toInt();
                if (plausibleYear(y))
                    date = QDate(y, 6, 30);
                break;
            }
            case Pattern::Kind::Year: {
                const int y = m.captured(1).toInt();
                if (plausibleYear(y))
                    date = QDate(y, 12, 31);
                break;
            }
            case Pattern::Kind::FiveYearPlan:
                date = QDate(2025, 12, 31);
                break;
            }
            if (date.isValid())
                found.append({m.capturedStart(), m.capturedLength(), date});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const DeadlineMatch &a, const DeadlineMatch &b) { return a.position < b.position; });
    return found;
}

QList<QDate> DeadlineExtractor::dates(const QString &text)
{
    QList<QDate> result;
    for (const DeadlineMatch &m : find(text)) {
        if (!result.contains(m.date))
            result.append(m.date);
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace ecoplan
