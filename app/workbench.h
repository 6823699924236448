// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QStringList>

class QApplication;

namespace ecoplan {

/// Starts the GUI: installs the translations (Chinese or English UI), the label font, and opens the
/// project given on the command line, or the bundled demo project.
int runWorkbench(QApplication &app, const QStringList &arguments);

/// The workbench's own options (--lang, --screenshot), also listed by `ecoplan --help`.
QList<QCommandLineOption> workbenchOptions();
/// What `ecoplan --help` says the workbench is, and its positional argument.
QString workbenchDescription();
QString workbenchProjectArgument();

/// The demo project built with the workbench (build tree), or empty if it cannot be found.
QString demoProjectPath();

} // namespace ecoplan
