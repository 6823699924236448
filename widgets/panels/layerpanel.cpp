// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerpanel.h"

#include "itemmodels/layerlistmodel.h"
#include "project/project.h"

#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace ecoplan {

LayerPanel::LayerPanel(QWidget *parent) : QWidget(parent), m_view(new QListView(this))
{
    setObjectName(QStringLiteral("layerPanel"));
    m_view->setObjectName(QStringLiteral("layerList"));
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setIconSize(QSize(20, 14));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QWidget::customContextMenuRequested, this, &LayerPanel::showContextMenu);
    connect(m_view, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { emit propertiesRequested(m_model->layerId(index.row())); });
}

void LayerPanel::setProject(Project *project)
{
    auto *old = m_model;
    m_model = project ? new LayerListModel(project, this) : nullptr;
    m_view->setModel(m_model);
    delete old;
    if (m_model) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this] { emit currentLayerChanged(currentLayerId()); });
        // The list is rebuilt when layers are added, removed or reordered: the view forgets its current
        // row, which is the layer the edit and select tools work on. Keep it by id across the reset.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_keptLayer = currentLayerId(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            const int row = m_model->rowOf(m_keptLayer);
            if (row >= 0)
                m_view->setCurrentIndex(m_model->index(row));
            emit currentLayerChanged(currentLayerId());
        });
    }
    emit currentLayerChanged(currentLayerId());
}

QString LayerPanel::currentLayerId() const
{
    return m_model ? m_model->layerId(m_view->currentIndex().row()) : QString();
}

void LayerPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || !m_model)
        return;
    const QString id = m_model->layerId(index.row());
    QMenu menu(this);
    menu.addAction(tr("&Zoom to Layer"), this, [this, id] { emit zoomToLayerRequested(id); });
    menu.addAction(tr("Open &Attribute Table"), this, [this, id] { emit attributeTableRequested(id); });
    menu.addAction(tr("&Properties…"), this, [this, id] { emit propertiesRequested(id); });
    menu.addSeparator();
    menu.addAction(tr("&Remove Layer"), this, [this, id] { emit removeRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace ecoplan
