// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/planpreviewmodel.h"

#include "plan/plancategory.h"

#include <QFont>

#include <algorithm>

namespace ecoplan {

struct PlanPreviewModel::Item
{
    PlanNode node; ///< children moved into `children`
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;

    int row() const
    {
        const auto &siblings = parent->children;
        const auto it =
            std::find_if(siblings.begin(), siblings.end(), [this](const auto &c) { return c.get() == this; });
        return int(it - siblings.begin());
    }
    void adopt(QList<PlanNode> nodes)
    {
        for (PlanNode &n : nodes) {
            auto item = std::make_unique<Item>();
            item->parent = this;
            item->adopt(std::exchange(n.children, {}));
            item->node = std::move(n);
            children.push_back(std::move(item));
        }
    }
    QList<PlanNode> nodes() const
    {
        QList<PlanNode> out;
        for (const auto &c : children) {
            out.append(c->node);
            out.last().children = c->nodes();
        }
        return out;
    }
    int taskCount() const
    {
        int n = 0;
        for (const auto &c : children)
            n += (c->node.kind == PlanNode::Kind::Task ? 1 : 0) + c->taskCount();
        return n;
    }
};

PlanPreviewModel::PlanPreviewModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Item>())
{
}

PlanPreviewModel::~PlanPreviewModel() = default;

void PlanPreviewModel::setPlan(Plan plan)
{
    beginResetModel();
    m_root = std::make_unique<Item>();
    m_root->adopt(std::exchange(plan.nodes, {}));
    m_header = std::move(plan);
    endResetModel();
}

Plan PlanPreviewModel::plan() const
{
    Plan p = m_header;
    p.nodes = m_root->nodes();
    return p;
}

void PlanPreviewModel::setHeader(Plan header)
{
    header.nodes.clear();
    m_header = std::move(header);
}

PlanPreviewModel::Item *PlanPreviewModel::itemAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

const PlanNode &PlanPreviewModel::node(const QModelIndex &index) const
{
    return itemAt(index)->node;
}

void PlanPreviewModel::setNode(const QModelIndex &index, PlanNode node)
{
    if (!index.isValid())
        return;
    node.children.clear();
    itemAt(index)->node = std::move(node);
    emit dataChanged(this->index(index.row(), 0, index.parent()),
                     this->index(index.row(), ColumnCount - 1, index.parent()));
}

QModelIndex PlanPreviewModel::indexOfPath(const QList<int> &path) const
{
    QModelIndex at;
    for (int row : path) {
        at = index(row, 0, at);
        if (!at.isValid())
            return {};
    }
    return at;
}

int PlanPreviewModel::taskCount() const
{
    return m_root->taskCount();
}

QModelIndex PlanPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *p = itemAt(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex PlanPreviewModel::parent(const QModelIndex &index) const
{
    const Item *item = index.isValid() ? itemAt(index) : nullptr;
    if (!item || item->parent == m_root.get())
        return {};
    return createIndex(item->parent->row(), 0, item->parent);
}

int PlanPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(itemAt(parent)->children.size());
}

int PlanPreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PlanPreviewModel::deadlineSummary(const QList<QDate> &deadlines)
{
    QList<QDate> valid;
    std::copy_if(deadlines.begin(), deadlines.end(), std::back_inserter(valid),
                 [](const QDate &d) { return d.isValid(); });
    if (valid.isEmpty())
        return {};
    const auto [first, last] = std::minmax_element(valid.begin(), valid.end());
    if (*first == *last)
        return first->toString(Qt::ISODate);
    return QStringLiteral("%1 … %2").arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate));
}

QVariant PlanPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PlanNode &n = itemAt(index)->node;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return n.number;
        case TitleColumn:
            return n.title;
        case CategoryColumn:
            return n.category.isEmpty() ? QString() : planCategoryLabel(n.category);
        case DeadlineColumn:
            return deadlineSummary(n.deadlines);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return n.titleEn.isEmpty() ? n.title : n.title + QLatin1Char('\n') + n.titleEn;
        break;
    case Qt::FontRole:
        if (n.kind != PlanNode::Kind::Task) { // parts and sections read as headings
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case KindRole:
        return int(n.kind);
    }
    return {};
}

QVariant PlanPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case DeadlineColumn:
        return tr("Deadline");
    }
    return {};
}

bool PlanPreviewModel::removeRows(int row, int count, const QModelIndex &parent)
{
    Item *p = itemAt(parent);
    if (row < 0 || count <= 0 || row + count > int(p->children.size()))
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    p->children.erase(p->children.begin() + row, p->children.begin() + row + count);
    endRemoveRows();
    return true;
}

} // namespace ecoplan
