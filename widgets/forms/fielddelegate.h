// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ecoplan {

class FeatureTableModel;

/// Edits attribute-table cells with the same editors as the attribute form (value lists, calendars). The
/// model, possibly behind a proxy, validates and writes what is entered.
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FieldDelegate(const FeatureTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const FeatureTableModel *m_model;
};

} // namespace ecoplan
