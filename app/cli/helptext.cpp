// SPDX-License-Identifier: GPL-3.0-or-later
#include "helptext.h"

#include "command.h"
#include "workbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ecoplan::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecoplan::cli", text);
}

/// QCommandLineParser's help with our own usage line: its own names the executable's full path only.
QString withUsage(const QCommandLineParser &parser, const QString &usage)
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return tr("Usage: %1").arg(usage) + (end < 0 ? QString() : text.mid(end));
}

/// -h, --help: QCommandLineParser's own help option also offers --help-all (Qt's options), which only the
/// workbench's QApplication would read.
QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, tr("Displays this help.")};
}

} // namespace

QString commandList()
{
    qsizetype width = 0;
    for (const Command &c : commands())
        width = std::max(width, c.name.size());
    QString text;
    for (const bool internal : {false, true}) {
        text += internal ? tr("Internal commands (for the build and tests):") : tr("Commands:");
        text += QLatin1Char('\n');
        for (const Command &c : commands()) {
            if (c.internal == internal)
                text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(width), tr(c.summary));
        }
        if (!internal)
            text += QLatin1Char('\n');
    }
    return text;
}

QString generalHelp()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(workbenchDescription());
    parser.addOption(helpOption());
    parser.addVersionOption();
    parser.addOptions(workbenchOptions());
    parser.addPositionalArgument(QStringLiteral("project"), workbenchProjectArgument(),
                                 QStringLiteral("[project]"));
    return withUsage(parser,
                     tr("ecoplan [options] [project]\n"
                        "       ecoplan COMMAND [options]   (ecoplan COMMAND --help for its options)")) +
           QLatin1Char('\n') + commandList();
}

QString commandHelp(const Command &command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(command.summary));
    parser.addOption(helpOption());
    parser.addOptions(command.options);
    QString text =
        withUsage(parser, QStringLiteral("ecoplan %1 %2").arg(command.name, command.synopsis).trimmed());
    // The commands take every option with two dashes (--x), where QCommandLineParser shows a one-letter
    // name with one.
    for (const QCommandLineOption &o : command.options) {
        for (const QString &n : o.names()) {
            if (n.size() == 1)
                text.replace(QRegularExpression(QStringLiteral("(?<=\\n  )-%1( <[^>]*>)? ").arg(n)),
                             QStringLiteral("--%1\\1").arg(n));
        }
    }
    return text;
}

QString unknownCommandText(const QString &word)
{
    return tr("ecoplan: unknown command “%1”; to open a project, give its file (e.g. P.gpkg).").arg(word) +
           QStringLiteral("\n\n") + commandList() + tr("\nSee ecoplan --help for the workbench's options.\n");
}

} // namespace ecoplan::cli
