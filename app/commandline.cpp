// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commands/editfeature.h"
#include "importcommand.h"
#include "plancommands.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "rendercommand.h"
#include "store/demoprojectbuilder.h"
#include "zonescommand.h"
#include "summarizecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUndoStack>

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

/// Adds outfalls one by one through the undo stack, as an editor would, and prints "committed <fid>" after
/// each commit. The crash test kills it at random moments and then checks the file.
int runStressEdits(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Commits edits one by one (for crash and speed tests)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project GeoPackage (it is changed)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Number of edits."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("undo"), QStringLiteral("Then undo this many."), QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("timings"), QStringLiteral("Print median_edit_ms and median_undo_ms as JSON.")});
    parser.process(arguments.mid(1));
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto opened =
        ProjectLoader::openProject(parser.value(QStringLiteral("project")), Crs::defaultDisplay(), true);
    if (!opened) {
        err << "ecoplan stress-edits: " << opened.error() << Qt::endl;
        return 1;
    }
    Project &project = **opened;
    if (project.isReadOnly()) {
        err << "ecoplan stress-edits: the project is read-only: " << project.readOnlyReason() << Qt::endl;
        return 1;
    }
    const int count = parser.value(QStringLiteral("count")).toInt();
    std::vector<double> editMs, undoMs;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        const double lon = 113.5 + (i % 100) * 0.004, lat = 33.8 + (i / 100 % 100) * 0.004;
        StoredFeature f{QStringLiteral("outfalls"),
                        -1,
                        {{QStringLiteral("name"), QStringLiteral("压力测试排口 %1").arg(i)},
                         {QStringLiteral("status"), QStringLiteral("not_started")},
                         {QStringLiteral("is_sample"), 1}},
                        QStringLiteral("POINT (%1 %2)").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6)};
        auto *cmd = new EditFeature(&project, {std::nullopt, f}, QStringLiteral("Add outfall"));
        timer.start();
        project.undoStack()->push(cmd);
        editMs.push_back(timer.nsecsElapsed() / 1e6);
        if (project.undoStack()->count() <= i) {
            err << "ecoplan stress-edits: edit " << i << " failed" << Qt::endl;
            return 1;
        }
        // Reported only once committed: whatever was reported must survive a kill.
        out << "committed " << cmd->fid() << Qt::endl;
    }
    for (int i = 0; i < parser.value(QStringLiteral("undo")).toInt() && project.undoStack()->canUndo(); ++i) {
        timer.start();
        project.undoStack()->undo();
        undoMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    if (parser.isSet(QStringLiteral("timings"))) {
        auto median = [](std::vector<double> v) {
            if (v.empty())
                return 0.0;
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        out << QJsonDocument(QJsonObject{{QStringLiteral("edits"), count},
                                         {QStringLiteral("median_edit_ms"), median(editMs)},
                                         {QStringLiteral("undos"), int(undoMs.size())},
                                         {QStringLiteral("median_undo_ms"), median(undoMs)}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
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
    static const QStringList commands = {QStringLiteral("render"),       QStringLiteral("make-demo"),
                                         QStringLiteral("stress-edits"), QStringLiteral("parse-plan"),
                                         QStringLiteral("import-plan"),  QStringLiteral("export-tasks"),
                                         QStringLiteral("zones"),           QStringLiteral("summarize"),
                                         QStringLiteral("import")};
    return arguments.size() > 1 && commands.contains(arguments[1]);
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("render"))
        return runRenderCommand(arguments);
    if (command == QLatin1String("make-demo"))
        return runMakeDemo(arguments);
    if (command == QLatin1String("stress-edits"))
        return runStressEdits(arguments);
    if (command == QLatin1String("parse-plan"))
        return runParsePlanCommand(arguments);
    if (command == QLatin1String("import-plan"))
        return runImportPlanCommand(arguments);
    if (command == QLatin1String("export-tasks"))
        return runExportTasksCommand(arguments);
    if (command == QLatin1String("zones"))
        return runZonesCommand(arguments);
    if (command == QLatin1String("summarize"))
        return runSummarizeCommand(arguments);
    if (command == QLatin1String("import"))
        return runImportCommand(arguments);
    QTextStream(stderr) << "ecoplan: unknown command " << command << '\n';
    return 2;
}

} // namespace ecoplan
