// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace ecoplan {

class PlanTreeModel;
struct StoredPlan;
struct StoredTask;

/// What one plan or task says: number, titles, category, deadlines, departments, places, targets and text.
/// A city task shows the province task it implements (suggested or confirmed) with buttons to confirm,
/// change or remove the link; a province task lists the city tasks that implement it. The widget only asks:
/// the panel carries the requests out.
class PlanTaskDetail : public QWidget
{
    Q_OBJECT
public:
    explicit PlanTaskDetail(QWidget *parent = nullptr);

    /// Shows the task or plan at `taskId` / `planId` of `model`'s plans; -1 for neither.
    void showTask(const PlanTreeModel &model, qint64 taskId);
    void showPlan(const PlanTreeModel &model, qint64 planId);
    void clear();
    /// A failed request's reason, or empty.
    void setMessage(const QString &message);
    /// Whether the link buttons may be used (not in a project open read-only).
    void setLinksEditable(bool editable);

    qint64 taskId() const { return m_taskId; }
    QString text() const;
    QString linkText() const;

signals:
    void confirmLinkRequested(qint64 taskId);
    void changeLinkRequested(qint64 taskId);
    void removeLinkRequested(qint64 taskId);
    /// A task named in the detail (an implementing city task, the implemented province task) was clicked.
    void taskActivated(qint64 taskId);
    /// A place was clicked: its division code (or an id such as river:huaihe) and name.
    void placeActivated(const QString &code, const QString &name);

private:
    void showLink(const PlanTreeModel &model, const StoredPlan &plan, const StoredTask &task);
    void onAnchor(const QUrl &url);

    QTextBrowser *m_browser;
    QWidget *m_linkBox;
    QLabel *m_linkLabel;
    QPushButton *m_confirm;
    QPushButton *m_change;
    QPushButton *m_remove;
    QLabel *m_message;
    qint64 m_taskId = -1;
    bool m_linksEditable = true;
};

} // namespace ecoplan
