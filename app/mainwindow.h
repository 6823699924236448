// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QProgressBar;
class QUndoView;

namespace ecoplan {

class AnalysisActions;
class CoordinateDisplay;
class EditActions;
class FileActions;
class HistoryPanel;
class ImportActions;
class IdentifyPanel;
class LayerPanel;
class LegendWidget;
class MapCanvas;
class PlanActions;
class PlansPanel;
class Project;
class ScaleEdit;
class ViewActions;

/// Composes the workbench: the canvas, the docks and the status bar, and hands menus to action handlers.
/// Owns the open Project. GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Project *project() const { return m_project.get(); }
    /// Takes the project, shows it and puts its file in the title bar.
    void setProject(std::unique_ptr<Project> project);
    MapCanvas *canvas() const { return m_canvas; }
    LayerPanel *layerPanel() const { return m_layerPanel; }
    IdentifyPanel *identifyPanel() const { return m_identifyPanel; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    PlansPanel *plansPanel() const { return m_plansPanel; }
    FileActions *fileActions() const { return m_fileActions; }
    ViewActions *viewActions() const { return m_viewActions; }
    EditActions *editActions() const { return m_editActions; }
    PlanActions *planActions() const { return m_planActions; }
    AnalysisActions *analysisActions() const { return m_analysisActions; }
    ImportActions *importActions() const { return m_importActions; }
    /// A busy indicator and message while something runs in the background.
    void setBusy(const QString &message);
    void clearBusy();

signals:
    void projectChanged(ecoplan::Project *project);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDocks();
    void buildStatusBar();
    void updateTitle();
    void showAbout();
    void askUserName();

    std::unique_ptr<Project> m_project;
    MapCanvas *m_canvas;
    QLabel *m_readOnlyBanner;
    LayerPanel *m_layerPanel = nullptr;
    LegendWidget *m_legend = nullptr;
    IdentifyPanel *m_identifyPanel = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    PlansPanel *m_plansPanel = nullptr;
    QUndoView *m_undoView = nullptr;
    CoordinateDisplay *m_coordinates = nullptr;
    ScaleEdit *m_scale = nullptr;
    QLabel *m_renderState = nullptr;
    QProgressBar *m_busy = nullptr;
    FileActions *m_fileActions = nullptr;
    ViewActions *m_viewActions = nullptr;
    EditActions *m_editActions = nullptr;
    PlanActions *m_planActions = nullptr;
    AnalysisActions *m_analysisActions = nullptr;
    ImportActions *m_importActions = nullptr;
};

} // namespace ecoplan
