// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTreeWidget>

namespace ecoplan {

class Project;

/// The map legend: each visible layer with its symbol, and its categories where they carry meaning.
class LegendWidget : public QTreeWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);
    void setProject(Project *project);

private:
    void rebuild();
    QPointer<Project> m_project;
};

} // namespace ecoplan
