// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptool.h"

#include "mapcanvas.h"

namespace ecoplan {

MapTool::MapTool(MapCanvas *canvas) : QObject(canvas), m_canvas(canvas) {}

} // namespace ecoplan
