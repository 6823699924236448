// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/project.h"
#include "render/mapsettings.h"
#include "render/rendercache.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace ecoplan {

class MapTool;

class RenderJob;
struct ChangeEvent;

/// The map view. refresh() only schedules: many calls make one render, done by a RenderJob on worker
/// threads; a job started for an older view is dropped when a newer one finishes first (latest request
/// wins). Meanwhile paintEvent shows the last image shifted and scaled to the current view, so panning and
/// zooming never wait. Overlays (selection, tool feedback) are drawn on top. GUI thread.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    void setProject(Project *project);
    Project *project() const { return m_project; }

    /// The view as the renderer sees it (device pixels, screen DPI).
    MapSettings settings() const;
    QRectF extent() const;
    QPointF center() const { return m_center; }
    /// Map units per logical pixel.
    double mapUnitsPerPixel() const { return m_mapUnitsPerPixel; }
    double scaleDenominator() const;
    QPointF toMap(const QPointF &widgetPos) const;
    QPointF toWidget(const QPointF &mapPos) const;

    void setExtent(const QRectF &extent);
    void setCenter(const QPointF &center);
    void setScaleDenominator(double denominator);
    /// Zooms by `factor` (> 1 zooms in) keeping the map point under `anchor` (widget pixels) in place.
    void zoomBy(double factor, const QPointF &anchor);
    void zoomIn();
    void zoomOut();
    void zoomToFullExtent();
    void zoomToLayer(const QString &layerId);
    void zoomToSelection();
    void panByPixels(const QPointF &delta);

    void setMapTool(MapTool *tool);
    MapTool *mapTool() const { return m_tool; }

    bool isRendering() const;
    /// The last finished image and the view it was rendered for.
    QImage renderedImage() const { return m_image; }
    MapSettings renderedSettings() const { return m_imageSettings; }
    /// Whether the map shown draws sample rows and so carries the sample-data note.
    bool showsSampleDataNote() const { return m_showsSampleData; }

public slots:
    /// Schedules a render of the current view (coalesced).
    void refresh();

signals:
    void renderStarted();
    void renderFinished();
    void extentChanged();
    void scaleChanged(double denominator);
    void cursorMoved(const QPointF &mapPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startRender();
    void onJobFinished(RenderJob *job);
    void onProjectChanged(const ChangeEvent &event);
    void viewChanged(int delayMs);
    void paintSelection(QPainter &painter) const;

    QPointer<Project> m_project;
    QPointF m_center;
    double m_mapUnitsPerPixel = 1000;
    bool m_hasView = false;

    QImage m_image;
    MapSettings m_imageSettings;
    bool m_showsSampleData = false;    ///< the shown image draws sample rows: paint the note
    bool m_jobShowsSampleData = false; ///< the same for the job under way
    RenderCache m_cache;
    RenderJob *m_job = nullptr; ///< the latest job; older ones finish and are dropped
    QTimer m_renderTimer;
    MapTool *m_tool = nullptr;
    QPoint m_dragStart;
    bool m_isMiddlePanning = false;
};

} // namespace ecoplan
