// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/taskquery.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace ecoplan {

class PlanTreeModel;

/// Keeps the tasks of a PlanTreeModel that match a TaskQuery, with the plans, parts and sections above them.
/// With an empty query every row stays, headings without tasks too.
class PlanTaskFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PlanTaskFilter(PlanTreeModel *source, QObject *parent = nullptr);
    PlanTreeModel *planModel() const { return m_source; }

    void setQuery(const TaskQuery &query);
    const TaskQuery &query() const { return m_query; }
    void setSearch(const QString &text);
    void setDepartment(const QString &department);
    void setLocality(const QString &locality);
    void setCategory(const QString &category);
    void setDeadline(TaskQuery::Due due, QDate date = {}, int year = 0);
    /// The date "overdue" is measured against; today unless a test sets another.
    void setToday(QDate today);

    /// The ids of the tasks shown, in tree order (for tests and counts).
    QList<qint64> visibleTaskIds() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void update(const std::function<void(TaskQuery &)> &change);
    const QString &searchKey(const StoredTask &task) const;

    PlanTreeModel *m_source;
    TaskQuery m_query;
    mutable QHash<qint64, QString> m_searchKeys; ///< task id → TaskQuery::searchKey, until the plans change
};

} // namespace ecoplan
