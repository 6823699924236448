// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layersnapshot.h"

#include <QSizeF>
#include <QString>

#include <vector>

class QPainter;

namespace ecoplan {

/// Sample data must always be seen as sample data: a map that draws a layer holding sample rows carries
/// this note in its lower-left corner, on screen, in PNG/PDF/SVG exports and on paper. The note is in both
/// languages whatever the UI's, so that a printed map cannot be taken for a real register in either.
namespace SampleNote {
/// "示例数据，非真实登记 / Sample data, not a real register".
QString text();
/// Whether any of `layers` holds sample rows.
bool isNeeded(const std::vector<LayerSnapshot> &layers);
/// Draws the note in the lower-left corner of an output of `size` device pixels at `dpi`.
void draw(QPainter &painter, const QSizeF &size, double dpi);
} // namespace SampleNote

} // namespace ecoplan
