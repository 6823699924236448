// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypanel.h"

#include "geoprocess/summary.h"
#include "itemmodels/summarytablemodel.h"
#include "project/project.h"
#include "store/tablewriter.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ecoplan {
namespace {
/// Item data of the "in" combo: a layer id, or this prefix and a field name of the counted layer.
const QString fieldPrefix = QStringLiteral("field:");
} // namespace

SummaryPanel::SummaryPanel(QWidget *parent)
    : QWidget(parent), m_features(new QComboBox), m_areas(new QComboBox), m_category(new QComboBox),
      m_run(new QPushButton(tr("&Summarise"))), m_export(new QPushButton(tr("&Export…"))),
      m_message(new QLabel), m_view(new QTableView), m_model(new SummaryTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    m_features->setObjectName(QStringLiteral("summary.features"));
    m_areas->setObjectName(QStringLiteral("summary.areas"));
    m_category->setObjectName(QStringLiteral("summary.category"));
    m_run->setObjectName(QStringLiteral("summary.run"));
    m_export->setObjectName(QStringLiteral("summary.export"));
    m_view->setObjectName(QStringLiteral("summary.table"));
    m_message->setObjectName(QStringLiteral("summary.message"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Count the features of"), m_features);
    form->addRow(tr("inside each"), m_areas);
    form->addRow(tr("and by"), m_category);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_export);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    m_export->setEnabled(false);

    connect(m_features, &QComboBox::currentIndexChanged, this, &SummaryPanel::refillFields);
    connect(m_run, &QPushButton::clicked, this, &SummaryPanel::summarise);
    connect(m_export, &QPushButton::clicked, this, &SummaryPanel::exportTable);
    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
}

SummaryPanel::~SummaryPanel() = default;

void SummaryPanel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->clear();
    m_export->setEnabled(false);
    m_message->clear();
    if (m_project)
        connect(m_project, &Project::changed, this, &SummaryPanel::onProjectChanged);
    refillLayers();
}

void SummaryPanel::refillLayers()
{
    const QString features = m_features->currentData().toString();
    const QString areas = m_areas->currentData().toString();
    const QSignalBlocker block(m_features);
    m_features->clear();
    m_areas->clear();
    if (m_project) {
        // Topmost first, as in the Layers panel.
        const auto &layers = m_project->layers();
        for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
            m_features->addItem((*it)->title, (*it)->id);
            if ((*it)->data && (*it)->data->kind() == GeometryKind::Polygon)
                m_areas->addItem((*it)->title, (*it)->id);
        }
    }
    m_features->setCurrentIndex(std::max(0, m_features->findData(features)));
    m_areas->setCurrentIndex(std::max(0, m_areas->findData(areas)));
    refillFields();
}

void SummaryPanel::refillFields()
{
    // The "inside each" combo keeps its layers and gets the counted layer's text fields to group by.
    const QString areas = m_areas->currentData().toString();
    const QString category = m_category->currentData().toString();
    for (int i = m_areas->count() - 1; i >= 0; --i) {
        if (m_areas->itemData(i).toString().startsWith(fieldPrefix))
            m_areas->removeItem(i);
    }
    if (m_areas->count() > 0)
        m_areas->insertSeparator(m_areas->count());
    m_category->clear();
    m_category->addItem(tr("(nothing else)"), QString());
    const VectorLayer *layer = m_project ? m_project->layer(m_features->currentData().toString()) : nullptr;
    if (layer && layer->data) {
        for (const Field &f : layer->data->table().fields) {
            if (f.type != QMetaType::QString)
                continue;
            m_areas->addItem(tr("value of “%1”").arg(f.displayName()), QString(fieldPrefix + f.name));
            m_category->addItem(f.displayName(), f.name);
        }
    }
    m_areas->setCurrentIndex(std::max(0, m_areas->findData(areas)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
}

void SummaryPanel::choose(const QString &featuresLayer, const QString &areasLayer, const QString &groupField,
                          const QString &categoryField)
{
    m_features->setCurrentIndex(m_features->findData(featuresLayer));
    m_areas->setCurrentIndex(
        m_areas->findData(groupField.isEmpty() ? areasLayer : QString(fieldPrefix + groupField)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(categoryField)));
}

bool SummaryPanel::summarise()
{
    const VectorLayer *features =
        m_project ? m_project->layer(m_features->currentData().toString()) : nullptr;
    const QString by = m_areas->currentData().toString();
    const VectorLayer *areas = by.startsWith(fieldPrefix) || !m_project ? nullptr : m_project->layer(by);
    if (!features || (!areas && !by.startsWith(fieldPrefix))) {
        showMessage(tr("Choose the features to count and what to count them in."), true);
        return false;
    }
    SummaryOptions options;
    options.sumFields = Summary::defaultSumFields(features->data->table());
    options.categoryField = m_category->currentData().toString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<SummaryTable> result =
        areas ? Summary::byLayer(features->data, areas->data, options)
              : Summary::byField(features->data, by.mid(fieldPrefix.size()), options);
    QApplication::restoreOverrideCursor();
    if (!result) {
        showMessage(result.error(), true);
        return false;
    }
    m_featuresId = features->id;
    m_featuresData = features->data;
    m_areasId = areas ? areas->id : QString();
    m_areasData = areas ? areas->data : nullptr;
    qlonglong counted = 0;
    for (const QVariantList &row : result->table.rows)
        counted += row[2].toLongLong();
    m_model->setSummary(*result);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_export->setEnabled(true);
    QString message = tr("Features counted: %1, in %2 rows. Click a row to see them on the map.")
                          .arg(counted)
                          .arg(result->table.rows.size());
    if (!result->table.note.isEmpty())
        message += QLatin1Char('\n') + result->table.note;
    showMessage(message, false);
    return true;
}

void SummaryPanel::activateRow(int row)
{
    const QModelIndex source = m_sorted->mapToSource(m_sorted->index(row, 0));
    if (!m_project || !source.isValid() || source.row() >= int(m_model->summary().rows.size()))
        return;
    const SummaryRow &r = m_model->summary().rows[std::size_t(source.row())];
    QHash<QString, QSet<std::uint32_t>> selection;
    QRectF extent;
    if (!r.members.empty()) {
        selection[m_featuresId] = QSet<std::uint32_t>(r.members.begin(), r.members.end());
        for (std::uint32_t m : r.members)
            extent = extent.isNull() ? m_featuresData->bounds(m) : extent.united(m_featuresData->bounds(m));
    }
    if (r.area && m_areasData) {
        selection[m_areasId].insert(*r.area);
        extent = m_areasData->bounds(*r.area);
    }
    m_project->setSelection(selection);
    if (!selection.isEmpty())
        emit zoomRequested(extent);
}

void SummaryPanel::exportTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Summary"), QString(),
                                                      tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = TableWriter::write(m_model->summary().table, path); !s)
        showMessage(s.error(), true);
    else
        showMessage(tr("Wrote %1.").arg(path), false);
}

void SummaryPanel::onProjectChanged(const ChangeEvent &event)
{
    using T = ChangeEvent::Type;
    if (event.type == T::LayersAdded || event.type == T::LayerRemoved || event.type == T::LayersReordered) {
        refillLayers();
    }
    const bool ours = event.layerId.isEmpty() || event.layerId == m_featuresId || event.layerId == m_areasId;
    if ((event.type == T::LayerData || event.type == T::LayerRemoved) && ours && m_model->rowCount() > 0) {
        m_model->clear();
        m_export->setEnabled(false);
        showMessage(tr("The features changed: summarise again."), false);
    }
}

void SummaryPanel::showMessage(const QString &text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

} // namespace ecoplan
