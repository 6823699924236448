// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ecoplan {

/// `ecoplan parse-plan FILE [--json]`: parses a plan document (.txt, .docx or .pdf) and prints its
/// outline, or the structured plan as JSON (schema ecoplan-plan/1, docs/plan-json.md). Errors: one line
/// on stderr and exit code 1.
int runParsePlanCommand(const QStringList &arguments);
/// `ecoplan import-plan FILE --project P`: parses the document and stores the plan, its tasks, targets and
/// place links in the project in one transaction (nothing is written if any part fails).
int runImportPlanCommand(const QStringList &arguments);
/// `ecoplan export-tasks --project P --out FILE.xlsx|.csv [--plan ID]`: writes the task list of the project's
/// plans (or of one) as a spreadsheet (columns in docs/task-list-export.md). Errors: one line on stderr and
/// exit code 1.
int runExportTasksCommand(const QStringList &arguments);

} // namespace ecoplan
