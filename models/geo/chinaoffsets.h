// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

namespace ecoplan {

/// The obfuscated coordinates of Chinese online maps, to and from WGS84 (x = longitude, y = latitude,
/// degrees). GCJ-02 ("Mars coordinates", AMap/Tencent/Google China) shifts WGS84 by a few hundred metres with
/// a published closed formula; BD-09 (Baidu) shifts GCJ-02 again. PROJ has neither, so they are here. The
/// inverses are iterative (the forward shift is smooth, so a fixed-point iteration converges to well under a
/// centimetre in a few steps). CGCS2000 and WGS84 differ by centimetres, below the accuracy of such data, so
/// the results serve as either. Outside mainland China the online maps use plain WGS84: points there are
/// returned unchanged.
namespace ChinaOffsets {

QPointF wgs84ToGcj02(QPointF lonLat);
QPointF gcj02ToWgs84(QPointF lonLat);
QPointF gcj02ToBd09(QPointF lonLat);
QPointF bd09ToGcj02(QPointF lonLat);
QPointF wgs84ToBd09(QPointF lonLat);
QPointF bd09ToWgs84(QPointF lonLat);
/// The rough box (73.66–135.05 E, 3.86–53.55 N) inside which the online maps shift coordinates.
bool isInChina(QPointF lonLat);

} // namespace ChinaOffsets
} // namespace ecoplan
