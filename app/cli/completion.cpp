// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan completion bash`: prints the bash completion script, made from the command table.
// installer/bash-completion/ecoplan is its output; tst_commandline fails if the two differ.
#include "command.h"
#include "helptext.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ecoplan::cli {
namespace {

/// The commands take every option with two dashes, one-letter ones too (--x).
QString optionWords(const QList<QCommandLineOption> &options)
{
    QStringList words{QStringLiteral("--help")};
    for (const QCommandLineOption &o : options) {
        for (const QString &n : o.names())
            words << QStringLiteral("--") + n;
    }
    return words.join(QLatin1Char(' '));
}

/// The options, across all commands, whose value is one of a few words.
const QList<std::pair<QString, QString>> valueWords = {
    {QStringLiteral("--lang"), QStringLiteral("zh en")},
    {QStringLiteral("--encoding"), QStringLiteral("UTF-8 GB18030 GBK")},
    {QStringLiteral("--crs"), QStringLiteral("4326 4490 gk3 gk3:114 gcj02 bd09 EPSG:4547")},
};

int run(const QStringList &arguments)
{
    const QString shell = arguments.value(2, QStringLiteral("bash"));
    if (shell != QLatin1String("bash")) {
        QTextStream(stderr)
            << "ecoplan completion: "
            << QCoreApplication::translate("ecoplan::cli", "only bash is supported, not “%1”").arg(shell)
            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << bashCompletionScript();
    return 0;
}

} // namespace

QString bashCompletionScript()
{
    QStringList names;
    for (const Command &c : commands())
        names << c.name;
    QString s;
    QTextStream out(&s);
    out << "# bash completion for ecoplan (EcoPlan Workbench): its commands and each command's options.\n"
           "# Generated from the command table by `ecoplan completion bash`; do not edit (a test compares "
           "them).\n"
           "# Enable: source this file from ~/.bashrc, or copy it to "
           "~/.local/share/bash-completion/completions/.\n"
           "\n"
           "_ecoplan()\n"
           "{\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} opts\n"
           "    case $prev in\n";
    for (const auto &[option, words] : valueWords)
        out << "        " << option << ") COMPREPLY=($(compgen -W \"" << words
            << "\" -- \"$cur\")); return ;;\n";
    out << "    esac\n"
           "    if [[ $COMP_CWORD -eq 1 && $cur != -* ]]; then\n"
           "        # A command, or a project file (bash completes file names when nothing matches).\n"
           "        COMPREPLY=($(compgen -W \""
        << names.join(QLatin1Char(' '))
        << "\" -- \"$cur\"))\n"
           "        return\n"
           "    fi\n"
           "    case ${COMP_WORDS[1]} in\n";
    for (const Command &c : commands()) {
        out << "        " << c.name << ") opts=\"" << optionWords(c.options) << "\" ;;\n";
    }
    out << "        *) opts=\"" << optionWords(workbenchOptions()) << " --version\" ;;\n"
        << "    esac\n"
           "    if [[ ${COMP_WORDS[1]} == completion && $COMP_CWORD -eq 2 ]]; then\n"
           "        COMPREPLY=($(compgen -W \"bash\" -- \"$cur\"))\n"
           "    elif [[ $cur == -* ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
           "    fi\n"
           "}\n"
           "complete -o default -F _ecoplan ecoplan\n";
    return s;
}

Command completionCommand()
{
    return {QStringLiteral("completion"),
            QT_TRANSLATE_NOOP("ecoplan::cli", "Print the bash completion script (see the README)."),
            QStringLiteral("[bash]"),
            {},
            run,
            false};
}

} // namespace ecoplan::cli
