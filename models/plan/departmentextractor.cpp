// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/departmentextractor.h"

#include <QRegularExpression>

namespace ecoplan {
namespace {

// Splits "A、B〔市、区〕C" on 、 only outside brackets, so 各县〔市、区〕政府 stays one name.
QStringList splitNames(const QString &list, bool english)
{
    QStringList names;
    QString current;
    int depth = 0;
    const auto flush = [&] {
        QString n = current.trimmed();
        static const QRegularExpression etc(QStringLiteral("等(?:部门|单位|相关部门)$"));
        n.remove(etc);
        static const QRegularExpression lead(QStringLiteral("^(?:and\\b|the\\s+|,|\\s)+"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (english)
            n.remove(lead);
        n = n.trimmed();
        // "the governments of Zhengzhou, Luoyang and Nanyang" is one party: its places are not bodies.
        static const QRegularExpression placesOf(QStringLiteral("\\bgovernments?\\s+of\\s+"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression body(
            QStringLiteral(
                "Department|Bureau|Commission|Committee|Government|Office|Company|Cent(?:er|re)|units"),
            QRegularExpression::CaseInsensitiveOption);
        if (english && !n.isEmpty() && !names.isEmpty() && names.last().contains(placesOf) &&
            !n.contains(body))
            names.last() += QStringLiteral(", ") + n;
        else if (!n.isEmpty())
            names.append(n);
        current.clear();
    };
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QChar c = list.at(i);
        if (c == u'〔' || c == u'(' || c == u'（' || c == u'[' || c == u'【')
            ++depth;
        else if (c == u'〕' || c == u')' || c == u'）' || c == u']' || c == u'】')
            depth = qMax(0, depth - 1);
        if (depth == 0 && c == u'、') {
            flush();
            continue;
        }
        if (english && depth == 0) {
            // "A, B and the C": commas and " and the " separate names; "Development and Reform" does not.
            if (c == u',') {
                flush();
                continue;
            }
            if (list.mid(i).startsWith(QStringLiteral(" and the "), Qt::CaseInsensitive)) {
                flush();
                i += 4;
                continue;
            }
        }
        current.append(c);
    }
    flush();
    return names;
}

// The text of the last parenthesis that assigns work; an unclosed one runs to the end of the text.
QString assignmentText(const QString &text, bool english)
{
    static const QRegularExpression zh(QStringLiteral("牵头|配合|负责"));
    static const QRegularExpression en(
        QStringLiteral("lead|responsible|cooperat|coordinated by|implemented by"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression &marker = english ? en : zh;
    for (qsizetype open = text.size() - 1; open >= 0; --open) {
        const QChar c = text.at(open);
        if (c != u'(' && c != u'（')
            continue;
        int depth = 0;
        qsizetype close = -1;
        for (qsizetype j = open; j < text.size(); ++j) {
            const QChar d = text.at(j);
            if (d == u'(' || d == u'（')
                ++depth;
            else if ((d == u')' || d == u'）') && --depth == 0) {
                close = j;
                break;
            }
        }
        const QString inner = text.mid(open + 1, close < 0 ? -1 : close - open - 1);
        if (inner.contains(marker))
            return inner;
    }
    return {};
}

Departments extractChinese(const QString &inner)
{
    Departments d;
    static const QRegularExpression clauseSep(QStringLiteral("[，,;；。]"));
    static const QRegularExpression role(QStringLiteral(
        "^(.*?)(牵头负责|牵头|配合|按职责分工负责|分工负责|负责落实|负责实施|具体负责|负责)$"));
    for (const QString &raw : inner.split(clauseSep)) {
        const QRegularExpressionMatch m = role.match(raw.trimmed());
        if (!m.hasMatch())
            continue;
        const QStringList names = splitNames(m.captured(1), false);
        const QString r = m.captured(2);
        if (r.startsWith(QStringLiteral("牵头")))
            d.lead += names;
        else if (r == QStringLiteral("配合"))
            d.cooperating += names;
        else
            d.responsible += names;
    }
    return d;
}

Departments extractEnglish(const QString &inner)
{
    Departments d;
    enum Role { Lead, Cooperating, Responsible };
    struct Marker
    {
        QRegularExpression re;
        Role role;
        bool prefix; // the names follow the phrase ("Led by X") rather than precede it
    };
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<Marker> markers = {
        {QRegularExpression(QStringLiteral("\\b(?:shall|will|should)?\\s*takes?\\s+the\\s+lead\\b"), ci),
         Lead, false},
        {QRegularExpression(QStringLiteral("\\b(?:Led\\s+by|Under\\s+the\\s+leadership\\s+of)\\s+"), ci),
         Lead, true},
        {QRegularExpression(
             QStringLiteral("\\bwith\\s+the\\s+cooperation\\s+of\\s+|\\bcoordinated\\s+by\\s+"), ci),
         Cooperating, true},
        {QRegularExpression(QStringLiteral("\\b(?:shall|will|should)?\\s*cooperates?\\b"), ci), Cooperating,
         false},
        {QRegularExpression(
             QStringLiteral("\\b(?:is|are|shall\\s+be|will\\s+be|should\\s+be)\\s+responsible\\s+"
                            "for\\s+the\\s+(?:division\\s+of\\s+responsibilities|implementation)"),
             ci),
         Responsible, false},
        {QRegularExpression(QStringLiteral("\\bimplemented\\s+by\\s+"), ci), Responsible, true},
    };
    struct Hit
    {
        qsizetype start, end;
        const Marker *marker;
    };
    QList<Hit> hits;
    for (const Marker &m : markers) {
        auto it = m.re.globalMatch(inner);
        while (it.hasNext()) {
            const QRegularExpressionMatch x = it.next();
            hits.append({x.capturedStart(), x.capturedEnd(), &m});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    qsizetype boundary = 0;
    const auto add = [&d](Role role, const QStringList &names) {
        (role == Lead ? d.lead : role == Cooperating ? d.cooperating : d.responsible) += names;
    };
    for (int i = 0; i < hits.size(); ++i) {
        const Hit &h = hits[i];
        if (h.start < boundary)
            continue;
        if (h.marker->prefix) {
            // "with the cooperation of A, B and C. The ...": a sentence end closes the list.
            const qsizetype next = i + 1 < hits.size() ? hits[i + 1].start : inner.size();
            QString object = inner.mid(h.end, next - h.end);
            const qsizetype stop = object.indexOf(QStringLiteral(". "));
            if (stop >= 0)
                object = object.left(stop);
            else if (i + 1 < hits.size() && !hits[i + 1].marker->prefix) {
                // "Led by X, the governments of A, B are responsible": the next role's names start after X.
                const qsizetype comma = object.indexOf(QLatin1Char(','));
                if (comma >= 0)
                    object = object.left(comma);
            }
            add(h.marker->role, splitNames(object, true));
            boundary = h.end + object.size();
        } else {
            QString subject = inner.mid(boundary, h.start - boundary);
            static const QRegularExpression lead(QStringLiteral("^[\\s,.;]*(?:and\\s+)?"),
                                                 QRegularExpression::CaseInsensitiveOption);
            subject.remove(lead);
            add(h.marker->role, splitNames(subject, true));
            boundary = h.end;
        }
    }
    return d;
}

} // namespace

Departments DepartmentExtractor::extract(const QString &taskText)
{
    qsizetype han = 0;
    for (const QChar c : taskText) {
        if (c.script() == QChar::Script_Han)
            ++han;
    }
    const bool english = han * 4 < taskText.size() / 10 + 1;
    const QString inner = assignmentText(taskText, english);
    if (inner.isEmpty())
        return {};
    return english ? extractEnglish(inner) : extractChinese(inner);
}

QString joinNameList(const QStringList &names)
{
    return names.join(u'、');
}

QStringList splitNameList(const QString &joined)
{
    QStringList names;
    QString current;
    int depth = 0;
    for (const QChar c : joined) {
        if (c == u'〔' || c == u'(' || c == u'（' || c == u'[' || c == u'【')
            ++depth;
        else if (c == u'〕' || c == u')' || c == u'）' || c == u']' || c == u'】')
            depth = qMax(0, depth - 1);
        if (depth == 0 && c == u'、') {
            if (!current.trimmed().isEmpty())
                names.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        names.append(current.trimmed());
    return names;
}

} // namespace ecoplan
