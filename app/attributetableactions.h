// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace ecoplan {

class AttributeTablePanel;
class MainWindow;

/// Layer > Attribute Table (F6, also in the layer panel's context menu): opens the current layer's
/// attribute table in a dock that follows the map extent. The docks close with their layer or project.
class AttributeTableActions : public QObject
{
    Q_OBJECT
public:
    explicit AttributeTableActions(MainWindow *window);
    /// Opens, or brings forward, the attribute table of `layerId`; null if the project has no such layer.
    AttributeTablePanel *open(const QString &layerId);

private:
    void closeAll();

    MainWindow *m_window;
};

} // namespace ecoplan
