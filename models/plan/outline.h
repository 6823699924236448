// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

namespace ecoplan {

/// The numbering styles of the genre. Which of them is a part, a section or a task is decided per document.
enum class NumberingStyle {
    ChineseNumeral, ///< 一、 二、
    ParenChinese,   ///< (一) （二）
    Arabic,         ///< 1. 2、
    ParenArabic,    ///< (1) and, in translations, (Three)
    Ordinal,        ///< English translations of 一、: "one," "Third," "Second:"
    Keyword,        ///< "Action 3", "Part II", "Task 4", "Chapter 2", 第三部分, 第二章
};

struct Heading
{
    NumberingStyle style;
    int ordinal = 0;
    QString number;  ///< as written, without the trailing 、 or .
    QString rest;    ///< the line after the number
    QString keyword; ///< for Keyword style: "Action", "部分", …
};

/// Recognises a numbered heading at the start of a (normalised, trimmed) line.
std::optional<Heading> detectHeading(const QString &line);

/// The outline of a document: nodes built from the document's own numbering, and the text before the first
/// heading. Levels follow the order in which styles first appear (the outermost comes first); "1." is the
/// task level when present, otherwise the innermost style is. Styles deeper than the tasks ((1) under 1.)
/// stay in the task's text. A heading is taken only if its number continues its level (next number, or 1
/// to restart; parts may skip), so "4. Safeguard measures" after task 24 becomes the fourth part.
struct Outline
{
    QString preamble;
    QList<PlanNode> nodes;
};
Outline buildOutline(const QString &normalizedText);

} // namespace ecoplan
