// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/crs.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QStringList>
#include <QTransform>

namespace ecoplan {

/// What one map image shows: a copyable value handed to renderers on any thread. The view is a centre and
/// a resolution (map units per device pixel) over an output size, so zooming keeps the centre exact.
class MapSettings
{
public:
    QPointF center;
    double mapUnitsPerPixel = 1.0;
    QSize outputSize{800, 600}; ///< device pixels
    double dpi = 96.0;
    double devicePixelRatio = 1.0;
    Crs crs = Crs::defaultDisplay();
    QStringList layerIds; ///< drawing order, bottom first
    QColor background = Qt::white;
    bool hasLabels = true;
    bool labelsInEnglish = false;

    QRectF extent() const;
    /// Fits `extent` (map units) into the output size, centred, keeping the aspect ratio.
    void setExtent(const QRectF &extent);
    /// World → device pixels (y grows downwards on screen, upwards on the map).
    QTransform mapToPixel() const;
    QPointF toPixel(const QPointF &map) const;
    QPointF toMap(const QPointF &pixel) const;
    /// Millimetres on the output → device pixels.
    double mmToPixels(double mm) const { return mm * dpi / 25.4; }
    /// The scale denominator N of 1:N. Geographic CRSs use the metres of a degree at the view's latitude.
    double scaleDenominator() const;
    void setScaleDenominator(double denominator);
    /// Whether two settings draw the same layer pixels: the view, resolution, CRS and background. Labels and
    /// the layer list are not part of it (labels are drawn on top of the layer images).
    bool hasSameView(const MapSettings &other) const;

private:
    double metresPerMapUnit() const;
};

} // namespace ecoplan
