// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/plantreemodel.h"

#include "core/bilingual.h"
#include "plan/glossary.h"
#include "plan/plancategory.h"

namespace ecoplan {

PlanTreeModel::PlanTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QList<std::tuple<qint64, qint64, qint64>> PlanTreeModel::shapeOf(const QList<StoredPlan> &plans)
{
    QList<std::tuple<qint64, qint64, qint64>> shape;
    for (const StoredPlan &p : plans) {
        shape.append({p.id, -1, -1});
        for (const StoredTask &t : p.tasks)
            shape.append({p.id, t.id, t.parentId.value_or(-1)});
    }
    return shape;
}

void PlanTreeModel::setPlans(QList<StoredPlan> plans)
{
    if (!m_plans.isEmpty() && shapeOf(plans) == shapeOf(m_plans)) {
        // Same rows, new values (a link confirmed, a title edited): the nodes still hold.
        m_plans = std::move(plans);
        for (int i = 0; i < m_nodes.size(); ++i) {
            if (!m_nodes[i].children.isEmpty())
                emit dataChanged(index(0, 0, createIndex(m_nodes[i].row, 0, quintptr(i))),
                                 index(int(m_nodes[i].children.size()) - 1, ColumnCount - 1,
                                       createIndex(m_nodes[i].row, 0, quintptr(i))));
        }
        if (!m_topLevel.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_topLevel.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_plans = std::move(plans);
    build();
    endResetModel();
}

void PlanTreeModel::build()
{
    m_nodes.clear();
    m_topLevel.clear();
    m_taskNodes.clear();
    m_planNodes.clear();
    for (qsizetype p = 0; p < m_plans.size(); ++p) {
        const StoredPlan &plan = m_plans[p];
        const int planNode = int(m_nodes.size());
        m_nodes.append({p, -1, -1, int(m_topLevel.size()), {}});
        m_topLevel.append(planNode);
        m_planNodes.insert(plan.id, planNode);
        // Tasks come depth first, so a parent is always met before its children.
        for (qsizetype t = 0; t < plan.tasks.size(); ++t) {
            const StoredTask &task = plan.tasks[t];
            const int parent = task.parentId ? m_taskNodes.value(*task.parentId, planNode) : planNode;
            const int node = int(m_nodes.size());
            m_nodes.append({p, t, parent, int(m_nodes[parent].children.size()), {}});
            m_nodes[parent].children.append(node);
            m_taskNodes.insert(task.id, node);
        }
    }
}

int PlanTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

const StoredPlan *PlanTreeModel::plan(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n < 0 ? nullptr : &m_plans[m_nodes[n].plan];
}

const StoredTask *PlanTreeModel::task(const QModelIndex &index) const
{
    const int n = nodeOf(index);
    return n < 0 || m_nodes[n].task < 0 ? nullptr : &m_plans[m_nodes[n].plan].tasks[m_nodes[n].task];
}

const StoredPlan *PlanTreeModel::planOfTask(qint64 taskId) const
{
    const auto it = m_taskNodes.constFind(taskId);
    return it == m_taskNodes.cend() ? nullptr : &m_plans[m_nodes[*it].plan];
}

const StoredTask *PlanTreeModel::taskById(qint64 taskId) const
{
    const auto it = m_taskNodes.constFind(taskId);
    return it == m_taskNodes.cend() ? nullptr : &m_plans[m_nodes[*it].plan].tasks[m_nodes[*it].task];
}

QModelIndex PlanTreeModel::indexOfTask(qint64 taskId, int column) const
{
    const auto it = m_taskNodes.constFind(taskId);
    return it == m_taskNodes.cend() ? QModelIndex() : createIndex(m_nodes[*it].row, column, quintptr(*it));
}

QModelIndex PlanTreeModel::indexOfPlan(qint64 planId, int column) const
{
    const auto it = m_planNodes.constFind(planId);
    return it == m_planNodes.cend() ? QModelIndex() : createIndex(m_nodes[*it].row, column, quintptr(*it));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &rows = parent.isValid() ? m_nodes[nodeOf(parent)].children : m_topLevel;
    return row < rows.size() ? createIndex(row, column, quintptr(rows[row])) : QModelIndex();
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0 || m_nodes[n].parent < 0)
        return {};
    const int p = m_nodes[n].parent;
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    return parent.column() == 0 ? int(m_nodes[nodeOf(parent)].children.size()) : 0;
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::display(const Node &node, int column) const
{
    const StoredPlan &plan = m_plans[node.plan];
    if (node.task < 0)
        return column == TitleColumn ? displayTitle(plan.plan) : QVariant();
    const StoredTask &task = plan.tasks[node.task];
    switch (column) {
    case TitleColumn:
        return numberedTitle(task.node);
    case CategoryColumn:
        return planCategoryLabel(task.node.category);
    case DeadlineColumn:
        return task.deadline.toString(Qt::ISODate); // yyyy-MM-dd reads the same in both UIs
    case LeadColumn:
        // Departments in the UI's language, whatever the plan's (the glossary's name where it knows one).
        return isChineseUi() ? Glossary::departments().translate(task.node.lead, true).join(u'、')
                             : Glossary::departments().translate(task.node.lead, false).join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const Node &node = m_nodes[n];
    const StoredPlan &plan = m_plans[node.plan];
    const StoredTask *task = node.task < 0 ? nullptr : &plan.tasks[node.task];
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? (task ? task->node.title : plan.plan.title)
                                             : display(node, index.column());
    case TaskIdRole:
        return task ? task->id : qint64(-1);
    case PlanIdRole:
        return plan.id;
    case KindRole:
        if (!task)
            return int(NodeKind::Plan);
        return int(task->node.kind == PlanNode::Kind::Part      ? NodeKind::Part
                   : task->node.kind == PlanNode::Kind::Section ? NodeKind::Section
                                                                : NodeKind::Task);
    case CategoryCodeRole:
        return task ? task->node.category : QString();
    case DeadlineRole:
        return task ? task->deadline : QDate();
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Plan / task");
    case CategoryColumn:
        return tr("Category");
    case DeadlineColumn:
        return tr("Deadline");
    case LeadColumn:
        return tr("Lead");
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TaskIdRole, "taskId");
    names.insert(PlanIdRole, "planId");
    names.insert(KindRole, "kind");
    names.insert(CategoryCodeRole, "category");
    names.insert(DeadlineRole, "deadline");
    return names;
}

} // namespace ecoplan
