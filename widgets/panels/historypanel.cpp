// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "project/project.h"
#include "store/projectstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ecoplan {

HistoryPanel::HistoryPanel(QWidget *parent) : QWidget(parent), m_heading(new QLabel), m_table(new QTreeWidget)
{
    setObjectName(QStringLiteral("historyPanel"));
    m_heading->setWordWrap(true);
    m_table->setColumnCount(6);
    m_table->setHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Field"), tr("Before"), tr("After")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    refresh();
}

void HistoryPanel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project)
        connect(m_project, &Project::changed, this, &HistoryPanel::onProjectChanged);
    refresh();
}

void HistoryPanel::onProjectChanged(const ChangeEvent &event)
{
    // An edit or undo of the shown feature's layer adds to its history; a new selection shows another.
    if (event.type == ChangeEvent::Type::Selection || event.type == ChangeEvent::Type::LayerRemoved ||
        (event.type == ChangeEvent::Type::LayerData && event.layerId == m_layerId))
        refresh();
}

void HistoryPanel::refresh()
{
    m_table->clear();
    m_layerId.clear();
    const auto &selection = m_project ? m_project->selection() : QHash<QString, QSet<std::uint32_t>>();
    if (!m_project || m_project->selectedCount() != 1) {
        m_heading->setText(tr("Select one feature to see its history."));
        return;
    }
    const QString layerId = selection.cbegin().key();
    const std::uint32_t index = *selection.cbegin().value().cbegin();
    const VectorLayer *layer = m_project->layer(layerId);
    if (!layer || index >= layer->data->size())
        return;
    if (!m_project->store() || layer->sourcePath != m_project->filePath()) {
        m_heading->setText(tr("“%1” is not stored in the project, so it has no history.").arg(layer->title));
        return;
    }
    const qint64 fid = layer->data->table().fids[index];
    const QString name = layer->data->table().value(index, QStringLiteral("name")).toString();
    m_heading->setText(name.isEmpty()
                           ? tr("History of %1 feature %2").arg(layer->title).arg(fid)
                           : tr("History of “%1” (%2, feature %3)").arg(name, layer->title).arg(fid));
    const auto entries = m_project->store()->auditTrail(layer->sourceLayer, fid);
    if (!entries) {
        m_heading->setText(entries.error());
        return;
    }
    m_layerId = layerId;
    showEntries(layerId, *entries);
}

void HistoryPanel::showEntries(const QString &layerId, const QList<AuditEntry> &entries)
{
    const FeatureTable &table = m_project->layer(layerId)->data->table();
    auto shown = [&](const QString &field, const QVariant &value) -> QString {
        if (value.isNull() || value.toString().isEmpty())
            return {};
        if (field == QLatin1String("geometry"))
            return tr("(shape)");
        const int i = table.fieldIndex(field);
        if (i >= 0 && table.fields[i].valueList) {
            const QString label = inUiLanguage(table.fields[i].valueList->labelOf(value));
            if (!label.isEmpty())
                return label;
        }
        return value.toString();
    };
    auto fieldName = [&](const QString &field) {
        if (field == QLatin1String("geometry"))
            return tr("geometry");
        const int i = table.fieldIndex(field);
        return i < 0 ? field : table.fields[i].displayName();
    };
    const QLocale locale;
    for (const AuditEntry &e : entries) {
        const QString when = locale.toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString action = e.action == AuditEntry::Action::Insert   ? tr("Added")
                               : e.action == AuditEntry::Action::Delete ? tr("Deleted")
                                                                        : tr("Changed");
        const QList<FieldChange> changes = e.changes();
        bool first = true;
        // The entry's time, user and action head its first row only, like a ledger.
        for (const FieldChange &c : changes) {
            auto *item = new QTreeWidgetItem(m_table, {first ? when : QString(), first ? e.user : QString(),
                                                       first ? action : QString(), fieldName(c.field),
                                                       shown(c.field, c.before), shown(c.field, c.after)});
            if (c.field == QLatin1String("geometry")) {
                item->setToolTip(4, c.before.toString().left(500));
                item->setToolTip(5, c.after.toString().left(500));
            }
            first = false;
        }
        if (changes.isEmpty())
            new QTreeWidgetItem(m_table, {when, e.user, action});
    }
}

QList<QStringList> HistoryPanel::rows() const
{
    QList<QStringList> out;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QStringList row;
        for (int c = 0; c < 6; ++c)
            row << m_table->topLevelItem(i)->text(c);
        out << row;
    }
    return out;
}

QString HistoryPanel::heading() const
{
    return m_heading->text();
}

} // namespace ecoplan
