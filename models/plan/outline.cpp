// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/outline.h"

#include "plan/textsegments.h"

#include <QRegularExpression>

namespace ecoplan {
namespace {

int chineseNumeral(const QString &s)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (s.isEmpty())
        return 0;
    int value = 0;
    int current = 0;
    for (const QChar c : s) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0) {
            current = int(d);
        } else if (c == u'十') {
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else if (c == u'百') {
            value += (current == 0 ? 1 : current) * 100;
            current = 0;
        } else {
            return 0;
        }
    }
    return value + current;
}

int englishOrdinal(const QString &word)
{
    static const QStringList cardinals = {
        QStringLiteral("one"),  QStringLiteral("two"), QStringLiteral("three"),  QStringLiteral("four"),
        QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"),  QStringLiteral("eight"),
        QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"), QStringLiteral("twelve")};
    static const QStringList ordinals = {
        QStringLiteral("first"),   QStringLiteral("second"),   QStringLiteral("third"),
        QStringLiteral("fourth"),  QStringLiteral("fifth"),    QStringLiteral("sixth"),
        QStringLiteral("seventh"), QStringLiteral("eighth"),   QStringLiteral("ninth"),
        QStringLiteral("tenth"),   QStringLiteral("eleventh"), QStringLiteral("twelfth")};
    const QString w = word.toLower();
    qsizetype i = cardinals.indexOf(w);
    if (i < 0)
        i = ordinals.indexOf(w);
    return int(i) + 1;
}

int romanNumeral(const QString &s)
{
    static const QStringList romans = {QStringLiteral("I"),   QStringLiteral("II"),   QStringLiteral("III"),
                                       QStringLiteral("IV"),  QStringLiteral("V"),    QStringLiteral("VI"),
                                       QStringLiteral("VII"), QStringLiteral("VIII"), QStringLiteral("IX"),
                                       QStringLiteral("X"),   QStringLiteral("XI"),   QStringLiteral("XII")};
    return int(romans.indexOf(s.toUpper())) + 1;
}

QString cleanRest(QString rest)
{
    static const QRegularExpression lead(QStringLiteral("^[\\s\"“”'’、,，.:：]+"));
    rest.remove(lead);
    return rest.trimmed();
}

enum Level { PartLevel = 0, SectionLevel = 1, TaskLevel = 2, SubLevel = 3 };

PlanNode::Kind kindOf(int level)
{
    return level == PartLevel      ? PlanNode::Kind::Part
           : level == SectionLevel ? PlanNode::Kind::Section
                                   : PlanNode::Kind::Task;
}

} // namespace

