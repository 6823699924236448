// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinaoffsets.h"

#include <cmath>
#include <numbers>

namespace ecoplan::ChinaOffsets {
namespace {

constexpr double pi = std::numbers::pi;
// Krasovsky 1940, the ellipsoid the GCJ-02 formula is written for.
constexpr double semiMajor = 6378245.0;
constexpr double eccentricitySquared = 0.00669342162296594323;
// Baidu's constant for BD-09.
constexpr double baiduPi = pi * 3000.0 / 180.0;

double shiftLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * pi) + 40.0 * std::sin(y / 3.0 * pi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * pi) + 320.0 * std::sin(y * pi / 30.0)) * 2.0 / 3.0;
    return r;
}

double shiftLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * pi) + 40.0 * std::sin(x / 3.0 * pi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * pi) + 300.0 * std::sin(x / 30.0 * pi)) * 2.0 / 3.0;
    return r;
}

/// The GCJ-02 offset (degrees) at a WGS84 point.
QPointF gcjDelta(QPointF p)
{
    const double x = p.x() - 105.0, y = p.y() - 35.0;
    double dLat = shiftLat(x, y), dLon = shiftLon(x, y);
    const double radLat = p.y() / 180.0 * pi;
    double magic = std::sin(radLat);
    magic = 1 - eccentricitySquared * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((semiMajor * (1 - eccentricitySquared)) / (magic * sqrtMagic) * pi);
    dLon = (dLon * 180.0) / (semiMajor / sqrtMagic * std::cos(radLat) * pi);
    return {dLon, dLat};
}

/// Solves forward(x) = target for x by fixed-point iteration from x = target.
template <typename Forward> QPointF invert(QPointF target, Forward forward)
{
    QPointF x = target;
    for (int i = 0; i < 30; ++i) {
        const QPointF error = forward(x) - target;
        x -= error;
        if (std::abs(error.x()) < 1e-10 && std::abs(error.y()) < 1e-10)
            break;
    }
    return x;
}

} // namespace

bool isInChina(QPointF p)
{
    return p.x() >= 73.66 && p.x() <= 135.05 && p.y() >= 3.86 && p.y() <= 53.55;
}

QPointF wgs84ToGcj02(QPointF p)
{
    return isInChina(p) ? p + gcjDelta(p) : p;
}

QPointF gcj02ToWgs84(QPointF p)
{
    return isInChina(p) ? invert(p, wgs84ToGcj02) : p;
}

QPointF gcj02ToBd09(QPointF p)
{
    const double x = p.x(), y = p.y();
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * baiduPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * baiduPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

QPointF bd09ToGcj02(QPointF p)
{
    return invert(p, gcj02ToBd09);
}

QPointF wgs84ToBd09(QPointF p)
{
    return gcj02ToBd09(wgs84ToGcj02(p));
}

QPointF bd09ToWgs84(QPointF p)
{
    return gcj02ToWgs84(bd09ToGcj02(p));
}

} // namespace ecoplan::ChinaOffsets
