// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planmetadata.h"

#include "plan/textsegments.h"

#include <QRegularExpression>

namespace ecoplan {

void readPlanMetadata(const QString &preamble, Plan &plan)
{
    const QStringList lines = preamble.split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    // Title: a line of its own naming a plan, else the quoted name in the announcing sentence.
    static const QRegularExpression titleLine(
        QStringLiteral("^[^《》“”\"]{4,80}(?:方案|计划|规划|意见|办法)\\s*(?:\\([^)]*\\))?$"));
    for (const QString &l : lines) {
        if (titleLine.match(l.trimmed()).hasMatch()) {
            plan.title = l.trimmed();
            break;
        }
    }
    static const QRegularExpression titleLineEn(
        QStringLiteral("^[A-Z][^.]{4,160}\\b(?:Action\\s+Plan|Implementation\\s+Plan|Plan|Programme|Program|"
                       "Scheme)\\b[^.]{0,80}$"));
    for (const QString &l : lines) {
        if (plan.title.isEmpty() && titleLineEn.match(l.trimmed()).hasMatch())
            plan.title = l.trimmed();
    }
    if (plan.title.isEmpty()) {
        // The announcing sentence quotes the full name first and a short name later ("Action Plan").
        static const QRegularExpression quoted(QStringLiteral("[“\"《]([^“”\"《》]{6,300})[”\"》]"));
        static const QRegularExpression planWord(QStringLiteral("Plan|Programme|Program|Scheme|方案|计划"),
                                                 QRegularExpression::CaseInsensitiveOption);
        auto it = quoted.globalMatch(preamble);
        while (it.hasNext() && plan.title.isEmpty()) {
            const QString candidate = it.next().captured(1).trimmed();
            if (candidate.contains(planWord))
                plan.title = candidate;
        }
    }
    if (!plan.title.isEmpty() && isMostlyLatin(plan.title))
        plan.titleEn = plan.title;

    static const QRegularExpression docNumber(
        QStringLiteral("[\\p{Han}]{1,10}\\s*[〔\\[【(]\\s*\\d{4}\\s*[〕\\]】)]\\s*\\d{1,4}\\s*号"));
    const QRegularExpressionMatch dn = docNumber.match(preamble);
    if (dn.hasMatch())
        plan.docNumber = dn.captured(0);

    static const QRegularExpression issuerLine(
        QStringLiteral("^[\\p{Han}]{2,24}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会)$"));
    for (const QString &l : lines) {
        if (issuerLine.match(l.trimmed()).hasMatch()) {
            plan.issuer = l.trimmed();
            break;
        }
    }
    if (plan.issuer.isEmpty()) {
        static const QRegularExpression issuedBy(QStringLiteral(
            "((?:General\\s+Office\\s+of\\s+)?(?:the\\s+)?People's\\s+Government\\s+of\\s+[A-Z][\\w\\s]*?)"
            "\\s+(?:issued|printed|released|published)"));
        const QRegularExpressionMatch m = issuedBy.match(preamble);
        if (m.hasMatch())
            plan.issuer = m.captured(1).simplified();
    }

    static const QRegularExpression dateZh(
        QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    const QRegularExpressionMatch dz = dateZh.match(preamble);
    if (dz.hasMatch())
        plan.issuedDate = QDate(dz.captured(1).toInt(), dz.captured(2).toInt(), dz.captured(3).toInt());
    if (!plan.issuedDate.isValid()) {
        static const QRegularExpression dateEn(
            QStringLiteral("\\bon\\s+(January|February|March|April|May|June|July|August|September|October|"
                           "November|December)\\s+(\\d{1,2}),?\\s+(\\d{4})"));
        const QRegularExpressionMatch de = dateEn.match(preamble);
        if (de.hasMatch())
            plan.issuedDate = QDate::fromString(
                QStringLiteral("%1 %2 %3").arg(de.captured(1), de.captured(2), de.captured(3)),
                QStringLiteral("MMMM d yyyy"));
    }

    static const QRegularExpression period(QStringLiteral("(\\d{4})\\s*[-—–~～至]\\s*(\\d{4})\\s*年?"));
    QRegularExpressionMatch pm = period.match(plan.title);
    if (!pm.hasMatch())
        pm = period.match(preamble);
    if (pm.hasMatch()) {
        const int start = pm.captured(1).toInt();
        const int end = pm.captured(2).toInt();
        if (start >= 1990 && end >= start && end <= 2100) {
            plan.periodStart = QDate(start, 1, 1);
            plan.periodEnd = QDate(end, 12, 31);
        }
    }
}

QString firstAddressee(const QString &preamble)
{
    for (const QString &raw : preamble.split(QLatin1Char('\n'))) {
        const QString l = raw.trimmed();
        if (!(l.endsWith(u'：') || l.endsWith(u':')) || !l.contains(QStringLiteral("人民政府")))
            continue;
        // Cut at the first comma outside brackets: 各县(市、区)人民政府,市…管委会
        int depth = 0;
        for (qsizetype i = 0; i < l.size(); ++i) {
            const QChar c = l.at(i);
            if (c == u'(' || c == u'〔')
                ++depth;
            else if (c == u')' || c == u'〕')
                --depth;
            else if (depth == 0 && (c == u',' || c == u'，' || c == u'、' || c == u':' || c == u'：'))
                return l.left(i);
        }
    }
    return {};
}

} // namespace ecoplan
