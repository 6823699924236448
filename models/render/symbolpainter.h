// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/geometry.h"
#include "layer/layerstyle.h"
#include "mapsettings.h"

#include <QHash>
#include <QImage>

class QPainter;

namespace ecoplan {

/// Turns a Symbol into pens, brushes and markers at the output's resolution. One per render on one thread
/// (it caches marker images).
class SymbolPainter
{
public:
    explicit SymbolPainter(const MapSettings &settings) : m_settings(settings) {}

    void apply(QPainter &p, const Symbol &s) const;
    void applyCasing(QPainter &p, const Symbol &s) const;
    void drawMarker(QPainter &p, const Symbol &s, const QPointF &at) const;
    /// The same marker, drawn once into an image and then copied: much faster for thousands of points.
    void drawCachedMarker(QPainter &p, const Symbol &s, const QPointF &at);

    /// A legend swatch for a symbol of the given kind.
    static QImage legendIcon(const Symbol &s, GeometryKind kind, const QSize &size,
                             double devicePixelRatio = 1.0);

private:
    QPen pen(const Symbol &s, double widthMm, const QColor &colour) const;
    MapSettings m_settings;
    QHash<const Symbol *, QImage> m_markers;
};

} // namespace ecoplan
