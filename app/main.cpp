// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "workbench.h"

#include <QApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (ecoplan::CommandLine::isCommand(arguments)) {
        // Headless commands need fonts and paint devices, not a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ecoplan::CommandLine::prepareHeadlessEnvironment();
        QGuiApplication app(argc, argv);
        return ecoplan::CommandLine::run(arguments);
    }
    QApplication app(argc, argv);
    return ecoplan::runWorkbench(app, arguments);
}
