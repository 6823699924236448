// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maptool.h"
#include "project/featurequery.h"

#include <QPoint>
#include <QRect>

namespace ecoplan {

/// Drag to move the map; the old image follows the mouse and the new one is rendered after a pause.
class PanTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return Qt::OpenHandCursor; }
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseRelease(QMouseEvent *e) override;

private:
    QPoint m_last;
    bool m_isDragging = false;
};

/// A rubber band the canvas should draw, and its start, shared by the box tools.
class RubberBandTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    void mousePress(QMouseEvent *e) override;
    void mouseMove(QMouseEvent *e) override;
    void mouseRelease(QMouseEvent *e) override;
    bool keyPress(QKeyEvent *e) override;
    void paint(QPainter &p) override;
    void deactivate() override { m_isDragging = false; }

protected:
    /// A click (a drag of a few pixels at most) or a box, in widget pixels.
    virtual void clicked(const QPoint &pos, Qt::KeyboardModifiers modifiers) = 0;
    virtual void boxed(const QRect &box, Qt::KeyboardModifiers modifiers) = 0;

private:
    QPoint m_start;
    QPoint m_end;
    bool m_isDragging = false;
};

/// Drag a box to zoom into it; a click zooms in by two about the point.
class ZoomBoxTool : public RubberBandTool
{
    Q_OBJECT
public:
    using RubberBandTool::RubberBandTool;
    QCursor cursor() const override { return Qt::CrossCursor; }

protected:
    void clicked(const QPoint &pos, Qt::KeyboardModifiers) override;
    void boxed(const QRect &box, Qt::KeyboardModifiers) override;
};

/// Click a feature to see its attributes.
class IdentifyTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return Qt::WhatsThisCursor; }
    void mouseRelease(QMouseEvent *e) override;

signals:
    void identified(const QList<ecoplan::IdentifiedFeature> &features);
};

/// Click selects the feature on top (inside a polygon counts); a box selects the features it meets in the
/// active layer, or in every selectable layer when so set; Shift adds, Ctrl removes; Esc clears.
class SelectTool : public RubberBandTool
{
    Q_OBJECT
public:
    using RubberBandTool::RubberBandTool;
    QCursor cursor() const override { return Qt::PointingHandCursor; }
    bool keyPress(QKeyEvent *e) override;

    const SelectionScope &scope() const { return m_scope; }
    void setActiveLayer(const QString &layerId) { m_scope.activeLayer = layerId; }
    void setSelectsInAllLayers(bool all) { m_scope.allLayers = all; }

protected:
    void clicked(const QPoint &pos, Qt::KeyboardModifiers modifiers) override;
    void boxed(const QRect &box, Qt::KeyboardModifiers modifiers) override;

private:
    void apply(const QHash<QString, QSet<std::uint32_t>> &hits, Qt::KeyboardModifiers modifiers);

    SelectionScope m_scope;
};

/// Pixels within which a click hits a line or point.
constexpr double clickTolerancePx = 4.0;

} // namespace ecoplan
