// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ecoplan {

/// The headless commands (`ecoplan render|make-demo|stress-edits|parse-plan ...`), for automation and tests.
class CommandLine
{
public:
    /// Whether argv names a command (rather than a project to open in the GUI).
    static bool isCommand(const QStringList &arguments);
    /// Gives Qt a private runtime directory when none is set (cron, CI, ssh), so that automation sees only
    /// the command's own messages on stderr. Call before the QGuiApplication is made.
    static void prepareHeadlessEnvironment();
    /// Runs the command named by arguments[1]; returns the process exit code. Needs a QGuiApplication.
    static int run(const QStringList &arguments);
};

} // namespace ecoplan
