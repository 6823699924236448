// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QActionGroup;
class QDockWidget;
class QMenu;

namespace ecoplan {

class MainWindow;
class Project;

/// The View menu and map toolbar: map tools (pan, zoom box, identify, select), zooms, display CRS, label
/// language and the docks. Remembers the CRS and label language between sessions.
class ViewActions : public QObject
{
    Q_OBJECT
public:
    explicit ViewActions(MainWindow *window);
    void addDockToggles(const QList<QDockWidget *> &docks);

private:
    void onProjectChanged(Project *project);
    void buildCrsMenu(QMenu *menu);

    MainWindow *m_window;
    QMenu *m_viewMenu;
    QActionGroup *m_crsGroup;
};

} // namespace ecoplan
