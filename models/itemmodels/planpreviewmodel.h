// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace ecoplan {

/// A parsed plan being reviewed before import, as a tree (part → section → task) with columns number,
/// title, category and deadlines. Nodes are edited whole through setNode() and removed with removeRows();
/// plan() gives the plan with every edit. Items own their nodes, so indexes stay valid while siblings are
/// removed.
class PlanPreviewModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, CategoryColumn, DeadlineColumn, ColumnCount };
    static constexpr int KindRole = Qt::UserRole; ///< the node's PlanNode::Kind as int

    explicit PlanPreviewModel(QObject *parent = nullptr);
    ~PlanPreviewModel() override;

    void setPlan(Plan plan);
    /// The plan as edited: the header with the tree's nodes.
    Plan plan() const;
    /// Title, numbers, dates and plan-wide goals; `nodes` stays empty.
    const Plan &header() const { return m_header; }
    void setHeader(Plan header);

    /// The node at `index` without its children (they are the index's children).
    const PlanNode &node(const QModelIndex &index) const;
    /// Replaces the node's content; its children stay (those of `node` are ignored).
    void setNode(const QModelIndex &index, PlanNode node);
    /// The index of a node by its rows from the top (as PlanProblem gives it); invalid if there is none.
    QModelIndex indexOfPath(const QList<int> &path) const;
    int taskCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /// "2024-12-31", or "2023-12-31 … 2025-12-31" for several: a node's deadlines in one cell.
    static QString deadlineSummary(const QList<QDate> &deadlines);

private:
    struct Item;
    Item *itemAt(const QModelIndex &index) const;

    Plan m_header;
    std::unique_ptr<Item> m_root;
};

} // namespace ecoplan
