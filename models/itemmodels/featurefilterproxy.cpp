// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurefilterproxy.h"

#include "featuretablemodel.h"
#include "project/project.h"
#include "store/projectstore.h"

namespace ecoplan {

FeatureFilterProxy::FeatureFilterProxy(FeatureTableModel *source, Project *project, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source), m_project(project)
{
    setSortRole(FeatureTableModel::SortRole);
    setSourceModel(source);
    if (project)
        connect(project, &Project::changed, this, &FeatureFilterProxy::onProjectChanged);
}

bool FeatureFilterProxy::canFilterByExpression() const
{
    return m_source->isInProjectFile();
}

Result<std::optional<QSet<qint64>>> FeatureFilterProxy::runExpression(const QString &where) const
{
    using R = Result<std::optional<QSet<qint64>>>;
    if (where.trimmed().isEmpty())
        return std::optional<QSet<qint64>>();
    if (!canFilterByExpression())
        return R::failure(tr("Only layers of the project file can be filtered by expression."));
    const VectorLayer *layer = m_project->layer(m_source->layerId());
    auto fids = m_project->store()->matchingFids(layer->sourceLayer, where);
    if (!fids)
        return R::failure(fids.error());
    return std::optional(std::move(fids).value());
}

Status FeatureFilterProxy::setExpression(const QString &where)
{
    auto fids = runExpression(where);
    if (!fids)
        return Status::failure(fids.error());
    m_expression = where.trimmed();
    m_expressionFids = std::move(fids).value();
    refilter();
    return Status::success();
}

void FeatureFilterProxy::setScope(Scope scope)
{
    m_scope = scope;
    updateScope();
    refilter();
}

void FeatureFilterProxy::setMapExtent(const QRectF &extent)
{
    m_extent = extent;
    if (m_scope == Scope::MapExtent) {
        updateScope();
        refilter();
    }
}

void FeatureFilterProxy::refilter()
{
    if (m_refiltering) {
        m_refilterAgain = true;
        return;
    }
    m_refiltering = true;
    emit aboutToRefilter();
    invalidateFilter();
    while (m_refilterAgain) {
        m_refilterAgain = false;
        updateScope(); // the selection (or extent) that changed meanwhile
        invalidateFilter();
    }
    m_refiltering = false;
    emit refiltered();
}

void FeatureFilterProxy::updateScope()
{
    m_scopeFids.reset();
    const auto &data = m_source->layerData();
    if (m_scope == Scope::All || !data)
        return;
    std::vector<std::uint32_t> indices;
    if (m_scope == Scope::MapExtent) {
        indices = data->featuresIn(m_extent);
    } else if (m_project) {
        const QSet<std::uint32_t> selected = m_project->selection().value(m_source->layerId());
        indices.assign(selected.begin(), selected.end());
    }
    m_scopeFids.emplace();
    for (std::uint32_t i : indices) {
        if (i < data->table().size())
            m_scopeFids->insert(data->table().fids[i]);
    }
}

void FeatureFilterProxy::onProjectChanged(const ChangeEvent &event)
{
    const bool layerData = event.type == ChangeEvent::Type::LayerData && event.layerId == m_source->layerId();
    const bool selection = event.type == ChangeEvent::Type::Selection && m_scope == Scope::Selected;
    if (m_refiltering && selection) {
        // Answered while rows were going (a view reporting its shrunken selection): not in the middle.
        m_refilterAgain = true;
        return;
    }
    if (layerData && m_expressionFids) {
        // An edit can make a feature match or stop matching.
        auto fids = runExpression(m_expression);
        m_expressionFids = fids ? std::move(fids).value() : std::optional<QSet<qint64>>();
    }
    if (layerData || selection) {
        updateScope();
        refilter();
    }
}

bool FeatureFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_expressionFids && !m_scopeFids)
        return true;
    const qint64 fid = m_source->fid(sourceRow);
    return (!m_expressionFids || m_expressionFids->contains(fid)) &&
           (!m_scopeFids || m_scopeFids->contains(fid));
}

} // namespace ecoplan
