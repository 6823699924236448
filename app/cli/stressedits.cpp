// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan stress-edits`: commits edits one by one through the undo stack (crash test, edit benchmark).
#include "command.h"

#include "commands/editfeature.h"
#include "project/project.h"
#include "project/projectloader.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

namespace ecoplan::cli {
namespace {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("project"), QStringLiteral("Project GeoPackage (it is changed)."),
         QStringLiteral("file")},
        {QStringLiteral("count"), QStringLiteral("Number of edits."), QStringLiteral("N"),
         QStringLiteral("1000")},
        {QStringLiteral("undo"), QStringLiteral("Then undo this many."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("timings"), QStringLiteral("Print median_edit_ms and median_undo_ms as JSON.")},
    };
}

/// Adds outfalls one by one through the undo stack, as an editor would, and prints "committed <fid>" after
/// each commit. The crash test kills it at random moments and then checks the file.
int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(options());
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

Command stressEditsCommand()
{
    return {QStringLiteral("stress-edits"),
            QT_TRANSLATE_NOOP("ecoplan::cli",
                              "Commit edits one by one to a project copy (crash test, benchmark)."),
            QStringLiteral("--project P.gpkg [--count N] [--undo M] [--timings]"),
            options(),
            run,
            true};
}

} // namespace ecoplan::cli
