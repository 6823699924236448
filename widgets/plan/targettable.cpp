// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/targettable.h"

#include "plan/optionaldateedit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cfloat>
#include <utility>

namespace ecoplan {
namespace {

constexpr int clauseRole = Qt::UserRole; ///< on the indicator item: the sentence the target came from

const QStringList &comparators()
{
    // The first, empty entry is for targets the parser could not complete: validation asks for one.
    static const QStringList list = {QString(),           QStringLiteral("<"),  QStringLiteral("<="),
                                     QStringLiteral("="), QStringLiteral(">="), QStringLiteral(">")};
    return list;
}

/// Shows 41 and 73.5 rather than 41.000 and 73.500.
class NumberBox : public QDoubleSpinBox
{
public:
    NumberBox()
    {
        setRange(-DBL_MAX, DBL_MAX);
        setDecimals(6);
        setButtonSymbols(QAbstractSpinBox::NoButtons);
    }
    QString textFromValue(double value) const override
    {
        QString text = locale().toString(value, 'f', decimals());
        text.remove(locale().groupSeparator());
        if (text.contains(locale().decimalPoint())) {
            while (text.endsWith(locale().zeroDigit()))
                text.chop(1);
            if (text.endsWith(locale().decimalPoint()))
                text.chop(locale().decimalPoint().size());
        }
        return text;
    }
};

} // namespace

TargetTable::TargetTable(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, ColumnCount))
{
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Comparator"), tr("Value"), tr("Unit"), tr("Deadline")});
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ComparatorColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeadlineColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });

    auto *add = new QPushButton(tr("Add Target"));
    add->setObjectName(QStringLiteral("addTarget"));
    m_remove = new QPushButton(tr("Remove Target"));
    m_remove->setObjectName(QStringLiteral("removeTarget"));
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &TargetTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &TargetTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void TargetTable::setTargets(const QList<Target> &targets)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const Target &t : targets)
        appendRow(t);
    m_loading = false;
}

void TargetTable::appendRow(const Target &t)
{
    // Filling the row is not an edit (and the row is incomplete until its widgets are in).
    const bool wasLoading = std::exchange(m_loading, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *indicator = new QTableWidgetItem(t.indicator);
    indicator->setData(clauseRole, t.text);
    indicator->setToolTip(t.text);
    m_table->setItem(row, IndicatorColumn, indicator);
    m_table->setItem(row, UnitColumn, new QTableWidgetItem(t.unit));

    auto *comparator = new QComboBox;
    comparator->addItems(comparators());
    const int at = int(comparators().indexOf(t.comparator));
    if (at < 0) // something the parser read that the project cannot store: keep it visible, invalid
        comparator->addItem(t.comparator);
    comparator->setCurrentIndex(at < 0 ? comparator->count() - 1 : at);
    m_table->setCellWidget(row, ComparatorColumn, comparator);

    auto *value = new NumberBox;
    value->setValue(t.value);
    m_table->setCellWidget(row, ValueColumn, value);

    auto *deadline = new OptionalDateEdit;
    deadline->setValue(t.deadline);
    m_table->setCellWidget(row, DeadlineColumn, deadline);

    const auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    connect(comparator, &QComboBox::currentIndexChanged, this, changed);
    connect(value, &QDoubleSpinBox::valueChanged, this, changed);
    connect(deadline, &QDateEdit::dateChanged, this, changed);
    m_loading = wasLoading;
}

QList<Target> TargetTable::targets() const
{
    QList<Target> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Target t;
        if (const QTableWidgetItem *i = m_table->item(row, IndicatorColumn)) {
            t.indicator = i->text().trimmed();
            t.text = i->data(clauseRole).toString();
        }
        if (const QTableWidgetItem *i = m_table->item(row, UnitColumn))
            t.unit = i->text().trimmed();
        t.comparator = static_cast<QComboBox *>(m_table->cellWidget(row, ComparatorColumn))->currentText();
        t.value = static_cast<QDoubleSpinBox *>(m_table->cellWidget(row, ValueColumn))->value();
        t.deadline = static_cast<OptionalDateEdit *>(m_table->cellWidget(row, DeadlineColumn))->value();
        out.append(t);
    }
    return out;
}

void TargetTable::addRow()
{
    appendRow({});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, IndicatorColumn);
    m_table->editItem(m_table->item(row, IndicatorColumn));
    emit edited();
}

void TargetTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        m_table->removeRow(row);
    if (!rows.isEmpty())
        emit edited();
}

} // namespace ecoplan
