// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/changeevent.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace ecoplan {

class PlanTaskDetail;
class PlanTaskFilter;
class PlanTreeModel;
class Project;
struct StoredTask;

/// The project's plans: a tree of plans, parts, sections and tasks; a search (Chinese, pinyin or English)
/// and filters by department, deadline, place and category; the detail of the selected row, where a city
/// task's link to the province task it implements is confirmed, changed or removed (each an undoable,
/// audited edit). Reloads when plans change, keeping the selection and the expanded rows.
class PlansPanel : public QWidget
{
    Q_OBJECT
public:
    /// Picks the province task to link to among `candidates` (the current one preselected, -1 if none);
    /// nullopt: cancelled. Tests set one that answers without a dialog.
    using TaskChooser =
        std::function<std::optional<qint64>(const QList<const StoredTask *> &candidates, qint64 current)>;

    explicit PlansPanel(QWidget *parent = nullptr);
    void setProject(Project *project);
    void setTaskChooser(TaskChooser chooser) { m_chooseTask = std::move(chooser); }

    PlanTreeModel *model() const { return m_model; }
    PlanTaskFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    PlanTaskDetail *detail() const { return m_detail; }

    /// Selects and shows a task (expanding its headings), clearing filters that hide it; false if unknown.
    bool selectTask(qint64 taskId);
    /// The task selected, or -1.
    qint64 selectedTaskId() const;

signals:
    /// A place in a task's detail was clicked: its division code and name.
    void placeActivated(const QString &code, const QString &name);

private:
    void onProjectChanged(const ChangeEvent &event);
    void reload();
    void fillFilterCombos();
    /// Passes the search text and the combos' choices to the filter.
    void applyFilters();
    void showCurrent();
    void changeLink(qint64 taskId);
    void report(const QString &error);
    void updateCount();
    QStringList expandedKeys() const;
    void restoreExpanded(const QStringList &keys);
    /// The model row of a key made by rowKey(): "t12" task 12, "p1" plan 1.
    QModelIndex sourceOf(const QString &key) const;
    std::optional<qint64> chooseWithDialog(const QList<const StoredTask *> &candidates, qint64 current);

    QPointer<Project> m_project;
    PlanTreeModel *m_model;
    PlanTaskFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_department;
    QComboBox *m_deadline;
    QComboBox *m_locality;
    QComboBox *m_category;
    QTreeView *m_view;
    QLabel *m_count;
    PlanTaskDetail *m_detail;
    TaskChooser m_chooseTask;
};

} // namespace ecoplan
