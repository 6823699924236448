// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributetableactions.h"

#include "canvas/mapcanvas.h"
#include "mainwindow.h"
#include "panels/attributetablepanel.h"
#include "panels/layerpanel.h"
#include "project/project.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace ecoplan {

AttributeTableActions::AttributeTableActions(MainWindow *window) : QObject(window), m_window(window)
{
    // The Layer menu may already exist (editing adds to it too).
    QMenu *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("menu.layer"));
    if (!menu) {
        menu = window->menuBar()->addMenu(tr("&Layer"));
        menu->setObjectName(QStringLiteral("menu.layer"));
    }
    QAction *table = menu->addAction(tr("&Attribute Table"));
    table->setObjectName(QStringLiteral("action.layer.attributeTable"));
    table->setShortcut(QKeySequence(tr("F6")));
    table->setStatusTip(tr("Show the attributes of the layer chosen in the Layers panel"));
    connect(table, &QAction::triggered, this, [this] {
        const QString id = m_window->layerPanel()->currentLayerId();
        if (id.isEmpty())
            m_window->statusBar()->showMessage(tr("Choose a layer in the Layers panel first."), 5000);
        else
            open(id);
    });
    connect(window->layerPanel(), &LayerPanel::attributeTableRequested, this, &AttributeTableActions::open);
    connect(window, &MainWindow::projectChanged, this, &AttributeTableActions::closeAll);
}

AttributeTablePanel *AttributeTableActions::open(const QString &layerId)
{
    Project *project = m_window->project();
    const VectorLayer *layer = project ? project->layer(layerId) : nullptr;
    if (!layer)
        return nullptr;
    const QString name = QStringLiteral("dock.attributes.") + layerId;
    if (auto *dock = m_window->findChild<QDockWidget *>(name)) {
        dock->show();
        dock->raise();
        return qobject_cast<AttributeTablePanel *>(dock->widget());
    }
    auto *panel = new AttributeTablePanel(project, layerId);
    auto *dock = new QDockWidget(tr("Attribute Table — %1").arg(layer->title), m_window);
    dock->setObjectName(name);
    dock->setAttribute(Qt::WA_DeleteOnClose);
    dock->setWidget(panel);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    MapCanvas *canvas = m_window->canvas();
    panel->setMapExtent(canvas->extent());
    connect(canvas, &MapCanvas::extentChanged, panel,
            [panel, canvas] { panel->setMapExtent(canvas->extent()); });
    connect(project, &Project::changed, dock, [dock, layerId](const ChangeEvent &e) {
        if (e.type == ChangeEvent::Type::LayerRemoved && e.layerId == layerId)
            dock->close();
    });
    return panel;
}

void AttributeTableActions::closeAll()
{
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->objectName().startsWith(QLatin1String("dock.attributes.")))
            delete dock;
    }
}

} // namespace ecoplan
