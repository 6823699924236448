// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plannumbering.h"

namespace ecoplan {

QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 1 || n > 99)
        return QString::number(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString out;
    if (tens > 0)
        out = (tens > 1 ? QString(digits.at(tens)) : QString()) + QStringLiteral("十");
    if (ones > 0)
        out += digits.at(ones);
    return out;
}

QString romanNumber(int n)
{
    if (n < 1 || n > 3999)
        return QString::number(n);
    static const std::pair<int, const char *> steps[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString out;
    for (const auto &[value, letters] : steps) {
        for (; n >= value; n -= value)
            out += QLatin1String(letters);
    }
    return out;
}

QString structuralNumber(const PlanNode &node, bool chinese)
{
    const int n = node.ordinal;
    if (n <= 0)
        return node.number;
    switch (node.kind) {
    case PlanNode::Kind::Part:
        return chinese ? QString(chineseNumber(n) + u'、') : QString(romanNumber(n) + u'.');
    case PlanNode::Kind::Section:
        return chinese ? QStringLiteral("（%1）").arg(chineseNumber(n)) : QStringLiteral("(%1)").arg(n);
    case PlanNode::Kind::Task:
        return QString::number(n) + QLatin1Char('.');
    }
    return node.number;
}

QString titleWithNumber(const PlanNode &node, const QString &title, bool chinese)
{
    const QString number = structuralNumber(node, chinese);
    if (number.isEmpty())
        return title;
    // 、 and （一） already part the number from the title in Chinese; "1." and Latin numbers take a space.
    const bool tight = chinese && (number.endsWith(u'、') || number.endsWith(u'）'));
    return tight ? QString(number + title) : QString(number + u' ' + title);
}

} // namespace ecoplan
