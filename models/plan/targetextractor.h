// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

namespace ecoplan {

/// Quantitative targets in a plan's text: indicator, comparator, value, unit and the deadline that governs
/// the clause. Clauses are split at ，；。 (and , ; ". " in English). A clause's deadline is its own phrase,
/// else the last one earlier in the same sentence, else the first later one in the sentence.
/// Comparators: 低于/less than <; 不高于/以内/以下/控制在/降至/not exceed <=; 达到/完成/reach =;
/// 以上/不低于/more than/at least >=; 超过/高于/exceed >. Water classes (达到或好于Ⅲ类) give value 3, unit
/// 类.
class TargetExtractor
{
public:
    static QList<Target> extract(const QString &text);
};

} // namespace ecoplan
