// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ecoplan::cli {

struct Command;

/// What argv asks for, decided before any QCoreApplication exists (so `--help` needs no display).
struct Invocation
{
    enum class Kind {
        Workbench,      ///< the GUI, with an optional project to open
        RunCommand,     ///< a headless command
        CommandHelp,    ///< `ecoplan COMMAND --help`
        Help,           ///< `ecoplan --help`: the commands and the workbench's options
        Version,        ///< `ecoplan --version`
        UnknownCommand, ///< a bare word that is neither a command nor a file
    };
    Kind kind = Kind::Workbench;
    const Command *command = nullptr; ///< RunCommand, CommandHelp
    QString word;                     ///< UnknownCommand: the word
};

/// A first argument is a command if the table has it. Otherwise the first argument that is not an option
/// (or an option's value) is a project to open if it names a file that exists or looks like a path (has a
/// suffix such as .gpkg or a directory separator); any other bare word is an unknown command.
Invocation classify(const QStringList &arguments);

/// Runs everything but the workbench: help, version and unknown command with a QCoreApplication only;
/// a command with a QGuiApplication on the offscreen platform (fonts and painting, no display).
int runHeadless(int &argc, char **argv, const QStringList &arguments, const Invocation &invocation);

} // namespace ecoplan::cli