std::optional<Heading> detectHeading(const QString &line)
{
    static const QRegularExpression cnNum(
        QStringLiteral("^([一二三四五六七八九十百]{1,4})\\s*[、,，.．]\\s*(.*)$"));
    static const QRegularExpression parenCn(
        QStringLiteral("^\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)\\s*(.*)$"));
    static const QRegularExpression arabic(QStringLiteral("^(\\d{1,3})\\s*(?:\\.(?!\\d)|、|．)\\s*(.*)$"));
    static const QRegularExpression parenArabic(QStringLiteral("^\\(\\s*(\\d{1,3})\\s*\\)\\s*(.*)$"));
    static const QRegularExpression parenWord(
        QStringLiteral("^\\((one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\)\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ordinal(
        QStringLiteral(
            "^(one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|"
            "seventh|eighth|ninth|tenth)\\s*[,.:、]\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyword(
        QStringLiteral(
            "^(Action|Part|Task|Chapter|Section|Measure)\\s+(\\d{1,3}|[IVX]{1,5})\\b\\s*[.:：、-]?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression chineseOrdinal(
        QStringLiteral("^第([一二三四五六七八九十]{1,3})(部分|章|节|条)\\s*(.*)$"));

    Heading h;
    QRegularExpressionMatch m;
    if ((m = cnNum.match(line)).hasMatch()) {
        h = {NumberingStyle::ChineseNumeral, chineseNumeral(m.captured(1)), m.captured(1), m.captured(2), {}};
    } else if ((m = parenCn.match(line)).hasMatch()) {
        h = {NumberingStyle::ParenChinese,
             chineseNumeral(m.captured(1)),
             QStringLiteral("(%1)").arg(m.captured(1)),
             m.captured(2),
             {}};
    } else if ((m = arabic.match(line)).hasMatch()) {
        h = {NumberingStyle::Arabic, m.captured(1).toInt(), m.captured(1), m.captured(2), {}};
    } else if ((m = parenArabic.match(line)).hasMatch()) {
        h = {NumberingStyle::ParenArabic,
             m.captured(1).toInt(),
             QStringLiteral("(%1)").arg(m.captured(1)),
             m.captured(2),
             {}};
    } else if ((m = parenWord.match(line)).hasMatch()) {
        h = {NumberingStyle::ParenArabic,
             englishOrdinal(m.captured(1)),
             QStringLiteral("(%1)").arg(m.captured(1)),
             m.captured(2),
             {}};
    } else if ((m = keyword.match(line)).hasMatch()) {
        const QString n = m.captured(2);
        const int value = n.at(0).isDigit() ? n.toInt() : romanNumeral(n);
        h = {NumberingStyle::Keyword, value, m.captured(1) + QLatin1Char(' ') + n, m.captured(3),
             m.captured(1).toLower()};
    } else if ((m = chineseOrdinal.match(line)).hasMatch()) {
        h = {NumberingStyle::Keyword, chineseNumeral(m.captured(1)),
             QStringLiteral("第%1%2").arg(m.captured(1), m.captured(2)), m.captured(3), m.captured(2)};
    } else if ((m = ordinal.match(line)).hasMatch()) {
        // Body sentences also start with "First, we will ...": an ordinal heading is a short line.
        if (m.captured(2).size() > 60)
            return std::nullopt;
        h = {NumberingStyle::Ordinal, englishOrdinal(m.captured(1)), m.captured(1), m.captured(2), {}};
    } else {
        return std::nullopt;
    }
    if (h.ordinal <= 0)
        return std::nullopt;
    h.rest = cleanRest(h.rest);
    return h;
}

Outline buildOutline(const QString &normalizedText)
{
    struct Line
    {
        QString text;
        std::optional<Heading> heading;
    };
    QList<Line> lines;
    static const QRegularExpression strayLead(QStringLiteral("^[.。,，;；\\s]+(?=\\d)"));
    for (const QString &raw : normalizedText.split(QLatin1Char('\n'))) {
        QString t = raw.trimmed();
        if (t.isEmpty())
            continue;
        std::optional<Heading> h = detectHeading(t);
        if (!h) {
            // ". 4. Accelerate ..." : a line break fell after the number's dot in the source.
            QString stripped = t;
            stripped.remove(strayLead);
            if (stripped.size() != t.size() && (h = detectHeading(stripped)))
                t = stripped;
        }
        lines.append({t, h});
    }

    // Styles in order of first appearance; Keyword styles are told apart by their word.
    QList<QPair<NumberingStyle, QString>> order;
    for (const Line &l : lines) {
        if (!l.heading)
            continue;
        const QPair<NumberingStyle, QString> key{l.heading->style, l.heading->keyword};
        if (!order.contains(key))
            order.append(key);
    }
    qsizetype taskIndex = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order[i].first == NumberingStyle::Arabic) {
            taskIndex = i;
            break;
        }
    }
    if (taskIndex < 0)
        taskIndex = order.size() - 1;
    const auto levelOf = [&](const Heading &h) {
        const qsizetype i = order.indexOf(QPair<NumberingStyle, QString>{h.style, h.keyword});
        if (i == taskIndex)
            return int(TaskLevel);
        if (i > taskIndex)
            return int(SubLevel);
        // Above the tasks: the outermost style is the part, all others are sections (一、 and 1. alone give
        // parts and tasks).
        return i == 0 && taskIndex > 0 ? int(PartLevel) : int(SectionLevel);
    };
    int lastOrdinal[3] = {0, 0, 0};
    bool levelUsed[3] = {false, false, false};

    Outline outline;
    // Open nodes per level: paths into the tree so that appended children stay valid.
    QList<PlanNode> roots;
    PlanNode *open[3] = {nullptr, nullptr, nullptr};
    PlanNode *deepest = nullptr;

    const auto accepts = [&](int level, int ordinal) {
        if (level == PartLevel)
            return ordinal > lastOrdinal[PartLevel];
        return ordinal == lastOrdinal[level] + 1 || ordinal == 1;
    };

    for (const Line &l : lines) {
        int level = l.heading ? levelOf(*l.heading) : -1;
        if (level >= PartLevel && level <= TaskLevel && !accepts(level, l.heading->ordinal)) {
            // Not the next number at its own level: maybe the next number of an outer level.
            int promoted = -1;
            for (int up = level - 1; up >= PartLevel; --up) {
                if (levelUsed[up] && l.heading->ordinal == lastOrdinal[up] + 1) {
                    promoted = up;
                    break;
                }
            }
            level = promoted;
        }
        if (level < PartLevel || level > TaskLevel) {
            if (deepest) {
                deepest->text += QLatin1Char('\n') + l.text;
            } else {
                outline.preamble += l.text + QLatin1Char('\n');
            }
            continue;
        }
        const Heading &h = *l.heading;
        PlanNode node;
        node.kind = kindOf(level);
        node.number = h.number;
        node.ordinal = h.ordinal;
        node.text = h.rest;
        node.title = firstSentence(h.rest, isMostlyLatin(h.rest) ? 100 : 40);
        lastOrdinal[level] = h.ordinal;
        levelUsed[level] = true;
        for (int deeper = level + 1; deeper <= TaskLevel; ++deeper)
            open[deeper] = nullptr;
        PlanNode *parent = nullptr;
        for (int up = level - 1; up >= PartLevel && !parent; --up)
            parent = open[up];
        QList<PlanNode> &siblings = parent ? parent->children : roots;
        siblings.append(node);
        open[level] = &siblings.last();
        deepest = open[level];
        // Appending may have moved earlier siblings; only the last one at each level stays open, and the
        // pointers above it (parents) did not move, so the open chain is still valid.
    }
    outline.nodes = roots;
    return outline;
}

} // namespace ecoplan
