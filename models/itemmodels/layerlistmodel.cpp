// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerlistmodel.h"

#include "project/project.h"
#include "render/symbolpainter.h"

#include <QIcon>
#include <QMimeData>
#include <QPixmap>

namespace ecoplan {
namespace {
const QString layerMime = QStringLiteral("application/x-ecoplan-layer-id");
}

LayerListModel::LayerListModel(Project *project, QObject *parent)
    : QAbstractListModel(parent), m_project(project)
{
    connect(project, &Project::changed, this, &LayerListModel::onProjectChanged);
}

int LayerListModel::layerIndexOfRow(int row) const
{
    return static_cast<int>(m_project->layers().size()) - 1 - row;
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_project ? 0 : static_cast<int>(m_project->layers().size());
}

QString LayerListModel::layerId(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_project->layers()[layerIndexOfRow(row)]->id;
}

int LayerListModel::rowOf(const QString &layerId) const
{
    const int i = m_project->layerIndex(layerId);
    return i < 0 ? -1 : layerIndexOfRow(i);
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const VectorLayer &l = *m_project->layers()[layerIndexOfRow(index.row())];
    const qlonglong count = l.data ? static_cast<qlonglong>(l.data->size()) : 0;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 [%2]").arg(l.title).arg(count);
    case Qt::EditRole:
        return l.title;
    case Qt::CheckStateRole:
        return l.isVisible ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        if (!l.data)
            return {};
        // A classified layer shows its first class, as the legend does, not the fallback symbol.
        return QIcon(QPixmap::fromImage(SymbolPainter::legendIcon(
            l.style.renderer == LayerStyle::Renderer::Categorized && !l.style.categories.isEmpty()
                ? l.style.categories.first().symbol
            : l.style.renderer == LayerStyle::Renderer::Graduated && !l.style.ranges.isEmpty()
                ? l.style.ranges.first().symbol
                : l.style.symbol,
            l.data->kind(), QSize(20, 14))));
    case Qt::ToolTipRole:
        return tr("%1\nSource: %2\nFeatures: %3").arg(l.title, l.sourcePath).arg(count);
    case LayerIdRole:
        return l.id;
    case FeatureCountRole:
        return count;
    case OpacityRole:
        return l.style.opacity;
    case IsReadOnlyRole:
        return l.isReadOnly;
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const QString id = layerId(index.row());
    if (role == Qt::CheckStateRole) {
        m_project->setLayerVisible(id, value.toInt() == Qt::Checked);
        return true;
    }
    if (role == OpacityRole) {
        m_project->setLayerOpacity(id, value.toDouble());
        return true;
    }
    return false;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled;
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(LayerIdRole, "layerId");
    names.insert(FeatureCountRole, "featureCount");
    names.insert(OpacityRole, "opacity");
    return names;
}

QStringList LayerListModel::mimeTypes() const
{
    return {layerMime};
}

QMimeData *LayerListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(layerMime, layerId(indexes.first().row()).toUtf8());
    return mime;
}

bool LayerListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(layerMime);
}

bool LayerListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(layerMime));
    const int from = rowOf(id);
    if (from < 0)
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    // Dropping at row r puts the layer before the row's current item; moving down shifts rows by one.
    int target = row > from ? row - 1 : row;
    target = std::clamp(target, 0, rowCount() - 1);
    m_project->moveLayer(id, layerIndexOfRow(target));
    // The move is done; returning false stops the view from also removing the source row.
    return false;
}

void LayerListModel::onProjectChanged(const ChangeEvent &event)
{
    switch (event.type) {
    case ChangeEvent::Type::LayersAdded:
    case ChangeEvent::Type::LayerRemoved:
    case ChangeEvent::Type::LayersReordered:
    case ChangeEvent::Type::DisplayCrs:
        beginResetModel();
        endResetModel();
        break;
    case ChangeEvent::Type::LayerVisibility:
    case ChangeEvent::Type::LayerOpacity:
    case ChangeEvent::Type::LayerStyle:
    case ChangeEvent::Type::LayerData:
        if (const int row = rowOf(event.layerId); row >= 0)
            emit dataChanged(index(row), index(row));
        break;
    default:
        break;
    }
}

} // namespace ecoplan
