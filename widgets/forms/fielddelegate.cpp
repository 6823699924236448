// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddelegate.h"

#include "fieldeditor.h"
#include "itemmodels/featuretablemodel.h"

namespace ecoplan {

FieldDelegate::FieldDelegate(const FeatureTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &index) const
{
    QWidget *editor = FieldEditor::create(m_model->fields().value(index.column()), parent);
    editor->setAutoFillBackground(true);
    return editor;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    FieldEditor::setValue(editor, m_model->fields().value(index.column()), index.data(Qt::EditRole));
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, FieldEditor::value(editor), Qt::EditRole);
}

} // namespace ecoplan
