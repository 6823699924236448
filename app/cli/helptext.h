// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoplan::cli {

struct Command;

/// What the command table shows: every text here is made from commands(), so help, the unknown-command
/// message and the completion cannot leave a command out.

/// `ecoplan --help`: usage, the workbench's options and argument, then every command with its summary.
QString generalHelp();
/// `ecoplan COMMAND --help`: usage, summary and the command's options (QCommandLineParser's layout).
QString commandHelp(const Command &command);
/// "ecoplan: unknown command “WORD”" and the list of commands.
QString unknownCommandText(const QString &word);
/// The list of commands, one line each, as `ecoplan --help` ends.
QString commandList();
/// The bash completion script (installer/bash-completion/ecoplan is this text).
QString bashCompletionScript();

} // namespace ecoplan::cli
