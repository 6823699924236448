// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/plan.h"

namespace ecoplan {

/// Text of a Chinese 实施方案/行动计划 (or an English translation) → a structured plan. Pure: no files, no
/// widgets, no knowledge of particular documents; the document's own numbering drives the tree
/// (see outline.h). Fails with a clear reason for empty, binary or unnumbered input.
class PlanParser
{
public:
    static Result<Plan> parse(const QString &text);
};

} // namespace ecoplan
