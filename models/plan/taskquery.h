// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/storedplan.h"

#include <QDate>
#include <QString>

namespace ecoplan {

/// What a planner looks for among plan tasks. Each criterion left empty accepts every task; a task must meet
/// all that are set. Only tasks are matched: parts and sections are headings.
struct TaskQuery
{
    enum class Due {
        Any,
        ByDate,  ///< a deadline on or before `dueBy`
        InYear,  ///< one of its deadlines in `dueYear`
        Overdue, ///< its own deadline is before `today`
        None,    ///< no deadline at all
    };

    /// Chinese, English, a number, or pinyin of a Chinese title in full or by initials ("chaodi", "cdpf");
    /// case and spaces do not matter, nor an English plural's final "s" ("outfalls").
    QString search;
    /// A department named as lead, cooperating or responsible party, in either language: a name the
    /// department glossary knows matches each of its names (Glossary::key), any other only itself.
    QString department;
    /// A place code or name: a prefecture's code (411000, or its four digits 4110) takes in its counties
    /// (411081 Yuzhou), the province's (410000) every place in it.
    QString locality;
    QString category; ///< a code: air, water, …
    Due due = Due::Any;
    QDate dueBy;
    int dueYear = 0;
    QDate today = QDate::currentDate();

    bool operator==(const TaskQuery &) const = default;
    bool isEmpty() const;
    bool matches(const StoredTask &task, const QString &searchKey) const;
    bool matchesSearch(const QString &searchKey) const;
    bool matchesDepartment(const PlanNode &node) const;
    bool matchesLocality(const PlanNode &node) const;
    bool matchesDeadline(const StoredTask &task) const;

    /// The lower-case text a search looks in: number, titles, text, the pinyin of the Chinese titles, and
    /// both languages' words for the search terms (Glossary::searchTerms) and departments the task names.
    /// Worth caching: pinyin takes ICU a while.
    static QString searchKey(const PlanNode &node);
    /// Whether place code `code` lies in `area` (a code as described for `locality`).
    static bool codeWithin(const QString &code, const QString &area);
};

} // namespace ecoplan
