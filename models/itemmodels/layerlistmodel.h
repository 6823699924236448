// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace ecoplan {

class Project;
struct ChangeEvent;

/// The project's layers for a list view, topmost first: checkable visibility, legend symbol, feature count,
/// and drag-and-drop reordering. Every change goes through the Project. GUI thread.
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { LayerIdRole = Qt::UserRole + 1, FeatureCountRole, OpacityRole, IsReadOnlyRole };

    explicit LayerListModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QString layerId(int row) const;
    int rowOf(const QString &layerId) const;

private:
    void onProjectChanged(const ChangeEvent &event);
    int layerIndexOfRow(int row) const;

    QPointer<Project> m_project;
};

} // namespace ecoplan
