// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributetablepanel.h"

#include "forms/attributeform.h"
#include "forms/fielddelegate.h"
#include "itemmodels/featurefilterproxy.h"
#include "itemmodels/featuretablemodel.h"
#include "project/project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ecoplan {

AttributeTablePanel::AttributeTablePanel(Project *project, const QString &layerId, QWidget *parent)
    : QWidget(parent), m_project(project), m_model(new FeatureTableModel(project, layerId, this)),
      m_proxy(new FeatureFilterProxy(m_model, project, this)), m_view(new QTableView(this)),
      m_expression(new QLineEdit(this)), m_scope(new QComboBox(this)), m_editInForm(new QPushButton(this)),
      m_message(new QLabel(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("attributeTablePanel"));
    m_expression->setObjectName(QStringLiteral("expression"));
    m_expression->setPlaceholderText(tr("SQL filter, e.g. status = 'in_progress' AND area_mu > 100"));
    m_expression->setClearButtonEnabled(true);
    if (m_proxy->canFilterByExpression()) {
        m_expression->setToolTip(tr("A condition in SQL, as in a WHERE clause; press Enter to apply it."));
    } else {
        m_expression->setEnabled(false);
        m_expression->setToolTip(tr("Only layers stored in the project file can be filtered by expression; "
                                    "this one was read from another file."));
    }
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("All features"), int(FeatureFilterProxy::Scope::All));
    m_scope->addItem(tr("Visible in map extent"), int(FeatureFilterProxy::Scope::MapExtent));
    m_scope->addItem(tr("Selected only"), int(FeatureFilterProxy::Scope::Selected));
    m_editInForm->setObjectName(QStringLiteral("editInForm"));
    m_editInForm->setText(tr("Edit in Form…"));
    m_editInForm->setEnabled(m_model->isEditable());
    m_editInForm->setToolTip(m_model->isEditable() ? tr("Edit all attributes of the current feature")
                                                   : m_model->notEditableReason());
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_count->setObjectName(QStringLiteral("count"));

    m_view->setObjectName(QStringLiteral("attributeTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new FieldDelegate(m_model, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // file order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_expression, 1);
    bar->addWidget(m_scope);
    bar->addWidget(m_editInForm);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_expression, &QLineEdit::returnPressed, this, &AttributeTablePanel::applyExpression);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setScope(FeatureFilterProxy::Scope(m_scope->currentData().toInt()));
    });
    connect(m_editInForm, &QPushButton::clicked, this, &AttributeTablePanel::editCurrentInForm);
    connect(m_model, &FeatureTableModel::editFailed, this,
            [this](const QString &why) { showMessage(why, true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTablePanel::selectionToProject);
    // While the proxy re-filters, rows go and come in several runs and the view's selection model drops
    // the indexes of the rows that went: nothing of that is the user's selection, and passing it to the
    // project in the middle re-filtered the proxy inside its own filtering (the crash on *Selected only*).
    // Once the rows are settled, the map's selection is put back on them.
    const auto resync = [this] {
        if (m_refiltering)
            return;
        selectionFromProject();
        updateCount();
    };
    connect(m_proxy, &FeatureFilterProxy::aboutToRefilter, this, [this] { m_refiltering = true; });
    connect(m_proxy, &FeatureFilterProxy::refiltered, this, [this, resync] {
        m_refiltering = false;
        resync();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, resync);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, resync);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, resync);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, resync);
    if (project) {
        connect(project, &Project::changed, this, [this](const ChangeEvent &e) {
            if (e.type == ChangeEvent::Type::Selection || e.type == ChangeEvent::Type::LayerData)
                selectionFromProject();
        });
    }
    selectionFromProject();
    updateCount();
}

QString AttributeTablePanel::layerId() const
{
    return m_model->layerId();
}

QString AttributeTablePanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AttributeTablePanel::setMapExtent(const QRectF &extent)
{
    m_proxy->setMapExtent(extent);
    if (m_proxy->scope() == FeatureFilterProxy::Scope::MapExtent)
        updateCount();
}

bool AttributeTablePanel::applyExpression()
{
    const Status s = m_proxy->setExpression(m_expression->text());
    m_expression->setStyleSheet(s ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    showMessage(s ? QString() : s.error(), true);
    updateCount();
    return s.ok();
}

void AttributeTablePanel::editCurrentInForm()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        showMessage(tr("Click a row first."), false);
        return;
    }
    const int row = current.row();
    const qint64 fid = m_model->fid(row);
    const auto values = AttributeFormDialog::edit(this, m_model->fields(), m_model->values(row),
                                                  tr("Feature %1 — attributes").arg(fid));
    // The row may have moved while the dialog was open (an undo, say): find it again by fid.
    if (values && m_model->setValues(m_model->rowOfFid(fid), *values))
        showMessage({}, false);
}

bool AttributeTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter edits the current cell, as in a spreadsheet (Qt's edit key on Linux is only F2).
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        !m_view->indexWidget(m_view->currentIndex())) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            m_view->edit(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttributeTablePanel::selectionToProject()
{
    if (m_syncing || m_refiltering || !m_project)
        return;
    QSet<std::uint32_t> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.insert(static_cast<std::uint32_t>(m_proxy->mapToSource(index).row()));
    // Rows hidden by the filter stay selected on the map; only the visible ones are the table's to change.
    const QSet<std::uint32_t> before = m_project->selection().value(layerId());
    for (std::uint32_t i : before) {
        if (!m_proxy->mapFromSource(m_model->index(int(i), 0)).isValid())
            rows.insert(i);
    }
    auto selection = m_project->selection();
    if (rows.isEmpty())
        selection.remove(layerId());
    else
        selection.insert(layerId(), rows);
    m_syncing = true;
    m_project->setSelection(selection);
    m_syncing = false;
}

void AttributeTablePanel::selectionFromProject()
{
    if (m_syncing || m_refiltering || !m_project)
        return;
    std::vector<int> rows;
    for (std::uint32_t i : m_project->selection().value(layerId())) {
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(int(i), 0));
        if (proxyIndex.isValid())
            rows.push_back(proxyIndex.row());
    }
    std::sort(rows.begin(), rows.end());
    // Contiguous runs as one range each: selecting thousands of rows one by one is slow.
    QItemSelection selection;
    const int lastColumn = std::max(0, m_proxy->columnCount() - 1);
    for (std::size_t start = 0; start < rows.size();) {
        std::size_t end = start;
        while (end + 1 < rows.size() && rows[end + 1] == rows[end] + 1)
            ++end;
        selection.append(
            QItemSelectionRange(m_proxy->index(rows[start], 0), m_proxy->index(rows[end], lastColumn)));
        start = end + 1;
    }
    m_syncing = true;
    m_view->selectionModel()->select(selection,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
}

void AttributeTablePanel::showMessage(const QString &text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { color: #c62828; }") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AttributeTablePanel::updateCount()
{
    m_count->setText(tr("%1 of %2 features shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace ecoplan
