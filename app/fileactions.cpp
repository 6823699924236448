// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "canvas/mapcanvas.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "render/layersnapshot.h"
#include "render/mapexporter.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace ecoplan {
namespace {

constexpr int maxRecent = 8;

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16).startsWith("SQLite format 3");
}

Crs rememberedDisplayCrs()
{
    const Crs crs = Crs::fromDefinition(
        QSettings().value(QStringLiteral("view/displayCrs"), QStringLiteral("EPSG:4547")).toString());
    return crs.isValid() ? crs : Crs::defaultDisplay();
}

QAction *addAction(QMenu *menu, const QString &text, const char *name, const QKeySequence &shortcut)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(QString::fromLatin1(name));
    a->setShortcut(shortcut);
    return a;
}

} // namespace

FileActions::FileDialog FileActions::systemOpenDialog()
{
    return [](QWidget *parent, const QString &caption, const QString &dir, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, caption, dir, filter);
    };
}

FileActions::FileDialog FileActions::systemSaveDialog()
{
    return [](QWidget *parent, const QString &caption, const QString &dir, const QString &filter) {
        return QFileDialog::getSaveFileName(parent, caption, dir, filter);
    };
}

FileActions::FileActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_openDialog = systemOpenDialog();
    m_saveDialog = systemSaveDialog();
    m_reportError = [this](const QString &message) {
        QMessageBox::warning(m_window, tr("EcoPlan Workbench"), message);
    };
    m_loadPool.setMaxThreadCount(1);

    QMenu *menu = window->menuBar()->addMenu(tr("&File"));
    connect(addAction(menu, tr("&New Project…"), "action.file.new", QKeySequence::New), &QAction::triggered,
            this, &FileActions::chooseAndCreate);
    connect(addAction(menu, tr("&Open…"), "action.file.open", QKeySequence::Open), &QAction::triggered, this,
            &FileActions::chooseAndOpen);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menu.file.recent"));
    rebuildRecentMenu();
    connect(addAction(menu, tr("Save &As…"), "action.file.saveAs", QKeySequence::SaveAs), &QAction::triggered,
            this, &FileActions::chooseAndSaveAs);
    menu->addSeparator();
    connect(addAction(menu, tr("&Add Layer…"), "action.file.addLayer", QKeySequence(tr("Ctrl+Shift+A"))),
            &QAction::triggered, this, &FileActions::chooseAndAddLayer);
    connect(addAction(menu, tr("&Export Map…"), "action.file.exportMap", QKeySequence(tr("Ctrl+E"))),
            &QAction::triggered, this, &FileActions::chooseAndExport);
    menu->addSeparator();
    connect(addAction(menu, tr("&Quit"), "action.file.quit", QKeySequence::Quit), &QAction::triggered, window,
            &QWidget::close);
}

QString FileActions::vectorFilter()
{
    return tr("GeoPackage (*.gpkg);;Vector files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.gml *.dxf "
              "*.csv *.fgb);;All files (*)");
}

void FileActions::report(const QString &message)
{
    emit failed(message);
    if (m_reportError)
        m_reportError(message);
}

QString FileActions::askForVectorFile(const QString &caption)
{
    return m_openDialog(m_window, caption, QSettings().value(QStringLiteral("file/lastDir")).toString(),
                        vectorFilter());
}

void FileActions::chooseAndOpen()
{
    if (const QString path = askForVectorFile(tr("Open Project")); !path.isEmpty())
        open(path);
}

