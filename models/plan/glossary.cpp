// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/glossary.h"

#include "store/csvrows.h"

#include <QRegularExpression>

#include <algorithm>

namespace ecoplan {
namespace {

/// The form names are compared in: lower case, single spaces, curly quotes straight, no leading "the" or
/// "provincial" (the province plan writes "Provincial Department of Finance" and "the Department of
/// Finance" for one department), no trailing full stop.
QString normalised(const QString &name)
{
    QString n = name.simplified().toLower();
    n.replace(u'’', u'\'');
    static const QRegularExpression lead(QStringLiteral("^(?:the\\s+)?(?:provincial\\s+)?"));
    n.remove(lead);
    while (n.endsWith(u'.') || n.endsWith(u'。'))
        n.chop(1);
    return n.trimmed();
}

/// Whether `name` occurs in `lowerText`; a Latin name only where a word starts ("dust" is not in
/// "industrial"), and it may run on ("outfall" is in "outfalls").
bool occurs(const QString &lowerText, const QString &name)
{
    const QString n = name.toLower();
    if (n.isEmpty())
        return false;
    const bool latin = n.front().isLetterOrNumber() && n.front().script() == QChar::Script_Latin;
    for (qsizetype at = lowerText.indexOf(n); at >= 0; at = lowerText.indexOf(n, at + 1)) {
        if (!latin || at == 0 || !lowerText.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

Glossary bundled(const QString &resource)
{
    Result<Glossary> g = Glossary::read(resource);
    // The files are built in and checked by tests: a failure here is a broken build, not a user's error.
    if (!g)
        qWarning("%s", qPrintable(g.error()));
    return g ? std::move(g).value() : Glossary();
}

} // namespace

Result<Glossary> Glossary::read(const QString &csvPath)
{
    using R = Result<Glossary>;
    const Result<CsvRows> csv = CsvRows::read(csvPath);
    if (!csv)
        return R::failure(csv.error());
    for (const char *column : {"zh", "en"}) {
        if (!csv->columns.contains(QLatin1String(column)))
            return R::failure(tr("The glossary “%1” has no column “%2”.").arg(csvPath, QLatin1String(column)));
    }
    Glossary g;
    int row = 1;
    for (const QStringList &r : csv->rows) {
        ++row;
        GlossaryTerm term{csv->value(r, QStringLiteral("zh")), csv->value(r, QStringLiteral("en")), {}};
        for (const QString &alias : csv->value(r, QStringLiteral("aliases")).split(u'|', Qt::SkipEmptyParts))
            term.aliases << alias.trimmed();
        if (term.zh.isEmpty() || term.en.isEmpty())
            return R::failure(tr("The glossary “%1”, row %2: “%3” is empty.")
                                  .arg(csvPath)
                                  .arg(row)
                                  .arg(term.zh.isEmpty() ? QStringLiteral("zh") : QStringLiteral("en")));
        const qsizetype index = g.m_terms.size();
        for (const QString &name : QStringList{term.zh, term.en} + term.aliases) {
            const QString n = normalised(name);
            const auto it = g.m_byName.constFind(n);
            if (it != g.m_byName.cend() && *it != index)
                return R::failure(tr("The glossary “%1”, row %2: “%3” already names “%4”.")
                                      .arg(csvPath)
                                      .arg(row)
                                      .arg(name, g.m_terms[*it].zh));
            g.m_byName.insert(n, index);
        }
        g.m_terms.append(std::move(term));
    }
    return g;
}

const Glossary &Glossary::departments()
{
    static const Glossary g = bundled(QStringLiteral(":/ecoplan/glossary/departments.csv"));
    return g;
}

const Glossary &Glossary::searchTerms()
{
    static const Glossary g = bundled(QStringLiteral(":/ecoplan/glossary/search-terms.csv"));
    return g;
}

const GlossaryTerm *Glossary::find(const QString &name) const
{
    const auto it = m_byName.constFind(normalised(name));
    return it == m_byName.cend() ? nullptr : &m_terms[*it];
}

QStringList Glossary::split(const QString &name) const
{
    if (find(name))
        return {name};
    static const QRegularExpression separator(QStringLiteral("\\s+and\\s+(?:the\\s+)?|\\s*,\\s*(?:and\\s+)?"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (auto it = separator.globalMatch(name); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString left = name.left(m.capturedStart()).trimmed();
        if (!find(left))
            continue;
        const QStringList rest = split(name.mid(m.capturedEnd()).trimmed());
        if (std::all_of(rest.begin(), rest.end(), [this](const QString &n) { return find(n) != nullptr; }))
            return QStringList{left} + rest;
    }
    return {name};
}

QString Glossary::translate(const QString &name, bool chinese) const
{
    const GlossaryTerm *t = find(name);
    return t ? (chinese ? t->zh : t->en) : name;
}

QStringList Glossary::translate(const QStringList &names, bool chinese) const
{
    QStringList out;
    for (const QString &name : names) {
        for (const QString &part : split(name))
            out << translate(part, chinese);
    }
    return out;
}

QStringList Glossary::keys(const QStringList &names) const
{
    QStringList out;
    for (const QString &name : names) {
        for (const QString &part : split(name))
            out << key(part);
    }
    return out;
}

QString Glossary::key(const QString &name) const
{
    const GlossaryTerm *t = find(name);
    return t ? t->zh : name;
}

QList<const GlossaryTerm *> Glossary::occurringIn(const QString &text) const
{
    const QString lower = text.toLower();
    QList<const GlossaryTerm *> out;
    for (const GlossaryTerm &t : m_terms) {
        const QStringList names = QStringList{t.zh, t.en} + t.aliases;
        if (std::any_of(names.begin(), names.end(), [&](const QString &n) { return occurs(lower, n); }))
            out << &t;
    }
    return out;
}

} // namespace ecoplan
