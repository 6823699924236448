// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListView;

namespace ecoplan {

class LayerListModel;
class Project;

/// The layer list: visibility check boxes, drag to reorder, legend symbols and feature counts; a context
/// menu asks the main window for zoom, properties and removal.
class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);
    void setProject(Project *project);
    /// The id of the selected layer, or empty.
    QString currentLayerId() const;
    LayerListModel *model() const { return m_model; }

signals:
    void zoomToLayerRequested(const QString &layerId);
    void propertiesRequested(const QString &layerId);
    void removeRequested(const QString &layerId);
    void attributeTableRequested(const QString &layerId);
    /// The selected layer changed (empty: none), e.g. to set the layer the edit tools work on.
    void currentLayerChanged(const QString &layerId);

private:
    void showContextMenu(const QPoint &pos);
    QListView *m_view;
    LayerListModel *m_model = nullptr;
    QString m_keptLayer; ///< the current layer while the list is rebuilt
};

} // namespace ecoplan
