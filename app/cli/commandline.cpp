// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "command.h"
#include "helptext.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <unistd.h>

namespace ecoplan::cli {
namespace {

bool isHelp(const QString &a)
{
    return a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("-?") ||
           a == QLatin1String("--help-all");
}

bool isVersion(const QString &a)
{
    return a == QLatin1String("--version") || a == QLatin1String("-v");
}

/// Options that take the next argument as their value: the workbench's and those QGuiApplication reads.
bool takesValue(const QString &option)
{
    static const QStringList qtOptions = {
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"),    QStringLiteral("-display"),
        QStringLiteral("-style"),           QStringLiteral("-stylesheet"),
        QStringLiteral("-session"),         QStringLiteral("-geometry"),
        QStringLiteral("-title"),           QStringLiteral("-name")};
    if (option.contains(QLatin1Char('=')))
        return false;
    for (const QCommandLineOption &o : workbenchOptions()) {
        if (o.valueName().isEmpty())
            continue;
        for (const QString &n : o.names()) {
            if (option == QLatin1String("--") + n || option == QLatin1String("-") + n)
                return true;
        }
    }
    return qtOptions.contains(option);
}

/// A word on the command line that names a project rather than a command.
bool looksLikeFile(const QString &word)
{
    return QFileInfo::exists(word) || word.contains(QLatin1Char('/')) || word.contains(QLatin1Char('\\')) ||
           !QFileInfo(word).suffix().isEmpty();
}

/// Gives Qt a private runtime directory when none is set (cron, CI, ssh), so that automation sees only the
/// command's own messages on stderr.
void prepareHeadlessEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/ecoplan-runtime-%1").arg(getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

Invocation classify(const QStringList &arguments)
{
    using Kind = Invocation::Kind;
    if (const Command *command = findCommand(arguments.value(1))) {
        for (qsizetype i = 2; i < arguments.size(); ++i) {
            if (isHelp(arguments[i]))
                return {Kind::CommandHelp, command, {}};
        }
        return {Kind::RunCommand, command, {}};
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break; // what follows is a project, whatever its name
        if (isHelp(a))
            return {Kind::Help, nullptr, {}};
        if (isVersion(a))
            return {Kind::Version, nullptr, {}};
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1Char('-'))) {
            if (takesValue(a))
                ++i;
            continue;
        }
        if (!looksLikeFile(a))
            return {Kind::UnknownCommand, nullptr, a};
        break; // the first positional argument is the project
    }
    return {};
}

int runHeadless(int &argc, char **argv, const QStringList &arguments, const Invocation &invocation)
{
    using Kind = Invocation::Kind;
    if (invocation.kind == Kind::RunCommand) {
        // Commands need fonts and paint devices, not a display.
        prepareHeadlessEnvironment();
        QGuiApplication app(argc, argv);
        return invocation.command->run(arguments);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("EcoPlan Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECOPLAN_VERSION));
    QTextStream out(stdout);
    switch (invocation.kind) {
    case Kind::CommandHelp:
        out << commandHelp(*invocation.command);
        return 0;
    case Kind::Help:
        out << generalHelp();
        return 0;
    case Kind::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case Kind::UnknownCommand:
        QTextStream(stderr) << unknownCommandText(invocation.word);
        return 2;
    case Kind::Workbench:
    case Kind::RunCommand:
        break;
    }
    return 2;
}

} // namespace ecoplan::cli
