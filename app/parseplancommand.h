// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ecoplan {

/// `ecoplan parse-plan FILE [--json]`: parses a plan document (.txt: UTF-8, else GB18030) and prints its
/// outline, or the structured plan as JSON (schema ecoplan-plan/1, docs/plan-json.md). Errors: one line
/// on stderr and exit code 1.
int runParsePlanCommand(const QStringList &arguments);

} // namespace ecoplan
