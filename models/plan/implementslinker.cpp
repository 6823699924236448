// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/implementslinker.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ecoplan {
namespace {

using Terms = QSet<QString>;

bool isHan(QChar c)
{
    return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
}

/// Words that say nothing about a task's subject.
const QSet<QString> &englishStopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"the",
                              "and",
                              "of",
                              "in",
                              "to",
                              "a",
                              "an",
                              "for",
                              "by",
                              "with",
                              "on",
                              "at",
                              "as",
                              "be",
                              "will",
                              "shall",
                              "should",
                              "we",
                              "our",
                              "all",
                              "its",
                              "their",
                              "this",
                              "that",
                              "from",
                              "into",
                              "such",
                              "other",
                              "more",
                              "than",
                              "is",
                              "are",
                              "or",
                              "it",
                              "end",
                              "year",
                              "years",
                              "promote",
                              "strengthen",
                              "carry",
                              "out",
                              "implement",
                              "accelerate",
                              "improve",
                              "further",
                              "vigorously",
                              "comprehensive",
                              "comprehensively",
                              "basically",
                              "achieve",
                              "complete",
                              "province",
                              "provincial",
                              "city",
                              "cities",
                              "county",
                              "counties",
                              "action",
                              "actions",
                              "work",
                              "level",
                              "new",
                              "key",
                              "relevant"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

/// A crude English stem, enough that "emissions" meets "emission" and "treating" meets "treat".
QString stem(QString w)
{
    for (const char *suffix : {"ing", "ed", "es", "s"}) {
        const QLatin1String s(suffix);
        if (w.size() > qsizetype(s.size()) + 3 && w.endsWith(s))
            return w.chopped(s.size());
    }
    return w;
}

/// Chinese character pairs within runs of Han characters, and English word stems.
Terms termsOf(const QString &text)
{
    Terms terms;
    QString run;
    const auto flushHan = [&] {
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            terms.insert(run.mid(i, 2));
        run.clear();
    };
    for (const QChar c : text) {
        if (isHan(c))
            run.append(c);
        else
            flushHan();
    }
    flushHan();
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z-]{2,}"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (!englishStopWords().contains(w))
            terms.insert(stem(w));
    }
    return terms;
}

struct TaskTerms
{
    const StoredTask *task;
    Terms title; ///< titles in every language kept
    Terms all;   ///< titles and text
};

QList<TaskTerms> tasksOf(const StoredPlan &plan)
{
    QList<TaskTerms> out;
    for (const StoredTask &t : plan.tasks) {
        if (t.node.kind != PlanNode::Kind::Task)
            continue;
        const QString titles = t.node.title + u'\n' + t.node.titleEn + u'\n' + t.node.titleZh;
        TaskTerms tt{&t, termsOf(titles), {}};
        tt.all = tt.title + termsOf(t.node.text);
        out.append(std::move(tt));
    }
    return out;
}

/// How much of `of` (weighted by rarity) appears in `in`.
double coverage(const Terms &of, const Terms &in, const QHash<QString, double> &idf)
{
    double total = 0, found = 0;
    for (const QString &t : of) {
        const double w = idf.value(t, 0.0);
        total += w;
        if (in.contains(t))
            found += w;
    }
    return total > 0 ? found / total : 0.0;
}

} // namespace

QList<LinkSuggestion> ImplementsLinker::suggest(const StoredPlan &lower, const StoredPlan &higher,
                                                double threshold)
{
    const QList<TaskTerms> low = tasksOf(lower);
    const QList<TaskTerms> high = tasksOf(higher);
    // Rarity over both plans' tasks: a term every task uses (治理, pollution) decides nothing.
    QHash<QString, int> documents;
    for (const QList<TaskTerms> *side : {&low, &high}) {
        for (const TaskTerms &t : *side) {
            for (const QString &term : t.all)
                ++documents[term];
        }
    }
    const double n = low.size() + high.size();
    QHash<QString, double> idf;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it)
        idf.insert(it.key(), std::log((n + 1) / (it.value() + 0.5)));

    QList<LinkSuggestion> out;
    for (const TaskTerms &c : low) {
        LinkSuggestion best{c.task->id, -1, 0};
        for (const TaskTerms &p : high) {
            // Each title should be found in the other task: the city title in the province task and back.
            double score = 0.5 * coverage(c.title, p.all, idf) + 0.5 * coverage(p.title, c.all, idf);
            if (!c.task->node.category.isEmpty() && c.task->node.category == p.task->node.category)
                score += 0.1;
            if (score > best.score)
                best = {c.task->id, p.task->id, score};
        }
        if (best.provinceTaskId >= 0 && best.score >= threshold)
            out.append(best);
    }
    return out;
}

} // namespace ecoplan
