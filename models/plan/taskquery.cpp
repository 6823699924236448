// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/taskquery.h"

#include "plan/glossary.h"
#include "plan/pinyin.h"

#include <algorithm>

namespace ecoplan {
namespace {

bool hasHan(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

QString withoutSpaces(QString text)
{
    text.remove(QLatin1Char(' '));
    return text;
}

} // namespace

bool TaskQuery::isEmpty() const
{
    return search.trimmed().isEmpty() && department.isEmpty() && locality.isEmpty() && category.isEmpty() &&
           due == Due::Any;
}

bool TaskQuery::matches(const StoredTask &task, const QString &searchKey) const
{
    if (task.node.kind != PlanNode::Kind::Task)
        return false;
    return matchesSearch(searchKey) && matchesDepartment(task.node) && matchesLocality(task.node) &&
           (category.isEmpty() || task.node.category == category) && matchesDeadline(task);
}

bool TaskQuery::matchesSearch(const QString &key) const
{
    const QString q = search.trimmed().toLower();
    // "chao di" finds the pinyin "chaodi", which has no spaces; "outfalls" the word "outfall".
    const bool plural = q.size() > 3 && q.endsWith(u's') && q.front().script() == QChar::Script_Latin;
    return q.isEmpty() || key.contains(q) || key.contains(withoutSpaces(q)) ||
           (plural && key.contains(q.chopped(1)));
}

bool TaskQuery::matchesDepartment(const PlanNode &node) const
{
    if (department.isEmpty())
        return true;
    // One department whatever language the plan names it in: 省生态环境厅 is the English plan's
    // "Department of Ecological Environment" too.
    const Glossary &glossary = Glossary::departments();
    return glossary.keys(node.lead + node.cooperating + node.responsible).contains(glossary.key(department));
}

bool TaskQuery::matchesLocality(const PlanNode &node) const
{
    return locality.isEmpty() || std::any_of(node.places.begin(), node.places.end(), [&](const PlaceRef &p) {
               return p.name == locality || codeWithin(p.code, locality);
           });
}

bool TaskQuery::matchesDeadline(const StoredTask &task) const
{
    QList<QDate> dates = task.node.deadlines;
    if (task.deadline.isValid())
        dates << task.deadline;
    switch (due) {
    case Due::Any:
        return true;
    case Due::ByDate:
        return std::any_of(dates.begin(), dates.end(), [&](QDate d) { return d.isValid() && d <= dueBy; });
    case Due::InYear:
        return std::any_of(dates.begin(), dates.end(), [&](QDate d) { return d.year() == dueYear; });
    case Due::Overdue:
        // No progress is recorded per task yet, so a passed final deadline is what overdue means.
        return task.deadline.isValid() && task.deadline < today;
    case Due::None:
        return std::none_of(dates.begin(), dates.end(), [](QDate d) { return d.isValid(); });
    }
    return true;
}

QString TaskQuery::searchKey(const PlanNode &node)
{
    // Fields are kept apart by new lines, so a search never matches across two of them.
    QStringList parts{node.number, node.title, node.titleEn, node.titleZh, node.text};
    for (const QString &title : {node.title, node.titleZh}) {
        if (!hasHan(title))
            continue;
        for (const PinyinReading reading : {PinyinReading::General, PinyinReading::Names}) {
            const Pinyin p = toPinyin(title, reading);
            parts << p.full << p.initials;
        }
    }
    // The other language's words for what the task is about (the English plan's "sewage outlets" is
    // 排污口 and "outfall") and for the departments it names, so a search finds it in either language.
    const QString own = QStringList{node.title, node.titleEn, node.titleZh, node.text}.join(QLatin1Char('\n'));
    for (const GlossaryTerm *term : Glossary::searchTerms().occurringIn(own))
        parts << term->zh << term->en << term->aliases;
    for (const bool chinese : {true, false})
        parts << Glossary::departments().translate(node.lead + node.cooperating + node.responsible, chinese);
    return parts.join(QLatin1Char('\n')).toLower();
}

bool TaskQuery::codeWithin(const QString &code, const QString &area)
{
    if (code.isEmpty() || area.isEmpty())
        return false;
    if (code == area)
        return true;
    const bool digits = std::all_of(area.begin(), area.end(), [](QChar c) { return c.isDigit(); });
    if (!digits)
        return false;
    // Division codes nest by prefix: 41 province, 4110 prefecture, 411081 county.
    QString prefix = area;
    if (area.size() == 6) {
        if (area.endsWith(QLatin1String("0000")))
            prefix = area.left(2);
        else if (area.endsWith(QLatin1String("00")))
            prefix = area.left(4);
        else
            return false;
    }
    return code.startsWith(prefix);
}

} // namespace ecoplan
