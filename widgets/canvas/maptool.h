// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace ecoplan {

class MapCanvas;

/// An interaction on the canvas (pan, zoom box, identify, select). The canvas forwards input to the active
/// tool and calls paint() for its feedback (rubber bands). Tools hold no business rules: they ask models.
class MapTool : public QObject
{
    Q_OBJECT
public:
    explicit MapTool(MapCanvas *canvas);
    virtual QCursor cursor() const { return Qt::ArrowCursor; }
    virtual void mousePress(QMouseEvent *) {}
    virtual void mouseMove(QMouseEvent *) {}
    virtual void mouseRelease(QMouseEvent *) {}
    /// Returns true if it used the key (Esc cancels a rubber band).
    virtual bool keyPress(QKeyEvent *) { return false; }
    virtual void paint(QPainter &) {}
    virtual void deactivate() {}

protected:
    MapCanvas *m_canvas;
};

} // namespace ecoplan
