// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace ecoplan {

class MainWindow;
class MeasureTool;
class SummaryPanel;

/// The Analysis menu: Select by Location…, What Lies Inside… (a dock) and the measure tools (Measure
/// Distance M, Measure Area Shift+M), which join the map tools and report in the status bar.
class AnalysisActions : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisActions(MainWindow *window);
    SummaryPanel *summaryPanel() const { return m_summary; }
    MeasureTool *distanceTool() const { return m_distance; }
    MeasureTool *areaTool() const { return m_area; }
    /// Runs Select by Location with the dialog's choices (tests call it with a filled-in dialog).
    void selectByLocation();

private:
    MainWindow *m_window;
    SummaryPanel *m_summary;
    MeasureTool *m_distance;
    MeasureTool *m_area;
};

} // namespace ecoplan
