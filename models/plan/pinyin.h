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

/// Which reading a character with several takes. ICU knows one per character and mode: the general one
/// reads 重点 "zhongdian" but 长葛 "zhangge"; the one for names reads 长葛 "changge" and 许昌 "xuchang" but
/// 重点 "chongdian". A search looks in both.
enum class PinyinReading { General, Names };

/// Pinyin of `text` by ICU's Han-Latin (or Han-Latin/Names) transliteration, with a few words of plans
/// that ICU reads wrongly in both modes corrected (行业 hangye, 调整 tiaozheng). Safe from any thread.
Pinyin toPinyin(const QString &text, PinyinReading reading = PinyinReading::General);

} // namespace ecoplan
