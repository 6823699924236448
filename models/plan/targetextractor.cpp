// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/targetextractor.h"

#include "plan/deadlineextractor.h"
#include "plan/textsegments.h"

#include <QRegularExpression>

namespace ecoplan {
namespace {

struct Verb
{
    const char *pattern;
    const char *comparator;
};

// Longest phrases first so that 不高于 wins over 高于 and "not less than" over "less than".
const QList<Verb> &chineseVerbs()
{
    static const QList<Verb> verbs = {
        {"不得高于", "<="}, {"不高于", "<="}, {"不超过", "<="}, {"不大于", "<="}, {"控制在", "<="},
        {"降低到", "<="},   {"下降到", "<="}, {"降至", "<="},   {"降到", "<="},   {"不低于", ">="},
        {"不少于", ">="},   {"至少", ">="},   {"低于", "<"},    {"小于", "<"},    {"少于", "<"},
        {"高于", ">"},      {"超过", ">"},    {"大于", ">"},    {"多于", ">"},    {"提高到", "="},
        {"提升到", "="},    {"提高至", "="},  {"增加到", "="},  {"增至", "="},    {"达到", "="},
        {"达", "="},        {"完成", "="},    {"建成", "="},    {"新增", "="},    {"实现", "="},
        {"提高", "="},      {"提升", "="},    {"增长", "="},    {"下降", "="},    {"减少", "="},
        {"为", "="},
    };
    return verbs;
}

const QList<Verb> &englishVerbs()
{
    static const QList<Verb> verbs = {
        {"not be less than", ">="},
        {"not less than", ">="},
        {"no less than", ">="},
        {"at least", ">="},
        {"not exceed", "<="},
        {"not more than", "<="},
        {"no more than", "<="},
        {"within", "<="},
        {"less than", "<"},
        {"lower than", "<"},
        {"below", "<"},
        {"more than", ">="},
        {"over", ">="},
        {"above", ">="},
        {"exceed", ">"},
        {"exceeds", ">"},
        {"higher than", ">"},
        {"increase to", "="},
        {"increase by", "="},
        {"reduce to", "="},
        {"reach", "="},
        {"reaches", "="},
        {"complete", "="},
        {"build", "="},
        {"achieve", "="},
        {"be", "="},
        {"to", "="},
        {"by", "="},
    };
    return verbs;
}

const QRegularExpression &quantityPattern()
{
    // A number not glued to letters (PM2.5, G311, S227) followed by a unit; thousands separators allowed.
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Za-z0-9.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*"
                       "(微克/立方米|毫克/立方米|毫克/升|吨/月·平方公里|立方米/"
                       "秒|万千瓦时|万千瓦|千瓦|亿立方米|万立方米|"
                       "立方米|平方公里|平方米|万亩|亩|公里|万吨|吨|个百分点|百分点|%|家|个|座|万辆|辆|处|条|"
                       "(?:(?:million|billion|thousand)\\s+)?(?:micrograms?/cubic\\s+met(?:er|re)s?|mg/"
                       "[lLI]|percentage\\s+"
                       "points|mu\\b|kilowatts|tons|cubic\\s+met(?:er|re)s|square\\s+kilomet(?:er|re)s|"
                       "square\\s+met(?:er|re)s|"
                       "kilomet(?:er|re)s|villages|enterprises)|(?:million|billion)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString canonicalUnit(const QString &unit)
{
    const QString u = unit.simplified().toLower();
    if (u == QStringLiteral("微克/立方米") || u.startsWith(QStringLiteral("microgram")))
        return QStringLiteral("µg/m³");
    if (u == QStringLiteral("毫克/升") || u == QStringLiteral("mg/l") || u == QStringLiteral("mg/i"))
        return QStringLiteral("mg/L");
    if (u == QStringLiteral("个百分点") || u == QStringLiteral("百分点") ||
        u == QStringLiteral("percentage points"))
        return QStringLiteral("percentage points");
    if (u == QStringLiteral("亩"))
        return QStringLiteral("mu");
    return unit.simplified();
}

QString trimFillers(QString s)
{
    static const QRegularExpression leading(
        QStringLiteral(
            "^(?:\\s|[,，、:：]|力争|确保|全市|全省|全县|推动实现|推动|实现|努力|其中|同时|并且|并|且|和|"
            "基本|逐步|"
            "and\\s+|we\\s+will\\s+|strive\\s+to\\s+|striving\\s+to\\s+|in\\s+addition\\s*,?\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailing(
        QStringLiteral(
            "(?:\\s|[,，、]|要|应|将|须|必须|力争|\\band|\\bwill\\s+be|\\bwill|\\bshall\\s+be|\\bshall|"
            "\\bshould|"
            "\\bis\\s+expected\\s+to|\\bbe|\\bstrive\\s+to|\\bto|\\bduring\\s+the|\\bin\\s+the|\\breach|"
            "\\bincrease(?:\\s+by)?|\\bwill\\s+\\w+|\\bstriving)+$"),
        QRegularExpression::CaseInsensitiveOption);
    s.remove(leading);
    s.remove(trailing);
    return s.trimmed();
}

struct VerbHit
{
    qsizetype start = -1;
    QString comparator;
    QString phrase;
};

// 下降5%, 提高5个百分点: the value is a change, so the verb belongs to the indicator ("化肥使用量下降").
bool isRelativeChange(const QString &verb)
{
    static const QStringList verbs = {QStringLiteral("下降"), QStringLiteral("减少"), QStringLiteral("增长"),
                                      QStringLiteral("提高"), QStringLiteral("提升")};
    return verbs.contains(verb);
}

// The comparator verb that ends right before the number (at most a short gap such as 约 or a space).
VerbHit verbBefore(const QString &before, bool english)
{
    const QList<Verb> &verbs = english ? englishVerbs() : chineseVerbs();
    const QString tail = before.right(24);
    const qsizetype offset = before.size() - tail.size();
    for (const Verb &v : verbs) {
        const QString phrase = QString::fromUtf8(v.pattern);
        const QRegularExpression re(
            english ? QStringLiteral("\\b%1\\s*(?:about\\s+)?$").arg(QRegularExpression::escape(phrase))
                    : QStringLiteral("%1\\s*(?:约)?$").arg(QRegularExpression::escape(phrase)),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = re.match(tail);
        if (m.hasMatch())
            return {offset + m.capturedStart(), QString::fromLatin1(v.comparator), phrase};
    }
    return {};
}

bool isEnglish(const QString &text)
{
    qsizetype latin = 0, han = 0;
    for (const QChar c : text) {
        if (c.isLetter() && c.unicode() < 0x250)
            ++latin;
        else if (c.script() == QChar::Script_Han)
            ++han;
    }
    return latin > 3 * han;
}

double parseNumber(const QString &integer, const QString &fraction)
{
    QString digits = integer;
    digits.remove(QLatin1Char(','));
    return QString(digits + fraction).toDouble();
}

QList<Target> extractClause(const QString &clause, const QDate &deadline, bool english)
{
    QList<Target> targets;
    // Deadline phrases are context, not indicator text.
    QString cleaned = clause;
    const QList<DeadlineMatch> own = DeadlineExtractor::find(clause);
    for (auto it = own.crbegin(); it != own.crend(); ++it)
        cleaned.replace(it->position, it->length, QString(it->length, QLatin1Char(' ')));

    qsizetype lastEnd = 0;
    auto it = quantityPattern().globalMatch(cleaned);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString after = cleaned.mid(m.capturedEnd());
        if (after.startsWith(QStringLiteral("年")))
            continue;
        const QString before = cleaned.mid(lastEnd, m.capturedStart() - lastEnd);
        Target t;
        t.value = parseNumber(m.captured(1), m.captured(2));
        t.unit = canonicalUnit(m.captured(3));
        t.deadline = deadline;
        t.text = clause.trimmed();

        static const QRegularExpression suffixRe(
            QStringLiteral("^\\s*(以上|以下|以内|or\\s+more|or\\s+above|or\\s+less|or\\s+below)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch suffix = suffixRe.match(after);
        QString rest = after.mid(suffix.hasMatch() ? suffix.capturedEnd() : 0);

        // "浓度高于100毫克/升的污水处理厂": a quantity qualifying a noun is not a target.
        if (after.startsWith(u'的'))
            continue;
        const VerbHit verb = verbBefore(before, english);
        QString indicator;
        if (verb.start >= 0) {
            t.comparator = verb.comparator;
            indicator = trimFillers(before.left(verb.start));
            if (isRelativeChange(verb.phrase) && !indicator.isEmpty())
                indicator += verb.phrase;
        } else {
            static const QRegularExpression verbAfter(
                QStringLiteral("完成|实现|达到|建成|治理|will\\s+be|will"),
                QRegularExpression::CaseInsensitiveOption);
            const bool attributive =
                suffix.hasMatch() && !rest.isEmpty() && !rest.at(0).isSpace() && !rest.at(0).isPunct();
            if (verbAfter.match(rest).hasMatch() && !attributive) {
                // "70个村庄完成…", "80% of the outlets will be traced": the indicator follows the quantity.
                t.comparator = QStringLiteral("=");
            } else if (suffix.hasMatch() && !attributive) {
                t.comparator = QStringLiteral("=");
                indicator = trimFillers(before);
            } else {
                continue;
            }
        }
        if (suffix.hasMatch()) {
            const QString s = suffix.captured(1).toLower();
            const bool upward = s == QStringLiteral("以上") || s.contains(QStringLiteral("more")) ||
                                s.contains(QStringLiteral("above"));
            if (t.comparator == QStringLiteral("="))
                t.comparator = upward ? QStringLiteral(">=") : QStringLiteral("<=");
        }
        if (indicator.size() < 2) {
            // "全市完成1000亩历史遗留矿山生态修复治理", "80% of the outfalls will be traced": the indicator
            // follows the quantity.
            static const QRegularExpression lead(QStringLiteral("^(?:\\s|的|of\\s+)+"),
                                                 QRegularExpression::CaseInsensitiveOption);
            rest.remove(lead);
            static const QRegularExpression nextQuantity(QStringLiteral("\\d"));
            const qsizetype cut = rest.indexOf(nextQuantity);
            indicator = trimFillers(cut >= 0 ? rest.left(cut) : rest);
            static const QRegularExpression helper(QStringLiteral("\\s+will(?:\\s+be)?\\s+"));
            indicator.replace(helper, QStringLiteral(" "));
            indicator = indicator.simplified();
        }
        if (indicator.isEmpty())
            continue;
        t.indicator = indicator;
        targets.append(t);
        lastEnd = m.capturedEnd() + (suffix.hasMatch() ? suffix.capturedEnd() : 0);
    }

    if (english) {
        // "all the sewage outlets into the river will be traced": a target of 100%.
        static const QRegularExpression all(
            QStringLiteral("^\\s*(?:and\\s+)?all\\s+(the\\s+[^,;]+?)\\s+will\\s+be\\s+([a-z]+ed)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = all.match(cleaned);
        if (m.hasMatch()) {
            Target t;
            t.indicator = m.captured(1).simplified() + QLatin1Char(' ') + m.captured(2);
            t.comparator = QStringLiteral("=");
            t.value = 100;
            t.unit = QStringLiteral("%");
            t.deadline = deadline;
            t.text = clause.trimmed();
            targets.prepend(t);
        }
    }
    if (targets.isEmpty()) {
        // Surface-water classes: 省考断面水质达到Ⅳ类, 达到或好于Ⅲ类 (a lower class is better water).
        static const QRegularExpression cls(
            QStringLiteral("(达到或好于|达到或优于|好于|优于|达到)\\s*(III|II|IV|V|I)\\s*类"));
        const QRegularExpressionMatch m = cls.match(cleaned);
        if (m.hasMatch()) {
            static const QStringList numerals = {QStringLiteral("I"), QStringLiteral("II"),
                                                 QStringLiteral("III"), QStringLiteral("IV"),
                                                 QStringLiteral("V")};
            Target t;
            t.indicator = trimFillers(cleaned.left(m.capturedStart()));
            const QString verb = m.captured(1);
            t.comparator = verb.size() > 2                  ? QStringLiteral("<=")
                           : verb == QStringLiteral("达到") ? QStringLiteral("=")
                                                            : QStringLiteral("<");
            t.value = double(numerals.indexOf(m.captured(2)) + 1);
            t.unit = QStringLiteral("类");
            t.deadline = deadline;
            t.text = clause.trimmed();
            if (!t.indicator.isEmpty())
                targets.append(t);
        }
    }
    return targets;
}

} // namespace

QList<Target> TargetExtractor::extract(const QString &text)
{
    QList<Target> result;
    const bool english = isEnglish(text);
    // A deadline governs its whole sentence, across ； (到2025年，A达到X；B达到Y。).
    for (const QString &sentence : splitSentences(text, false)) {
        const QStringList clauses = splitClauses(sentence);
        QList<QDate> own;
        for (const QString &clause : clauses) {
            const QList<QDate> d = DeadlineExtractor::dates(clause);
            own.append(d.isEmpty() ? QDate() : d.last());
        }
        QDate carried;
        for (int i = 0; i < clauses.size(); ++i) {
            if (own[i].isValid())
                carried = own[i];
            QDate deadline = carried;
            for (int j = i + 1; !deadline.isValid() && j < clauses.size(); ++j)
                deadline = own[j];
            result.append(extractClause(clauses[i], deadline, english));
        }
    }
    return result;
}

} // namespace ecoplan
