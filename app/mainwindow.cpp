// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysisactions.h"
#include "attributetableactions.h"
#include "canvas/mapcanvas.h"
#include "editactions.h"
#include "fileactions.h"
#include "importactions.h"
#include "panels/historypanel.h"
#include "panels/identifypanel.h"
#include "panels/layerpanel.h"
#include "panels/layerpropertiesdialog.h"
#include "panels/legendwidget.h"
#include "panels/planspanel.h"
#include "planactions.h"
#include "project/featurequery.h"
#include "project/project.h"
#include "statusbar/coordinatedisplay.h"
#include "statusbar/scaleedit.h"
#include "viewactions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoView>
#include <QVBoxLayout>

namespace ecoplan {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_canvas(new MapCanvas), m_readOnlyBanner(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; border-bottom: 1px solid #e0b040; padding: 4px 8px; }"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->hide();
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_canvas, 1);
    setCentralWidget(central);

    buildDocks();
    buildStatusBar();
    m_fileActions = new FileActions(this);
    m_editActions = new EditActions(m_canvas, this, this);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editActions->addToMenu(editMenu);
    editMenu->addSeparator();
    QAction *userName =
        editMenu->addAction(tr("Your &Name in the Audit Log…"), this, &MainWindow::askUserName);
    userName->setObjectName(QStringLiteral("action.edit.userName"));
    m_viewActions = new ViewActions(this);
    new AttributeTableActions(this);           // Layer > Attribute Table; owned by the window
    m_importActions = new ImportActions(this); // Layer > Import
    m_planActions = new PlanActions(this);
    m_analysisActions = new AnalysisActions(this); // after the View menu: the measure tools join its tools
    addToolBar(m_editActions->createToolBar(this));
    m_editActions->joinToolGroup(findChild<QAction *>(QStringLiteral("action.view.pan"))->actionGroup());
    connect(m_editActions, &EditActions::message, this,
            [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(m_layerPanel, &LayerPanel::currentLayerChanged, m_editActions, &EditActions::setActiveLayer);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About EcoPlan Workbench"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("action.help.about"));
    m_viewActions->addDockToggles({findChild<QDockWidget *>(QStringLiteral("dock.layers")),
                                   findChild<QDockWidget *>(QStringLiteral("dock.legend")),
                                   findChild<QDockWidget *>(QStringLiteral("dock.identify")),
                                   findChild<QDockWidget *>(QStringLiteral("dock.history")),
                                   findChild<QDockWidget *>(QStringLiteral("dock.undo")),
                                   findChild<QDockWidget *>(QStringLiteral("dock.plans")),
                                   findChild<QDockWidget *>(QStringLiteral("dock.summary"))});
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("dock.identify")),
                     findChild<QDockWidget *>(QStringLiteral("dock.history")));
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("dock.history")),
                     findChild<QDockWidget *>(QStringLiteral("dock.plans")));
    // One tab group on the right, so the plans' tree and detail get the whole height.
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("dock.plans")),
                     findChild<QDockWidget *>(QStringLiteral("dock.undo")));

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1400, 900);
    if (!settings.contains(QStringLiteral("window/state"))) {
        // The plans are what a planner opens first; their tree and detail want width and height.
        auto *plans = findChild<QDockWidget *>(QStringLiteral("dock.plans"));
        plans->raise();
        // Sizes are shared out once the window is laid out.
        QTimer::singleShot(0, this, [this, plans] { resizeDocks({plans}, {460}, Qt::Horizontal); });
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The views hold pointers into the project: detach them before it goes.
    m_canvas->setProject(nullptr);
}

void MainWindow::buildDocks()
{
    m_layerPanel = new LayerPanel;
    m_legend = new LegendWidget;
    m_identifyPanel = new IdentifyPanel;
    m_historyPanel = new HistoryPanel;
    m_plansPanel = new PlansPanel;
    m_undoView = new QUndoView;
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setEmptyLabel(tr("<project opened>"));
    const struct
    {
        QWidget *widget;
        QString name;
        QString title;
        Qt::DockWidgetArea area;
    } docks[] = {
        {m_layerPanel, QStringLiteral("dock.layers"), tr("Layers"), Qt::LeftDockWidgetArea},
        {m_legend, QStringLiteral("dock.legend"), tr("Legend"), Qt::LeftDockWidgetArea},
        {m_identifyPanel, QStringLiteral("dock.identify"), tr("Identify Results"), Qt::RightDockWidgetArea},
        {m_historyPanel, QStringLiteral("dock.history"), tr("Feature History"), Qt::RightDockWidgetArea},
        {m_undoView, QStringLiteral("dock.undo"), tr("Undo History"), Qt::RightDockWidgetArea},
        {m_plansPanel, QStringLiteral("dock.plans"), tr("Plans"), Qt::RightDockWidgetArea}};
    for (const auto &d : docks) {
        auto *dock = new QDockWidget(d.title, this);
        dock->setObjectName(d.name);
        dock->setWidget(d.widget);
        addDockWidget(d.area, dock);
    }
    connect(m_layerPanel, &LayerPanel::zoomToLayerRequested, m_canvas, &MapCanvas::zoomToLayer);
    // A place in a plan task: select its county or prefecture and show it.
    connect(m_plansPanel, &PlansPanel::placeActivated, this, [this](const QString &code) {
        const auto place = m_project ? FeatureQuery::findByCode(*m_project, code) : std::nullopt;
        if (!place)
            return;
        m_project->setSelection({{place->layerId, {place->index}}});
        m_canvas->zoomToSelection();
    });
    connect(m_layerPanel, &LayerPanel::propertiesRequested, this, [this](const QString &id) {
        if (m_project)
            LayerPropertiesDialog(m_project.get(), id, this).exec();
    });
    connect(m_layerPanel, &LayerPanel::removeRequested, this, [this](const QString &id) {
        if (m_project)
            m_project->removeLayer(id);
    });
}

