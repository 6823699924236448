// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/geometry.h"
#include "layer/layerstyle.h"

#include <QString>

namespace ecoplan {

/// A layer style as a QGIS style file (QML, as QGIS 3.22 writes it): single symbol, categorized and
/// graduated renderers with simple fill, line and marker symbols, simple labels, scale-based visibility
/// and opacity. Written into the GeoPackage's layer_styles table, from which QGIS styles the layer when
/// the project is opened there. What QGIS cannot express is left out: the English label field (QGIS
/// labels with `field`) and the legend-only casing of lines, which becomes a second line layer.
namespace styleqml {

QString write(const LayerStyle &style, GeometryKind kind);

} // namespace styleqml
} // namespace ecoplan
