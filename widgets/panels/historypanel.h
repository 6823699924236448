// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/changeevent.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ecoplan {

class Project;
struct AuditEntry;

/// The audit log of the selected feature: one row per changed value (when, who, what, before, after),
/// newest change first. It follows the project's selection and refreshes after every edit and undo.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    void setProject(Project *project);
    /// The rows shown (for tests): each a list of the six column texts.
    QList<QStringList> rows() const;
    QString heading() const;

private:
    void onProjectChanged(const ChangeEvent &event);
    void refresh();
    void showEntries(const QString &layerId, const QList<AuditEntry> &entries);

    QPointer<Project> m_project;
    QLabel *m_heading;
    QTreeWidget *m_table;
    QString m_layerId; ///< the layer of the feature shown, to refresh after its edits
};

} // namespace ecoplan
