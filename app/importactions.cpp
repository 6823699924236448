// SPDX-License-Identifier: GPL-3.0-or-later
#include "importactions.h"

#include "commands/editfeatures.h"
#include "import/importwizard.h"
#include "mainwindow.h"
#include "panels/layerpanel.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace ecoplan {
namespace {

const QString dirKey = QStringLiteral("import/lastDir");
const QString encodingKey = QStringLiteral("import/encoding");
const QString crsKey = QStringLiteral("import/crs");
const QString headerRowKey = QStringLiteral("import/headerRow");

} // namespace

ImportActions::ImportActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_run = [](ImportWizard &wizard) { wizard.exec(); };
    QMenu *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("menu.layer"));
    if (!menu) {
        menu = window->menuBar()->addMenu(tr("&Layer"));
        menu->setObjectName(QStringLiteral("menu.layer"));
    }
    m_import = menu->addAction(tr("&Import…"));
    m_import->setObjectName(QStringLiteral("action.layer.import"));
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_import->setStatusTip(tr("Import rows from CSV, Excel or any vector file into a layer of the project"));
    connect(m_import, &QAction::triggered, this, [this] { openWizard(); });
    connect(window, &MainWindow::projectChanged, this, &ImportActions::updateState);
    updateState();
}

void ImportActions::updateState()
{
    const Project *project = m_window->project();
    m_import->setEnabled(project && project->store() && !project->isReadOnly());
}

void ImportActions::openWizard(const QString &path)
{
    Project *project = m_window->project();
    if (!project || !project->store() || project->isReadOnly())
        return;
    ImportWizard wizard(
        project, [this](const PreparedImport &p) { return commit(p); }, m_window);
    QSettings settings;
    ImportSpec defaults;
    defaults.encoding = settings.value(encodingKey).toString();
    defaults.headerRow = settings.value(headerRowKey, 1).toInt();
    if (const Result<SourceCrs> crs = SourceCrs::parse(settings.value(crsKey).toString())) {
        defaults.crs = *crs;
        defaults.crsGiven = true;
    }
    wizard.setDefaults(defaults);
    wizard.setFile(path.isEmpty() ? settings.value(dirKey).toString() + QLatin1Char('/') : path);
    const QString current = m_window->layerPanel()->currentLayerId();
    if (const VectorLayer *layer = project->layer(current); layer && layer->sourcePath == project->filePath())
        wizard.setTargetLayer(layer->sourceLayer);
    m_run(wizard);
    if (wizard.importedCount() > 0) {
        const ImportSpec used = wizard.spec();
        settings.setValue(dirKey, QFileInfo(used.file).absolutePath());
        settings.setValue(encodingKey, used.encoding);
        settings.setValue(headerRowKey, used.headerRow);
        settings.setValue(crsKey, used.crsGiven ? used.crs.toText() : QString());
    }
}

Result<int> ImportActions::commit(const PreparedImport &prepared)
{
    Project *project = m_window->project();
    if (!project || !project->store())
        return Result<int>::failure(tr("The project was closed."));
    if (!prepared.isNewLayer) {
        const auto fids = EditFeatures::push(
            *project, prepared.edits,
            tr("Import %1 rows into “%2”").arg(prepared.edits.size()).arg(prepared.target.name));
        if (!fids)
            return Result<int>::failure(fids.error());
        emit imported(prepared.target.name, static_cast<int>(fids->size()));
        return static_cast<int>(fids->size());
    }
    // A new layer and its rows in one transaction; it is not an undo step (the layer stays, empty or not).
    const auto fids = project->store()->createLayer(prepared.target, prepared.edits, project->userName());
    if (!fids)
        return Result<int>::failure(fids.error());
    auto layer =
        ProjectLoader::readStoredLayer(*project->store(), prepared.target.name, project->displayCrs());
    if (layer)
        project->addLayers({*layer});
    else
        m_window->statusBar()->showMessage(layer.error(), 10000);
    emit imported(prepared.target.name, static_cast<int>(fids->size()));
    return static_cast<int>(fids->size());
}

} // namespace ecoplan
