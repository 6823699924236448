// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmatcher.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ecoplan {
namespace {

/// Words registers use for the project's fields, beside the titles in gpkg_data_columns (which already give
/// 名称, 编码, 工作状态, 备注, …). Keyed by field name; compared after normalized().
const QHash<QString, QStringList> &aliases()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("name"), {QStringLiteral("名称"), QStringLiteral("名字"), QStringLiteral("name")}},
        {QStringLiteral("name_en"), {QStringLiteral("英文名称"), QStringLiteral("englishname")}},
        {QStringLiteral("code"),
         {QStringLiteral("编码"), QStringLiteral("代码"), QStringLiteral("编号"), QStringLiteral("code")}},
        {QStringLiteral("county_code"),
         {QStringLiteral("区县代码"), QStringLiteral("县区代码"), QStringLiteral("行政区划代码"),
          QStringLiteral("区划代码"), QStringLiteral("adcode")}},
        {QStringLiteral("county"),
         {QStringLiteral("所在县"), QStringLiteral("所在县区"), QStringLiteral("所在区县"),
          QStringLiteral("区县"), QStringLiteral("县区"), QStringLiteral("县(市、区)"),
          QStringLiteral("county")}},
        {QStringLiteral("status"),
         {QStringLiteral("状态"), QStringLiteral("进展"), QStringLiteral("进展情况"),
          QStringLiteral("status"), QStringLiteral("state")}},
        {QStringLiteral("notes"),
         {QStringLiteral("备注"), QStringLiteral("说明"), QStringLiteral("note"), QStringLiteral("notes"),
          QStringLiteral("remark"), QStringLiteral("remarks")}},
        {QStringLiteral("responsible_unit"),
         {QStringLiteral("责任单位"), QStringLiteral("负责单位"), QStringLiteral("责任部门")}},
        {QStringLiteral("start_date"), {QStringLiteral("开始时间"), QStringLiteral("开工日期")}},
        {QStringLiteral("due_date"),
         {QStringLiteral("完成期限"), QStringLiteral("截止日期"), QStringLiteral("deadline")}},
        {QStringLiteral("completed_date"), {QStringLiteral("完成时间"), QStringLiteral("整治完成时间")}},
        {QStringLiteral("receiving_river"),
         {QStringLiteral("受纳河流"), QStringLiteral("入河名称"), QStringLiteral("排入水体")}},
        {QStringLiteral("discharge_m3_per_day"), {QStringLiteral("排放量"), QStringLiteral("日排放量")}},
        {QStringLiteral("population"), {QStringLiteral("人口"), QStringLiteral("户籍人口")}},
        {QStringLiteral("mineral"), {QStringLiteral("开采矿种")}},
    };
    return table;
}

/// 类型 / type go to a field called type or ending in _type (outfall_type).
const QStringList typeAliases = {QStringLiteral("类型"), QStringLiteral("type")};

const QStringList longitudeWords = {
    QStringLiteral("经度"),      QStringLiteral("lon"), QStringLiteral("lng"),   QStringLiteral("long"),
    QStringLiteral("longitude"), QStringLiteral("x"),   QStringLiteral("x坐标"), QStringLiteral("东经")};
const QStringList latitudeWords = {QStringLiteral("纬度"),     QStringLiteral("lat"),
                                   QStringLiteral("latitude"), QStringLiteral("y"),
                                   QStringLiteral("y坐标"),    QStringLiteral("北纬")};

bool isAscii(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 128; });
}

/// Whether `header` holds `key` as a part: Chinese anywhere (two characters at least), Latin as a whole word.
bool containsKey(const QString &header, const QString &key)
{
    if (key.size() < 2 || header == key)
        return false;
    if (!isAscii(key))
        return header.contains(key);
    for (qsizetype at = header.indexOf(key); at >= 0; at = header.indexOf(key, at + 1)) {
        const qsizetype end = at + key.size();
        const bool before = at == 0 || !header[at - 1].isLetterOrNumber() || !isAscii(header.mid(at - 1, 1));
        const bool after =
            end == header.size() || !header[end].isLetterOrNumber() || !isAscii(header.mid(end, 1));
        if (before && after)
            return true;
    }
    return false;
}

struct Keys
{
    QString name;
    QStringList titles;
    QStringList aliases;
};

Keys keysOf(const Field &f)
{
    Keys k;
    k.name = ColumnMatcher::normalized(f.name);
    for (const QString &part : f.title.split(QStringLiteral(" / "), Qt::SkipEmptyParts))
        k.titles << ColumnMatcher::normalized(part);
    for (const QString &a : aliases().value(f.name))
        k.aliases << ColumnMatcher::normalized(a);
    if (f.name == QLatin1String("type") || f.name.endsWith(QLatin1String("_type")))
        k.aliases << typeAliases;
    return k;
}

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}

/// The best of `words` in `columns` (exact first, then the longest one contained); empty if none or a tie.
QString findColumn(const QStringList &columns, const QStringList &words)
{
    QStringList exact, best;
    int bestLength = 0;
    for (const QString &c : columns) {
        const QString h = ColumnMatcher::normalized(c);
        for (const QString &w : words) {
            if (h == w)
                exact << c;
            else if (containsKey(h, w) && w.size() >= bestLength) {
                if (w.size() > bestLength)
                    best.clear();
                bestLength = int(w.size());
                best << c;
            }
        }
    }
    exact.removeDuplicates();
    best.removeDuplicates();
    if (!exact.isEmpty())
        return exact.size() == 1 ? exact.constFirst() : QString();
    return best.size() == 1 ? best.constFirst() : QString();
}

} // namespace

