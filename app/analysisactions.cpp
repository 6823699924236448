// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisactions.h"

#include "analysis/protectionzonesdialog.h"
#include "analysis/selectbylocationdialog.h"
#include "analysis/summarypanel.h"
#include "canvas/mapcanvas.h"
#include "canvas/measuretool.h"
#include "commands/editfeatures.h"
#include "geoprocess/protectionzonelayer.h"
#include "mainwindow.h"
#include "project/project.h"
#include "store/projectstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace ecoplan {

AnalysisActions::AnalysisActions(MainWindow *window)
    : QObject(window), m_window(window), m_summary(new SummaryPanel),
      m_distance(new MeasureTool(window->canvas(), MeasureTool::Mode::Distance)),
      m_area(new MeasureTool(window->canvas(), MeasureTool::Mode::Area))
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Analysis"));
    menu->setObjectName(QStringLiteral("menu.analysis"));
    QAction *select = menu->addAction(tr("Select by &Location…"), this, &AnalysisActions::selectByLocation);
    select->setObjectName(QStringLiteral("action.analysis.selectByLocation"));
    select->setShortcut(QKeySequence(tr("Ctrl+Alt+L")));

    auto *dock = new QDockWidget(tr("What Lies Inside"), window);
    dock->setObjectName(QStringLiteral("dock.summary"));
    dock->setWidget(m_summary);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *inside = menu->addAction(tr("&What Lies Inside…"), this, [dock] {
        dock->show();
        dock->raise();
    });
    inside->setObjectName(QStringLiteral("action.analysis.whatLiesInside"));
    inside->setShortcut(QKeySequence(tr("Ctrl+Alt+W")));
    connect(window, &MainWindow::projectChanged, m_summary, &SummaryPanel::setProject);
    MapCanvas *canvas = window->canvas();
    connect(m_summary, &SummaryPanel::zoomRequested, canvas, [canvas](const QRectF &extent) {
        // A point (or a tiny area) gets a view a few kilometres across.
        const double pad = std::max({extent.width(), extent.height()}) * 0.1 + 1000;
        canvas->setExtent(extent.adjusted(-pad, -pad, pad, pad));
    });

    QAction *zones =
        menu->addAction(tr("Canal &Protection Zones…"), this, &AnalysisActions::regenerateProtectionZones);
    zones->setObjectName(QStringLiteral("action.analysis.protectionZones"));

    menu->addSeparator();
    QActionGroup *tools = window->findChild<QAction *>(QStringLiteral("action.view.pan"))->actionGroup();
    const struct
    {
        QString text;
        const char *name;
        QKeySequence key;
        MeasureTool *tool;
    } measures[] = {
        {tr("Measure &Distance"), "action.analysis.measureDistance", QKeySequence(tr("M")), m_distance},
        {tr("Measure &Area"), "action.analysis.measureArea", QKeySequence(tr("Shift+M")), m_area}};
    for (const auto &m : measures) {
        QAction *a = menu->addAction(m.text);
        a->setObjectName(QString::fromLatin1(m.name));
        a->setShortcut(m.key);
        a->setCheckable(true);
        tools->addAction(a);
        MeasureTool *tool = m.tool;
        connect(a, &QAction::triggered, canvas, [canvas, tool] { canvas->setMapTool(tool); });
        connect(tool, &MeasureTool::measured, window->statusBar(), [window](const QString &text) {
            if (text.isEmpty())
                window->statusBar()->clearMessage();
            else
                window->statusBar()->showMessage(text);
        });
    }
}

void AnalysisActions::selectByLocation()
{
    Project *project = m_window->project();
    if (!project)
        return;
    SelectByLocationDialog dialog(*project, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto selected = SpatialSelection::select(dialog.request());
    QApplication::restoreOverrideCursor();
    if (!selected) {
        QMessageBox::warning(m_window, tr("Select by Location"), selected.error());
        return;
    }
    const QString target = dialog.targetLayer();
    project->setSelection({{target, QSet<std::uint32_t>(selected->begin(), selected->end())}});
    m_window->statusBar()->showMessage(
        tr("Features of %1 selected: %2.").arg(project->layer(target)->title).arg(selected->size()), 10000);
}

void AnalysisActions::regenerateProtectionZones()
{
    Project *project = m_window->project();
    if (!project || !project->store() || project->isReadOnly()) {
        QMessageBox::information(
            m_window, tr("Canal Protection Zones"),
            tr("Open a project file that can be changed to build its protection zones."));
        return;
    }
    const Result<QList<CanalSegment>> stored = ProtectionZoneLayer::segments(*project->store());
    if (!stored) {
        QMessageBox::warning(m_window, tr("Canal Protection Zones"), stored.error());
        return;
    }
    std::optional<QList<CanalSegment>> chosen;
    if (m_askWidths) {
        chosen = m_askWidths(*stored);
    } else {
        ProtectionZonesDialog dialog(*stored, m_window);
        if (dialog.exec() == QDialog::Accepted)
            chosen = dialog.segments();
    }
    if (!chosen)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // under a second for the whole canal
    const Result<QList<ZonePolygon>> zones = ProtectionZones::build(*chosen);
    const Result<QList<FeatureEdit>> edits = zones
                                                 ? ProtectionZoneLayer::replacement(*project->store(), *zones)
                                                 : Result<QList<FeatureEdit>>::failure(zones.error());
    const Result<QList<qint64>> written =
        edits ? EditFeatures::push(*project, *edits, tr("Regenerate protection zones"))
              : Result<QList<qint64>>::failure(edits.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(m_window, tr("Canal Protection Zones"),
                             tr("The protection zones were not changed: %1").arg(written.error()));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Protection zones rebuilt for %1 stretches of the canal; Edit > Undo restores the previous ones.")
            .arg(chosen->size()),
        10000);
}

} // namespace ecoplan
