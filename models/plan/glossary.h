// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace ecoplan {

/// One thing named in both languages: its Chinese name, its English name, and other spellings either
/// language uses for it (a translation's "Department of Ecological Environment", 省生态环境厅's 省环境厅).
struct GlossaryTerm
{
    QString zh;
    QString en;
    QStringList aliases;
};

/// A bilingual word list shipped in data/glossary (columns `zh`, `en`, `aliases`, the aliases separated by
/// "|"), built into the program: the departments plans name (departments()), so that each UI shows them in
/// its language and a department is one entry whatever language the plan was read in; and the subjects a
/// planner searches for (searchTerms()), so that 排污口 finds the English plan's "sewage outlets".
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::Glossary)
public:
    /// Reads a glossary file. A row without `zh` or `en`, or a name that already names another term, fails
    /// naming the file and row.
    static Result<Glossary> read(const QString &csvPath);
    /// The departments and governments of the province and Xuchang plans (data/glossary/departments.csv).
    static const Glossary &departments();
    /// Subjects searched for in both languages (data/glossary/search-terms.csv).
    static const Glossary &searchTerms();

    const QList<GlossaryTerm> &terms() const { return m_terms; }
    /// The term `name` names: its Chinese or English name or an alias, in any case and spacing, with or
    /// without a leading "the" or "Provincial"; nullptr if none does.
    const GlossaryTerm *find(const QString &name) const;
    /// The names `name` stands for: itself if the glossary knows it or nothing better is found; a list the
    /// department extractor could not split ("Forestry Bureau and Henan Yellow River Bureau", "Water
    /// Conservancy Department and Agricultural and Rural Department") as its parts, split at " and " or a
    /// comma where every part is a known name.
    QStringList split(const QString &name) const;
    /// `name` in Chinese (`chinese`) or English if the glossary knows it, else `name` as it is.
    QString translate(const QString &name, bool chinese) const;
    /// Each name, split() and translated.
    QStringList translate(const QStringList &names, bool chinese) const;
    /// What tells one thing from another across languages: the Chinese name of a known term, else the
    /// name as written.
    QString key(const QString &name) const;
    /// The keys of `names`, each split() first.
    QStringList keys(const QStringList &names) const;
    /// The terms any of whose names occur in `text` (case-insensitive), in glossary order.
    QList<const GlossaryTerm *> occurringIn(const QString &text) const;

private:
    QList<GlossaryTerm> m_terms;
    QHash<QString, qsizetype> m_byName; ///< normalised name → index in m_terms
};

} // namespace ecoplan
