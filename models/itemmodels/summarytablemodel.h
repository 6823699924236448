// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geoprocess/summary.h"

#include <QAbstractTableModel>

namespace ecoplan {

/// A SummaryTable for a view: column titles in the UI's language (the column name as tooltip), numbers
/// right-aligned and formatted for the locale, raw values under Qt::UserRole for sorting.
class SummaryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setSummary(SummaryTable summary);
    void clear() { setSummary({}); }
    const SummaryTable &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SummaryTable m_summary;
};

} // namespace ecoplan
