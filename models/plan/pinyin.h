// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoplan {

/// How Chinese text is typed on a Latin keyboard, for searching: 超低排放 → full "chaodipaifang", initials
/// "cdpf". Other text is kept, lower case and without accents; spaces and punctuation are dropped.
struct Pinyin
{
    QString full;
    QString initials;
};

/// Pinyin of `text` by ICU's Han-Latin/Names transliteration. Polyphonic characters take ICU's reading
/// (行业 gives "xingye", not "hangye"). Safe to call from any thread.
Pinyin toPinyin(const QString &text);

} // namespace ecoplan
