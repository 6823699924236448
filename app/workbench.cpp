// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "canvas/mapcanvas.h"
#include "fileactions.h"
#include "geo/coordinatetransform.h"
#include "mainwindow.h"
#include "render/fontsetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace ecoplan {

QString demoProjectPath()
{
    const QString candidates[] = {
        QStringLiteral(ECOPLAN_DEMO_PROJECT),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../data/henan-demo.gpkg"),
        QStringLiteral("/usr/share/ecoplan/henan-demo.gpkg"),
    };
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return QDir::cleanPath(c);
    }
    return {};
}

QList<QCommandLineOption> workbenchOptions()
{
    return {
        {QStringLiteral("lang"), QStringLiteral("User interface language: zh or en."),
         QStringLiteral("lang")},
        {QStringLiteral("screenshot"),
         QStringLiteral("Save a picture of the window to FILE once the map is drawn, then quit."),
         QStringLiteral("file")},
        {QStringLiteral("extent"),
         QStringLiteral("Show WEST,SOUTH,EAST,NORTH (longitude/latitude) once the project is open."),
         QStringLiteral("bounds")},
    };
}

QString workbenchDescription()
{
    return QStringLiteral("EcoPlan Workbench: Henan's environmental action plans on the map.");
}

QString workbenchProjectArgument()
{
    return QStringLiteral("Project GeoPackage or vector file to open (default: the demo project).");
}

static void installTranslations(QApplication &app, const QString &language)
{
    // A language of "zh" or a Chinese system locale gives the Chinese UI; anything else English.
    const bool chinese = language.isEmpty() ? QLocale().name().startsWith(QLatin1String("zh"))
                                            : language.startsWith(QLatin1String("zh"));
    if (!chinese) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/ecoplan_zh_CN.qm")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

int runWorkbench(QApplication &app, const QStringList &arguments)
{
    QCoreApplication::setOrganizationName(QStringLiteral("EcoPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("EcoPlan Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECOPLAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(workbenchDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(workbenchOptions());
    parser.addPositionalArgument(QStringLiteral("project"), workbenchProjectArgument());
    parser.process(arguments);

    QSettings settings;
    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang"))
                                 : settings.value(QStringLiteral("ui/language")).toString();
    installTranslations(app, language);
    registerLabelFont();

    MainWindow window;
    window.show();
    window.fileActions()->setTemplatePath(demoProjectPath());
    const QString path = parser.positionalArguments().value(0, demoProjectPath());
    if (!path.isEmpty())
        window.fileActions()->open(path);
    auto screenshotOnNextRender = [&window, &parser] {
        if (!parser.isSet(QStringLiteral("screenshot")))
            return;
        const QString file = parser.value(QStringLiteral("screenshot"));
        QObject::connect(
            window.canvas(), &MapCanvas::renderFinished, &window,
            [&window, file] {
                // Let the status bar and docks settle before taking the picture.
                QTimer::singleShot(300, &window, [&window, file] {
                    window.grab().save(file);
                    QCoreApplication::quit();
                });
            },
            Qt::SingleShotConnection);
    };
    if (const QStringList b = parser.value(QStringLiteral("extent")).split(QLatin1Char(',')); b.size() == 4) {
        // Once the window has its size and the first picture is drawn, go to the extent.
        const QRectF lonLat =
            QRectF(QPointF(b[0].toDouble(), b[1].toDouble()), QPointF(b[2].toDouble(), b[3].toDouble())).normalized();
        QObject::connect(
            window.canvas(), &MapCanvas::renderFinished, &window,
            [&window, lonLat, screenshotOnNextRender] {
                const CoordinateTransform toDisplay(Crs::wgs84(), window.canvas()->settings().crs);
                screenshotOnNextRender();
                window.canvas()->setExtent(toDisplay.transformBounds(lonLat));
            },
            Qt::SingleShotConnection);
    } else {
        screenshotOnNextRender();
    }
    return app.exec();
}

} // namespace ecoplan
