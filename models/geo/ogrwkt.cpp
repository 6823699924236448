// SPDX-License-Identifier: GPL-3.0-or-later
#include "ogrwkt.h"

namespace ecoplan::ogr {

OGRGeometryUniquePtr fromWkt(const QString &wkt)
{
    const QByteArray utf8 = wkt.toUtf8();
    OGRGeometry *g = nullptr;
    if (OGRGeometryFactory::createFromWkt(utf8.constData(), nullptr, &g) != OGRERR_NONE)
        return nullptr;
    return OGRGeometryUniquePtr(g);
}

QString toWkt(const OGRGeometry &g)
{
    char *wkt = nullptr;
    g.exportToWkt(&wkt, wkbVariantIso);
    const QString out = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return out;
}

GeometryKind kindOf(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint:
    case wkbMultiPoint:
        return GeometryKind::Point;
    case wkbLineString:
    case wkbMultiLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
    case wkbMultiCurve:
        return GeometryKind::Line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
        return GeometryKind::Polygon;
    default:
        return GeometryKind::Unknown;
    }
}

OGRwkbGeometryType typeOf(GeometryKind kind, bool isMulti)
{
    switch (kind) {
    case GeometryKind::Point:
        return isMulti ? wkbMultiPoint : wkbPoint;
    case GeometryKind::Line:
        return isMulti ? wkbMultiLineString : wkbLineString;
    case GeometryKind::Polygon:
        return isMulti ? wkbMultiPolygon : wkbPolygon;
    case GeometryKind::Unknown:
        break;
    }
    return wkbUnknown;
}

} // namespace ecoplan::ogr
