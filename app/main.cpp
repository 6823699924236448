// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "workbench.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Decided before any application object exists: help, version and the commands never start the GUI
    // platform, so they work without a display.
    const ecoplan::cli::Invocation invocation = ecoplan::cli::classify(arguments);
    if (invocation.kind != ecoplan::cli::Invocation::Kind::Workbench)
        return ecoplan::cli::runHeadless(argc, argv, arguments, invocation);
    QApplication app(argc, argv);
    return ecoplan::runWorkbench(app, arguments);
}
