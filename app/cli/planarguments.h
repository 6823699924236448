// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/plandocument.h"

#include <QStringList>
#include <QTextStream>

namespace ecoplan::cli {

/// The translation context of the plan commands' messages.
QString planTr(const char *text);

/// FILE and the options of a plan command (parse-plan, import-plan).
struct PlanArguments
{
    QString file;
    QString gazetteer;
    QString titles;
    QString project;
    bool json = false;
};

/// The plan in a document, with its places resolved against the gazetteer where one is found (else a
/// warning on stderr). A failure is one line for stderr.
Result<PlanDocument> readPlan(const PlanArguments &a, QTextStream &err, const char *command);

/// Fills `out` from the command line; false (with the message written) if it is wrong.
bool parseArguments(const QStringList &arguments, const char *command, const QString &usage,
                    PlanArguments &out, QTextStream &err);

} // namespace ecoplan::cli
