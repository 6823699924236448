// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/plantaskfilter.h"

#include "itemmodels/plantreemodel.h"

namespace ecoplan {

PlanTaskFilter::PlanTaskFilter(PlanTreeModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    // A heading stays while any task under it matches.
    setRecursiveFilteringEnabled(true);
    setSourceModel(source);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_searchKeys.clear(); });
    connect(source, &QAbstractItemModel::dataChanged, this, [this] { m_searchKeys.clear(); });
}

void PlanTaskFilter::update(const std::function<void(TaskQuery &)> &change)
{
    TaskQuery next = m_query;
    change(next);
    setQuery(next);
}

void PlanTaskFilter::setQuery(const TaskQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    invalidateFilter();
}

void PlanTaskFilter::setSearch(const QString &text)
{
    update([&](TaskQuery &q) { q.search = text; });
}

void PlanTaskFilter::setDepartment(const QString &department)
{
    update([&](TaskQuery &q) { q.department = department; });
}

void PlanTaskFilter::setLocality(const QString &locality)
{
    update([&](TaskQuery &q) { q.locality = locality; });
}

void PlanTaskFilter::setCategory(const QString &category)
{
    update([&](TaskQuery &q) { q.category = category; });
}

void PlanTaskFilter::setDeadline(TaskQuery::Due due, QDate date, int year)
{
    update([&](TaskQuery &q) {
        q.due = due;
        q.dueBy = date;
        q.dueYear = year;
    });
}

void PlanTaskFilter::setToday(QDate today)
{
    update([&](TaskQuery &q) { q.today = today; });
}

const QString &PlanTaskFilter::searchKey(const StoredTask &task) const
{
    auto it = m_searchKeys.find(task.id);
    if (it == m_searchKeys.end())
        it = m_searchKeys.insert(task.id, TaskQuery::searchKey(task.node));
    return *it;
}

bool PlanTaskFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_query.isEmpty())
        return true;
    const StoredTask *task = m_source->task(m_source->index(sourceRow, 0, sourceParent));
    if (!task || task->node.kind != PlanNode::Kind::Task)
        return false; // a heading: kept by recursive filtering if a task under it matches
    // Only search needs the (cached) key; the other criteria are cheap.
    return m_query.matches(*task, m_query.search.trimmed().isEmpty() ? QString() : searchKey(*task));
}

QList<qint64> PlanTaskFilter::visibleTaskIds() const
{
    QList<qint64> ids;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex i = index(r, 0, parent);
            if (i.data(PlanTreeModel::KindRole).toInt() == int(PlanTreeModel::NodeKind::Task))
                ids << i.data(PlanTreeModel::TaskIdRole).toLongLong();
            walk(i);
        }
    };
    walk({});
    return ids;
}

} // namespace ecoplan
