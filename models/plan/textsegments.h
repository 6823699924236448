// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ecoplan {

/// Full-width ASCII forms (０-９, Ａ-Ｚ, （）, ．, ％, ／) → half-width, Roman numeral signs (Ⅲ) → letters,
/// ideographic space → space, CR/LF unified. Chinese sentence punctuation (，。；：、) is kept as written.
QString normalizePlanText(const QString &text);
/// Sentences end at 。！？, line breaks and ". " (not inside decimals), and at ；; when `atSemicolons`.
QStringList splitSentences(const QString &text, bool atSemicolons = true);
/// Clauses within a sentence end at ，；; and ", " (not "1,000").
QStringList splitClauses(const QString &sentence);
/// The first sentence of `text`, shortened at a word or character boundary to about `maxChars`.
QString firstSentence(const QString &text, int maxChars);
/// True for text written mostly in Latin letters (an English plan or title) rather than in Chinese.
bool isMostlyLatin(const QString &text);

} // namespace ecoplan