void MainWindow::buildStatusBar()
{
    m_coordinates = new CoordinateDisplay;
    m_scale = new ScaleEdit;
    m_renderState = new QLabel;
    m_renderState->setObjectName(QStringLiteral("renderState"));
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    statusBar()->addWidget(m_coordinates, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_renderState);
    statusBar()->addPermanentWidget(new QLabel(tr("Scale")));
    statusBar()->addPermanentWidget(m_scale);

    QSettings settings;
    m_coordinates->setDegreesMinutesSeconds(settings.value(QStringLiteral("view/dms"), false).toBool());
    connect(m_coordinates, &CoordinateDisplay::formatToggled, this,
            [](bool dms) { QSettings().setValue(QStringLiteral("view/dms"), dms); });
    connect(m_canvas, &MapCanvas::cursorMoved, m_coordinates, &CoordinateDisplay::showPosition);
    connect(m_canvas, &MapCanvas::scaleChanged, m_scale, &ScaleEdit::showScale);
    connect(m_scale, &ScaleEdit::scaleEntered, m_canvas, &MapCanvas::setScaleDenominator);
    connect(m_canvas, &MapCanvas::renderStarted, this, [this] { m_renderState->setText(tr("Rendering…")); });
    connect(m_canvas, &MapCanvas::renderFinished, this, [this] { m_renderState->clear(); });
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    m_canvas->setProject(nullptr);
    m_layerPanel->setProject(nullptr);
    m_legend->setProject(nullptr);
    m_identifyPanel->clear();
    m_historyPanel->setProject(nullptr);
    m_plansPanel->setProject(nullptr);
    m_undoView->setStack(nullptr);
    m_project = std::move(project);
    if (m_project) {
        m_project->setParent(nullptr);
        m_coordinates->setDisplayCrs(m_project->displayCrs());
        connect(m_project.get(), &Project::changed, this, [this](const ChangeEvent &e) {
            if (e.type == ChangeEvent::Type::DisplayCrs)
                m_coordinates->setDisplayCrs(m_project->displayCrs());
        });
    }
    m_layerPanel->setProject(m_project.get());
    m_legend->setProject(m_project.get());
    m_historyPanel->setProject(m_project.get());
    m_plansPanel->setProject(m_project.get());
    if (m_project) {
        m_undoView->setStack(m_project->undoStack());
        m_project->setUserName(QSettings().value(QStringLiteral("user/name")).toString());
    }
    m_canvas->setProject(m_project.get());
    const bool readOnly = m_project && m_project->store() && m_project->isReadOnly();
    m_readOnlyBanner->setVisible(readOnly);
    if (readOnly)
        m_readOnlyBanner->setText(tr("This project is open read-only: %1.").arg(m_project->readOnlyReason()));
    updateTitle();
    m_editActions->updateState();
    emit projectChanged(m_project.get());
}

void MainWindow::askUserName()
{
    // Every change is logged with a name: the one set here, else the computer's user name.
    QSettings settings;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Your Name in the Audit Log"),
        tr("Name recorded with each of your changes (empty: the computer's user name, %1):")
            .arg(qEnvironmentVariable("USER")),
        QLineEdit::Normal, settings.value(QStringLiteral("user/name")).toString(), &ok);
    if (!ok)
        return;
    settings.setValue(QStringLiteral("user/name"), name.trimmed());
    if (m_project)
        m_project->setUserName(name.trimmed());
}

void MainWindow::updateTitle()
{
    const QString app = tr("EcoPlan Workbench");
    if (!m_project) {
        setWindowTitle(app);
        return;
    }
    const QString file = m_project->filePath();
    const QString name = file.isEmpty() ? tr("Untitled") : QFileInfo(file).fileName();
    setWindowTitle(
        QStringLiteral("%1%2 — %3")
            .arg(name, m_project->isReadOnly() && !file.isEmpty() ? tr(" [read-only]") : QString(), app));
    setWindowFilePath(file);
}

void MainWindow::setBusy(const QString &message)
{
    m_busy->show();
    statusBar()->showMessage(message);
}

void MainWindow::clearBusy()
{
    m_busy->hide();
    statusBar()->clearMessage();
}

void MainWindow::showAbout()
{
    QString provenance;
    if (m_project) {
        for (const auto &[key, value] : m_project->provenance()) {
            if (key.startsWith(QLatin1String("source.")) || key.startsWith(QLatin1String("licence.")) ||
                key.startsWith(QLatin1String("accuracy.")))
                provenance +=
                    QStringLiteral("<li><b>%1</b>: %2</li>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
        }
    }
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About EcoPlan Workbench"));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>EcoPlan Workbench %1</h3><p>Henan's environmental action plans on the map.</p>"
                   "<p>Built with Qt %2, GDAL, PROJ and GEOS.</p>"
                   "<p><b>Bundled reference data</b> (see data/reference/PROVENANCE.md):</p><ul>%3</ul>"
                   "<p>English/pinyin names: generated with pinyin-pro (MIT) and checked by hand "
                   "(data/names/PROVENANCE.md).</p>")
                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                         provenance.isEmpty() ? tr("<li>(no project open)</li>") : provenance));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace ecoplan
