// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/textsegments.h"

#include <QRegularExpression>

namespace ecoplan {

QString normalizePlanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Keep the Chinese sentence marks; they carry meaning for splitting and read naturally in output.
        const bool keptChinese = u == 0xFF0C || u == 0xFF1B || u == 0xFF1A || u == 0xFF01 || u == 0xFF1F;
        if (u >= 0xFF01 && u <= 0xFF5E && !keptChinese)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000 || u == 0x00A0)
            out.append(QLatin1Char(' '));
        else if (u >= 0x2160 && u <= 0x216B)
            out.append(QString(c).normalized(QString::NormalizationForm_KC));
        else if (u == 0x2028 || u == 0x2029 || u == 0x0085)
            out.append(QLatin1Char('\n'));
        else if (u == u'\r')
            continue;
        else
            out.append(c);
    }
    return out;
}

QStringList splitSentences(const QString &text, bool atSemicolons)
{
    static const QRegularExpression withSemicolons(QStringLiteral("[。；;！？!?\\n]|\\.(?=\\s|$)"));
    static const QRegularExpression withoutSemicolons(QStringLiteral("[。！？!?\\n]|\\.(?=\\s|$)"));
    const QRegularExpression &end = atSemicolons ? withSemicolons : withoutSemicolons;
    QStringList out;
    qsizetype start = 0;
    auto it = end.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString s = text.mid(start, m.capturedStart() - start).trimmed();
        if (!s.isEmpty())
            out.append(s);
        start = m.capturedEnd();
    }
    const QString tail = text.mid(start).trimmed();
    if (!tail.isEmpty())
        out.append(tail);
    return out;
}

QStringList splitClauses(const QString &sentence)
{
    // "1,000" is a number, not two clauses: an ASCII comma splits only when not between digits.
    static const QRegularExpression sep(QStringLiteral("[，；;]|,(?!\\d{3})"));
    QStringList out;
    for (const QString &c : sentence.split(sep)) {
        if (!c.trimmed().isEmpty())
            out.append(c);
    }
    return out;
}

QString firstSentence(const QString &text, int maxChars)
{
    static const QRegularExpression end(QStringLiteral("[。；;！？!?\\n]|\\.(?=\\s|$)"));
    const QRegularExpressionMatch m = end.match(text);
    QString s = (m.hasMatch() ? text.left(m.capturedStart()) : text).trimmed();
    if (s.size() <= maxChars)
        return s;
    qsizetype cut = maxChars;
    const qsizetype space = s.lastIndexOf(QLatin1Char(' '), maxChars);
    if (space > maxChars / 2)
        cut = space;
    return s.left(cut).trimmed() + QStringLiteral("…");
}

bool isMostlyLatin(const QString &text)
{
    qsizetype latin = 0, han = 0;
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            ++han;
        else if (c.isLetter())
            ++latin;
    }
    return latin > 3 * han;
}

} // namespace ecoplan
