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

} // namespace ecoplan::ogr