QString ColumnMatching::fieldFor(const QString &column) const
{
    for (const ColumnMatch &m : matches) {
        if (m.column == column)
            return m.field;
    }
    return {};
}

QString ColumnMatcher::normalized(const QString &header)
{
    QString h = header.simplified().toLower();
    h.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    // A space separates Latin words ("outfall code"); next to Chinese or a bracket it means nothing.
    static const QRegularExpression looseSpace(
        QStringLiteral("(?<=[^\\x00-\\x7F()]) | (?=[^\\x00-\\x7F()])"));
    h.remove(looseSpace);
    static const QRegularExpression bracketSpace(QStringLiteral(" (?=\\()|(?<=\\() | (?=\\))"));
    h.remove(bracketSpace);
    while (h.endsWith(QLatin1Char('*')))
        h.chop(1);
    h = h.trimmed();
    static const QRegularExpression unit(QStringLiteral("^(.+)\\([^()]*\\)$"));
    if (const auto m = unit.match(h); m.hasMatch())
        h = m.captured(1);
    return h;
}

ColumnMatching ColumnMatcher::match(const QStringList &columns, const QList<Field> &fields,
                                    const QMap<QString, QString> &explicitMap, const QStringList &skip)
{
    ColumnMatching out;
    QMap<int, ColumnMatch> byColumn; // column index → match
    QSet<int> usedFields, doneColumns;
    for (int c = 0; c < columns.size(); ++c) {
        if (skip.contains(columns[c]))
            doneColumns.insert(c);
        if (!explicitMap.contains(columns[c]))
            continue;
        doneColumns.insert(c);
        const QString target = explicitMap.value(columns[c]);
        for (int f = 0; !target.isEmpty() && f < fields.size(); ++f) {
            if (fields[f].name.compare(target, Qt::CaseInsensitive) == 0) {
                byColumn.insert(c, {columns[c], fields[f].name, MatchRule::Map});
                usedFields.insert(f);
            }
        }
    }
    QList<Keys> keys;
    for (const Field &f : fields)
        keys << keysOf(f);
    QStringList headers;
    for (const QString &c : columns)
        headers << normalized(c);

    // Each rule scores (column, field) pairs; 0 means no fit. Within a rule the highest score wins, and a
    // tie for a column or for a field is reported instead of guessed.
    using Score = int (*)(const QString &header, const Keys &k);
    const std::pair<MatchRule, Score> rules[] = {
        {MatchRule::Name, [](const QString &h, const Keys &k) { return h == k.name ? 1 : 0; }},
        {MatchRule::Title, [](const QString &h, const Keys &k) { return k.titles.contains(h) ? 1 : 0; }},
        {MatchRule::Alias, [](const QString &h, const Keys &k) { return k.aliases.contains(h) ? 1 : 0; }},
        {MatchRule::Contains,
         [](const QString &h, const Keys &k) {
             int best = 0;
             for (const QStringList *list : {&k.titles, &k.aliases}) {
                 for (const QString &key : *list) {
                     if (containsKey(h, key))
                         best = std::max(best, int(key.size()));
                 }
             }
             return best;
         }},
    };
    for (const auto &[rule, score] : rules) {
        // Each open column's best fields under this rule.
        QMap<int, QList<int>> fieldsOf;
        QMap<int, int> scoreOf;
        for (int c = 0; c < columns.size(); ++c) {
            if (doneColumns.contains(c))
                continue;
            int best = 0;
            QList<int> bestFields;
            for (int f = 0; f < fields.size(); ++f) {
                if (usedFields.contains(f))
                    continue;
                const int s = score(headers[c], keys[f]);
                if (s > best)
                    bestFields.clear(), best = s;
                if (s > 0 && s == best)
                    bestFields << f;
            }
            if (bestFields.isEmpty())
                continue;
            if (bestFields.size() > 1) {
                QStringList names;
                for (int f : bestFields)
                    names << fields[f].name;
                out.ambiguities << tr("column %1 could go to %2: not guessed")
                                       .arg(quoted(columns[c]), names.join(QStringLiteral(", ")));
                doneColumns.insert(c);
                continue;
            }
            fieldsOf[bestFields.constFirst()] << c;
            scoreOf[c] = best;
        }
        for (auto it = fieldsOf.cbegin(); it != fieldsOf.cend(); ++it) {
            const int f = it.key();
            int best = 0;
            QList<int> bestColumns;
            for (int c : it.value()) {
                if (scoreOf[c] > best)
                    bestColumns.clear(), best = scoreOf[c];
                if (scoreOf[c] == best)
                    bestColumns << c;
            }
            if (bestColumns.size() > 1) {
                QStringList names;
                for (int c : bestColumns) {
                    names << quoted(columns[c]);
                    doneColumns.insert(c);
                }
                out.ambiguities << tr("field %1 could come from %2: not guessed")
                                       .arg(fields[f].name, names.join(QStringLiteral(", ")));
                usedFields.insert(f);
                continue;
            }
            const int c = bestColumns.constFirst();
            byColumn.insert(c, {columns[c], fields[f].name, rule});
            usedFields.insert(f);
            doneColumns.insert(c);
        }
    }
    out.matches = byColumn.values();
    return out;
}

std::optional<std::pair<QString, QString>> ColumnMatcher::coordinateColumns(const QStringList &columns)
{
    const QString x = findColumn(columns, longitudeWords);
    const QString y = findColumn(columns, latitudeWords);
    if (x.isEmpty() || y.isEmpty() || x == y)
        return std::nullopt;
    return std::pair{x, y};
}

} // namespace ecoplan