QString FileActions::askForProjectPath(const QString &caption)
{
    const QString path =
        m_saveDialog(m_window, caption, QSettings().value(QStringLiteral("file/lastDir")).toString(),
                     tr("GeoPackage project (*.gpkg)"));
    if (path.isEmpty() || path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
        return path;
    return path + QStringLiteral(".gpkg");
}

void FileActions::chooseAndCreate()
{
    if (const QString path = askForProjectPath(tr("New Project")); !path.isEmpty())
        newProject(path);
}

void FileActions::chooseAndSaveAs()
{
    if (!m_window->project() || !m_window->project()->store())
        return;
    if (const QString path = askForProjectPath(tr("Save Project As")); !path.isEmpty())
        saveAs(path);
}

void FileActions::newProject(const QString &path)
{
    if (m_templatePath.isEmpty() || !QFileInfo::exists(m_templatePath)) {
        report(tr("Cannot create a project: the Henan template (henan-demo.gpkg) was not found. Rebuild the "
                  "workbench."));
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        report(tr("Cannot replace “%1”: it is in use or protected.").arg(path));
        return;
    }
    if (!QFile::copy(m_templatePath, path)) {
        report(tr("Cannot create “%1”: check that the folder exists and you may write there.").arg(path));
        return;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    open(path);
}

void FileActions::saveAs(const QString &path)
{
    Project *project = m_window->project();
    if (!project || !project->store())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = project->store()->saveCopy(path);
    QApplication::restoreOverrideCursor();
    if (!s) {
        report(s.error());
        return;
    }
    open(path);
}

void FileActions::chooseAndAddLayer()
{
    if (const QString path = askForVectorFile(tr("Add Layer")); !path.isEmpty())
        addLayer(path);
}

void FileActions::chooseAndExport()
{
    const QString path =
        m_saveDialog(m_window, tr("Export Map"), QSettings().value(QStringLiteral("file/lastDir")).toString(),
                     tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        exportMap(path);
}

void FileActions::open(const QString &path)
{
    QSettings().setValue(QStringLiteral("file/lastDir"), QFileInfo(path).absolutePath());
    const Crs display = rememberedDisplayCrs();
    const bool isProject = !QFileInfo(path).exists() || looksLikeSqlite(path) ||
                           QFileInfo(path).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0;
    m_window->setBusy(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    using LoadResult = Result<std::unique_ptr<Project>>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<LoadResult>>(this);
    QThread *guiThread = QThread::currentThread();
    connect(watcher, &QFutureWatcher<std::shared_ptr<LoadResult>>::finished, this,
            [this, watcher, path, isProject] {
                watcher->deleteLater();
                m_window->clearBusy();
                std::shared_ptr<LoadResult> result = watcher->result();
                if (!result->ok()) {
                    report(result->error());
                    return;
                }
                m_window->setProject(std::move(*result).value());
                if (const QStringList warnings = m_window->project()->loadWarnings(); !warnings.isEmpty())
                    m_window->statusBar()->showMessage(warnings.join(QLatin1Char(' ')), 20000);
                if (isProject)
                    rememberRecent(path);
                emit opened(path);
            });
    watcher->setFuture(QtConcurrent::run(&m_loadPool, [path, display, isProject, guiThread] {
        auto result = std::make_shared<LoadResult>(LoadResult::failure({}));
        if (isProject) {
            *result = ProjectLoader::openProject(path, display, true);
        } else {
            QStringList warnings;
            auto layers = ProjectLoader::readVectorFile(path, display, &warnings);
            if (!layers) {
                *result = LoadResult::failure(layers.error());
            } else {
                auto project = std::make_unique<Project>();
                project->setDisplayCrs(display);
                project->addLayers(std::move(layers).value());
                project->addLoadWarnings(warnings);
                *result = std::move(project);
            }
        }
        // Built here, used there: hand the QObject to the GUI thread.
        if (result->ok())
            result->value()->moveToThread(guiThread);
        return result;
    }));
}

void FileActions::addLayer(const QString &path)
{
    Project *project = m_window->project();
    if (!project) {
        open(path);
        return;
    }
    QSettings().setValue(QStringLiteral("file/lastDir"), QFileInfo(path).absolutePath());
    m_window->setBusy(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    using ReadResult = Result<std::vector<std::shared_ptr<VectorLayer>>>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<ReadResult>>(this);
    const Crs display = project->displayCrs();
    QPointer<Project> target(project);
    connect(watcher, &QFutureWatcher<std::shared_ptr<ReadResult>>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        m_window->clearBusy();
        auto result = watcher->result();
        if (!result->ok()) {
            report(result->error());
            return;
        }
        // The project may have been replaced or changed CRS while the file was read.
        if (!target || target != m_window->project())
            return;
        if (target->displayCrs() != (*result)->front()->data->displayCrs()) {
            for (auto &l : result->value())
                l->data = LayerData::build(l->data->sharedTable(), target->displayCrs());
        }
        target->addLayers(std::move(*result).value());
    });
    watcher->setFuture(QtConcurrent::run(&m_loadPool, [path, display] {
        QStringList warnings;
        return std::make_shared<ReadResult>(ProjectLoader::readVectorFile(path, display, &warnings));
    }));
}

void FileActions::exportMap(const QString &path)
{
    Project *project = m_window->project();
    if (!project)
        return;
    if (!MapExporter::isSupported(path)) {
        report(tr("“%1”: choose a .png, .pdf or .svg file name.").arg(path));
        return;
    }
    const MapSettings s = m_window->canvas()->settings();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = MapExporter::write(path, s, snapshotLayers(*project, s));
    QApplication::restoreOverrideCursor();
    if (!written)
        report(written.error());
}

void FileActions::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("file/recent")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("file/recent"), recent.mid(0, maxRecent));
    rebuildRecentMenu();
}

void FileActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("file/recent")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { open(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace ecoplan
