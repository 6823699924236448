// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/summarytablemodel.h"

#include <QLocale>

namespace ecoplan {

void SummaryTableModel::setSummary(SummaryTable summary)
{
    beginResetModel();
    m_summary = std::move(summary);
    endResetModel();
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.table.rows.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.table.columns.size());
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QVariant &value = m_summary.table.rows[index.row()][index.column()];
    const QMetaType::Type type = m_summary.table.columns[index.column()].type;
    switch (role) {
    case Qt::DisplayRole:
        if (type == QMetaType::Double)
            return QLocale().toString(value.toDouble(), 'f', 2);
        if (type == QMetaType::LongLong)
            return QLocale().toString(value.toLongLong());
        return value;
    case Qt::UserRole:
        return value;
    case Qt::TextAlignmentRole:
        return type == QMetaType::QString ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_summary.titles.value(section);
    if (role == Qt::ToolTipRole)
        return m_summary.table.columns[section].name;
    return {};
}

} // namespace ecoplan
