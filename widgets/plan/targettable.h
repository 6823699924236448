// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace ecoplan {

/// Quantitative targets as an editable table (indicator, comparator, value, unit, deadline) with buttons to
/// add and remove rows. Each target keeps the clause it was read from (shown as the row's tooltip).
class TargetTable : public QWidget
{
    Q_OBJECT
public:
    enum Column { IndicatorColumn, ComparatorColumn, ValueColumn, UnitColumn, DeadlineColumn, ColumnCount };

    explicit TargetTable(QWidget *parent = nullptr);
    void setTargets(const QList<Target> &targets);
    QList<Target> targets() const;
    QTableWidget *table() const { return m_table; }
    /// Adds an empty row and starts editing its indicator.
    void addRow();
    /// Removes the selected rows.
    void removeSelectedRows();

signals:
    void edited();

private:
    void appendRow(const Target &target);

    QTableWidget *m_table;
    QPushButton *m_remove;
    bool m_loading = false;
};

} // namespace ecoplan
