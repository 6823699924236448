// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapsettings.h"

#include <cmath>

namespace ecoplan {

QRectF MapSettings::extent() const
{
    const double w = outputSize.width() * mapUnitsPerPixel;
    const double h = outputSize.height() * mapUnitsPerPixel;
    return QRectF(center.x() - w / 2, center.y() - h / 2, w, h);
}

void MapSettings::setExtent(const QRectF &extent)
{
    if (extent.isEmpty() || outputSize.isEmpty())
        return;
    center = extent.center();
    mapUnitsPerPixel = std::max(extent.width() / outputSize.width(), extent.height() / outputSize.height());
}

QTransform MapSettings::mapToPixel() const
{
    const double s = 1.0 / mapUnitsPerPixel;
    // x' = (x - cx) * s + w/2 ; y' = (cy - y) * s + h/2
    return QTransform(s, 0, 0, -s, outputSize.width() / 2.0 - center.x() * s,
                      outputSize.height() / 2.0 + center.y() * s);
}

QPointF MapSettings::toPixel(const QPointF &map) const
{
    return {(map.x() - center.x()) / mapUnitsPerPixel + outputSize.width() / 2.0,
            (center.y() - map.y()) / mapUnitsPerPixel + outputSize.height() / 2.0};
}

QPointF MapSettings::toMap(const QPointF &pixel) const
{
    return {center.x() + (pixel.x() - outputSize.width() / 2.0) * mapUnitsPerPixel,
            center.y() - (pixel.y() - outputSize.height() / 2.0) * mapUnitsPerPixel};
}

double MapSettings::metresPerMapUnit() const
{
    if (!crs.isGeographic())
        return 1.0; // the display systems offered are all in metres
    constexpr double metresPerDegree = 6378137.0 * M_PI / 180.0;
    return metresPerDegree * std::cos(center.y() * M_PI / 180.0);
}

double MapSettings::scaleDenominator() const
{
    const double metresPerPixel = mapUnitsPerPixel * metresPerMapUnit();
    return metresPerPixel / (0.0254 / dpi);
}

void MapSettings::setScaleDenominator(double denominator)
{
    if (denominator > 0)
        mapUnitsPerPixel = denominator * (0.0254 / dpi) / metresPerMapUnit();
}

bool MapSettings::hasSameView(const MapSettings &o) const
{
    return center == o.center && mapUnitsPerPixel == o.mapUnitsPerPixel && outputSize == o.outputSize &&
           dpi == o.dpi && devicePixelRatio == o.devicePixelRatio && crs == o.crs &&
           background == o.background;
}

} // namespace ecoplan
