// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewactions.h"

#include "canvas/mapcanvas.h"
#include "canvas/maptools.h"
#include "mainwindow.h"
#include "panels/identifypanel.h"
#include "panels/layerpanel.h"
#include "project/project.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStyle>
#include <QToolBar>

namespace ecoplan {
namespace {

QAction *makeAction(QObject *parent, const QString &text, const char *name, const QKeySequence &shortcut = {})
{
    auto *a = new QAction(text, parent);
    a->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    shortcut.toString(QKeySequence::NativeText)));
    }
    return a;
}

} // namespace

ViewActions::ViewActions(MainWindow *window)
    : QObject(window), m_window(window), m_crsGroup(new QActionGroup(this))
{
    MapCanvas *canvas = window->canvas();
    m_viewMenu = window->menuBar()->addMenu(tr("&View"));
    QToolBar *toolbar = window->addToolBar(tr("Map"));
    toolbar->setObjectName(QStringLiteral("toolbar.map"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Tools: exclusive, one active at a time.
    auto *pan = new PanTool(canvas);
    auto *zoomBox = new ZoomBoxTool(canvas);
    auto *identify = new IdentifyTool(canvas);
    auto *select = new SelectTool(canvas);
    connect(identify, &IdentifyTool::identified, window->identifyPanel(), &IdentifyPanel::showFeatures);
    auto *tools = new QActionGroup(this);
    const struct
    {
        QString text;
        const char *name;
        QKeySequence key;
        MapTool *tool;
    } toolDefs[] = {{tr("&Pan"), "action.view.pan", QKeySequence(tr("P")), pan},
                    {tr("&Zoom to Box"), "action.view.zoomBox", QKeySequence(tr("Z")), zoomBox},
                    {tr("&Identify"), "action.view.identify", QKeySequence(tr("I")), identify},
                    {tr("&Select"), "action.view.select", QKeySequence(tr("S")), select}};
    for (const auto &d : toolDefs) {
        QAction *a = makeAction(this, d.text, d.name, d.key);
        a->setCheckable(true);
        tools->addAction(a);
        m_viewMenu->addAction(a);
        toolbar->addAction(a);
        MapTool *tool = d.tool;
        connect(a, &QAction::triggered, canvas, [canvas, tool] { canvas->setMapTool(tool); });
    }
    tools->actions().first()->trigger();
    // A box selects in the layer chosen in the Layers panel, as in QGIS; this option selects in all.
    QAction *allLayers =
        makeAction(this, tr("Select in &All Layers"), "action.view.selectAllLayers", QKeySequence());
    allLayers->setCheckable(true);
    allLayers->setToolTip(tr("A box selects in every selectable visible layer, not only in the layer "
                             "chosen in the Layers panel"));
    allLayers->setChecked(QSettings().value(QStringLiteral("view/selectAllLayers"), false).toBool());
    select->setSelectsInAllLayers(allLayers->isChecked());
    connect(allLayers, &QAction::toggled, this, [select](bool on) {
        QSettings().setValue(QStringLiteral("view/selectAllLayers"), on);
        select->setSelectsInAllLayers(on);
    });
    m_viewMenu->addAction(allLayers);
    select->setActiveLayer(window->layerPanel()->currentLayerId());
    connect(window->layerPanel(), &LayerPanel::currentLayerChanged, select, &SelectTool::setActiveLayer);
    m_viewMenu->addSeparator();
    toolbar->addSeparator();

    const struct
    {
        QString text;
        const char *name;
        QKeySequence key;
        void (MapCanvas::*slot)();
    } zoomDefs[] = {{tr("Zoom &In"), "action.view.zoomIn", QKeySequence::ZoomIn, &MapCanvas::zoomIn},
                    {tr("Zoom &Out"), "action.view.zoomOut", QKeySequence::ZoomOut, &MapCanvas::zoomOut},
                    {tr("Zoom to &Full Extent"), "action.view.zoomFull", QKeySequence(tr("Ctrl+Shift+F")),
                     &MapCanvas::zoomToFullExtent},
                    {tr("Zoom to Se&lection"), "action.view.zoomSelection", QKeySequence(tr("Ctrl+J")),
                     &MapCanvas::zoomToSelection}};
    for (const auto &d : zoomDefs) {
        QAction *a = makeAction(this, d.text, d.name, d.key);
        connect(a, &QAction::triggered, canvas, d.slot);
        m_viewMenu->addAction(a);
        toolbar->addAction(a);
    }
    QAction *zoomLayer =
        makeAction(this, tr("Zoom to &Layer"), "action.view.zoomLayer", QKeySequence(tr("Ctrl+Shift+L")));
    connect(zoomLayer, &QAction::triggered, canvas, [window, canvas] {
        const QString id = window->layerPanel()->currentLayerId();
        if (!id.isEmpty())
            canvas->zoomToLayer(id);
    });
    m_viewMenu->addAction(zoomLayer);
    QAction *clear = makeAction(this, tr("&Clear Selection"), "action.view.clearSelection",
                                QKeySequence(tr("Ctrl+Shift+N")));
    connect(clear, &QAction::triggered, window, [window] {
        if (window->project())
            window->project()->clearSelection();
    });
    m_viewMenu->addAction(clear);
    QAction *refresh = makeAction(this, tr("&Refresh"), "action.view.refresh", QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, canvas, &MapCanvas::refresh);
    m_viewMenu->addAction(refresh);
    m_viewMenu->addSeparator();

    buildCrsMenu(m_viewMenu->addMenu(tr("Display &Coordinate System")));
    QAction *english = makeAction(this, tr("Label Places in &English/Pinyin"), "action.view.englishLabels");
    english->setCheckable(true);
    english->setChecked(
        QSettings()
            .value(QStringLiteral("view/englishLabels"), !QLocale().name().startsWith(QLatin1String("zh")))
            .toBool());
    connect(english, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/englishLabels"), on);
        if (m_window->project())
            m_window->project()->setLabelsInEnglish(on);
    });
    m_viewMenu->addAction(english);
    connect(window, &MainWindow::projectChanged, this, &ViewActions::onProjectChanged);
}

void ViewActions::buildCrsMenu(QMenu *menu)
{
    const QString current =
        QSettings().value(QStringLiteral("view/displayCrs"), QStringLiteral("EPSG:4547")).toString();
    for (const Crs &crs : Crs::displayChoices()) {
        QAction *a = menu->addAction(QStringLiteral("%1 — %2").arg(crs.authId(), crs.name()));
        a->setObjectName(QStringLiteral("action.view.crs.%1").arg(crs.epsg()));
        a->setCheckable(true);
        a->setChecked(crs.authId() == current);
        a->setData(crs.definition());
        m_crsGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, crs] {
            QSettings().setValue(QStringLiteral("view/displayCrs"), crs.authId());
            if (Project *p = m_window->project()) {
                QApplication::setOverrideCursor(Qt::WaitCursor);
                p->setDisplayCrs(crs);
                QApplication::restoreOverrideCursor();
            }
        });
    }
}

void ViewActions::onProjectChanged(Project *project)
{
    if (!project)
        return;
    project->setLabelsInEnglish(
        m_window->findChild<QAction *>(QStringLiteral("action.view.englishLabels"))->isChecked());
    for (QAction *a : m_crsGroup->actions())
        a->setChecked(Crs::fromDefinition(a->data().toString()) == project->displayCrs());
}

void ViewActions::addDockToggles(const QList<QDockWidget *> &docks)
{
    m_viewMenu->addSeparator();
    QMenu *panels = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : docks) {
        if (dock)
            panels->addAction(dock->toggleViewAction());
    }
}

} // namespace ecoplan
