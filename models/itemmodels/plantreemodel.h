// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/storedplan.h"

#include <QAbstractItemModel>
#include <QHash>

#include <tuple>

namespace ecoplan {

/// The project's plans as a tree: a row per plan at the top, then its parts, sections and tasks as the
/// document nests them (StoredTask::parentId). Titles are shown in the UI's language. Read-only: links are
/// changed through TaskImplementsLink, and the owner passes the plans read back with setPlans().
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, CategoryColumn, DeadlineColumn, LeadColumn, ColumnCount };
    enum class NodeKind { Plan, Part, Section, Task };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, ///< qint64; -1 on a plan row
        PlanIdRole,                    ///< qint64
        KindRole,                      ///< int(NodeKind)
        CategoryCodeRole,              ///< "air", …; empty on plan rows
        DeadlineRole,                  ///< QDate, the task's own deadline
    };

    explicit PlanTreeModel(QObject *parent = nullptr);

    /// Replaces the plans. When they have the same rows as before (a task's values edited), views keep
    /// their selection and expansion: only dataChanged is emitted. Otherwise the model is reset.
    void setPlans(QList<StoredPlan> plans);
    const QList<StoredPlan> &plans() const { return m_plans; }

    const StoredPlan *plan(const QModelIndex &index) const;
    /// The task, section or part at `index`; null on a plan row.
    const StoredTask *task(const QModelIndex &index) const;
    const StoredPlan *planOfTask(qint64 taskId) const;
    const StoredTask *taskById(qint64 taskId) const;
    QModelIndex indexOfTask(qint64 taskId, int column = 0) const;
    QModelIndex indexOfPlan(qint64 planId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        qsizetype plan = -1;
        qsizetype task = -1; ///< -1: the plan's own row
        int parent = -1;     ///< node index; -1: top level
        int row = 0;
        QList<int> children;
    };

    void build();
    /// (plan id, task id, parent id) of every row in order, -1 for none: equal shapes mean the same rows.
    static QList<std::tuple<qint64, qint64, qint64>> shapeOf(const QList<StoredPlan> &plans);
    int nodeOf(const QModelIndex &index) const;
    QVariant display(const Node &node, int column) const;

    QList<StoredPlan> m_plans;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QHash<qint64, int> m_taskNodes; ///< task id → node
    QHash<qint64, int> m_planNodes; ///< plan id → node
};

} // namespace ecoplan
