// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "rendercommand.h"
#include "store/demoprojectbuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

namespace ecoplan {
namespace {

int runMakeDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "Builds the demo project."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("reference"), QStringLiteral("Reference GeoPackage."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("names"), QStringLiteral("admin_names.csv"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output GeoPackage."), QStringLiteral("file")});
    parser.process(arguments.mid(1));
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("reference")) || !parser.isSet(QStringLiteral("names")) ||
        !parser.isSet(QStringLiteral("out"))) {
        err << "ecoplan make-demo: --reference, --names and --out are required\n";
        return 2;
    }
    const Status s =
        DemoProjectBuilder::build(parser.value(QStringLiteral("reference")),
                                  parser.value(QStringLiteral("names")), parser.value(QStringLiteral("out")));
    if (!s) {
        err << "ecoplan make-demo: " << s.error() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

void CommandLine::prepareHeadlessEnvironment()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/ecoplan-runtime-%1").arg(getuid());
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    static const QStringList commands = {QStringLiteral("render"), QStringLiteral("make-demo")};
    return arguments.size() > 1 && commands.contains(arguments[1]);
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("render"))
        return runRenderCommand(arguments);
    if (command == QLatin1String("make-demo"))
        return runMakeDemo(arguments);
    QTextStream(stderr) << "ecoplan: unknown command " << command << '\n';
    return 2;
}

} // namespace ecoplan
