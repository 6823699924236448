// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/layerdata.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVariantMap>

#include <memory>

namespace ecoplan {

class Project;
struct ChangeEvent;

/// The attribute table of one project layer: a row per feature (row r is the layer's feature index r, so
/// the map's selection indices are rows), a column per field. Shows value-list labels and ISO dates; the
/// edit role holds the stored value and SortRole the raw value to sort by. Edits are validated and pushed
/// as EditFeature commands onto the project's undo stack, and the model follows the layer as it changes
/// (edits, undo, a new display CRS) with row insert/remove signals where it can, a reset otherwise.
class FeatureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: numbers and dates sort as such, codes by code
        FidRole,                     ///< the feature's fid (any column)
    };

    FeatureTableModel(Project *project, const QString &layerId, QObject *parent = nullptr);

    const QString &layerId() const { return m_layerId; }
    const QList<Field> &fields() const;
    /// The layer's features as this model shows them (null once the layer is gone).
    const std::shared_ptr<const LayerData> &layerData() const { return m_data; }
    qint64 fid(int row) const;
    /// The row of feature `fid`, or -1.
    int rowOfFid(qint64 fid) const;
    /// The stored values of a row, by field name.
    QVariantMap values(int row) const;

    /// Whether edits can be made: a layer of the project file, which is open for writing.
    bool isEditable() const;
    /// Why not, for a tooltip; empty when editable.
    QString notEditableReason() const;
    /// Whether the layer is a table in the project file, where SQL expressions can filter it.
    bool isInProjectFile() const;

    /// Writes the changed values of one row as one undoable edit. False, with editFailed(), when a value is
    /// not valid, the project is read-only, or the store refuses the change.
    bool setValues(int row, const QVariantMap &values);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// An edit was refused; the message says which field and why.
    void editFailed(const QString &message);

private:
    void onProjectChanged(const ChangeEvent &event);
    void follow(std::shared_ptr<const LayerData> next);
    bool fail(const QString &message);

    QPointer<Project> m_project;
    QString m_layerId;
    std::shared_ptr<const LayerData> m_data;
};

} // namespace ecoplan
