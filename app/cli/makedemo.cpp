// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan make-demo`: builds the demo project from the reference data (the build runs it).
#include "command.h"

#include "store/demoprojectbuilder.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace ecoplan::cli {
namespace {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("reference"), QStringLiteral("Reference GeoPackage."), QStringLiteral("file")},
        {QStringLiteral("names"), QStringLiteral("admin_names.csv"), QStringLiteral("file")},
        {QStringLiteral("out"), QStringLiteral("Output GeoPackage."), QStringLiteral("file")},
    };
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(options());
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

Command makeDemoCommand()
{
    return {QStringLiteral("make-demo"),
            QT_TRANSLATE_NOOP("ecoplan::cli", "Build the demo project (used by the build)."),
            QStringLiteral("--reference R.gpkg --names N.csv --out D.gpkg"),
            options(),
            run,
            true};
}

} // namespace ecoplan::cli
