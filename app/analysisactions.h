// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geoprocess/protectionzones.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ecoplan {

class MainWindow;
class MeasureTool;
class SummaryPanel;

/// The Analysis menu: Select by Location…, What Lies Inside… (a dock), Protection Zones… and the measure
/// tools (Measure Distance M, Measure Area Shift+M), which join the map tools and report in the status bar.
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
    /// Asks for the protection zones' widths (ProtectionZonesDialog unless a test sets another answer),
    /// rebuilds the zones and replaces canal_zones as one undo step.
    void regenerateProtectionZones();
    using AskWidths = std::function<std::optional<QList<CanalSegment>>(const QList<CanalSegment> &)>;
    void setAskWidths(AskWidths ask) { m_askWidths = std::move(ask); }

private:
    MainWindow *m_window;
    SummaryPanel *m_summary;
    MeasureTool *m_distance;
    MeasureTool *m_area;
    AskWidths m_askWidths;
};

} // namespace ecoplan
