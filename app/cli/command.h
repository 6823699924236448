// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace ecoplan::cli {

/// One headless command as the table holds it: what `ecoplan --help`, `ecoplan NAME --help` and the bash
/// completion show, and the function that runs it. Commands whose options are parsed by hand declare them
/// here too, so that help and completion list what the parser takes.
struct Command
{
    QString name;
    /// One line for `ecoplan --help` (English; translated with the "ecoplan::cli" context).
    const char *summary = nullptr;
    /// What follows the name in the usage line, e.g. "FILE --project P.gpkg [options]".
    QString synopsis;
    QList<QCommandLineOption> options;
    /// Given the whole argv (arguments[1] is the name); returns the exit code. Runs with a QGuiApplication on
    /// the offscreen platform, so it may paint and use fonts but never needs a display.
    int (*run)(const QStringList &arguments) = nullptr;
    /// For the build and tests (make-demo, stress-edits): listed apart in `ecoplan --help`.
    bool internal = false;
};

// One function per command, each in its own file under app/cli/.
Command renderCommand();
Command importCommand();
Command parsePlanCommand();
Command importPlanCommand();
Command exportTasksCommand();
Command summarizeCommand();
Command zonesCommand();
Command completionCommand();
Command makeDemoCommand();
Command stressEditsCommand();

/// Every command, in the order `ecoplan --help` lists them. Adding a command is one line here.
const QList<Command> &commands();
/// The command called `name`, or null.
const Command *findCommand(const QString &name);

} // namespace ecoplan::cli
