// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

namespace ecoplan {

/// The number a part, section or task is shown with, from its place in the outline (kind and ordinal)
/// rather than from how the document wrote it, so that a translation's "one," "Third," "(Three)" read like
/// the original: parts 一、 二、, sections （一） （二）, tasks 1. 2. in Chinese; parts I. II., sections (1) (2),
/// tasks 1. 2. in English (the numbering of official English versions of Chinese plans). The number as
/// written stays in PlanNode::number. A node without an ordinal keeps its written number.
QString structuralNumber(const PlanNode &node, bool chinese);
/// "一、总体要求", "（三）能源绿色低碳发展行动", "1. …"; "I. Overall requirements", "(3) …", "1. …".
QString titleWithNumber(const PlanNode &node, const QString &title, bool chinese);

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 24 → 二十四 (1 to 99; other numbers as digits).
QString chineseNumber(int n);
/// 1 → I, 4 → IV, 14 → XIV (1 to 3999; other numbers as digits).
QString romanNumber(int n);

} // namespace ecoplan
