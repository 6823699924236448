// SPDX-License-Identifier: GPL-3.0-or-later
#include "ogrgeometry.h"

#include <cpl_conv.h>

#include <algorithm>
#include <cmath>

namespace ecoplan::ogr {

OGRwkbGeometryType typeOf(LayerGeometryType type)
{
    return typeOf(type.kind, type.isMulti);
}

OGRGeometryUniquePtr coerce(OGRGeometryUniquePtr g, LayerGeometryType type)
{
    const OGRwkbGeometryType target = typeOf(type);
    if (!g || target == wkbUnknown)
        return nullptr;
    // A collection of one kind (what MakeValid may return) becomes a multi-geometry first.
    if (wkbFlatten(g->getGeometryType()) == wkbGeometryCollection) {
        const OGRwkbGeometryType multi = typeOf({type.kind, true});
        g.reset(OGRGeometryFactory::forceTo(g.release(), multi));
    }
    if (kindOf(*g) != type.kind)
        return nullptr;
    // Several parts cannot become one without changing the shape.
    if (!type.isMulti && OGR_GT_IsSubClassOf(wkbFlatten(g->getGeometryType()), wkbGeometryCollection) &&
        g->toGeometryCollection()->getNumGeometries() != 1)
        return nullptr;
    const OGRwkbGeometryType withDims = OGR_GT_SetModifier(target, g->Is3D(), g->IsMeasured());
    g.reset(OGRGeometryFactory::forceTo(g.release(), withDims));
    if (!g || wkbFlatten(g->getGeometryType()) != target)
        return nullptr;
    return g;
}

int Piece::vertexCount() const
{
    if (point)
        return 1;
    const int n = curve ? curve->getNumPoints() : 0;
    return isRing && n > 0 ? n - 1 : n;
}

std::vector<Piece> piecesOf(OGRGeometry &g)
{
    std::vector<Piece> out;
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint:
        out.push_back({0, 0, g.toPoint(), nullptr, false});
        break;
    case wkbLineString:
        out.push_back({0, 0, nullptr, g.toLineString(), false});
        break;
    case wkbPolygon: {
        int ring = 0;
        for (OGRLinearRing *r : *g.toPolygon())
            out.push_back({0, ring++, nullptr, r, true});
        break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon: {
        OGRGeometryCollection *c = g.toGeometryCollection();
        for (int part = 0; part < c->getNumGeometries(); ++part) {
            for (Piece p : piecesOf(*c->getGeometryRef(part))) {
                p.part = part;
                out.push_back(p);
            }
        }
        break;
    }
    default:
        break;
    }
    return out;
}

Coordinates coordinatesOf(const Piece &p)
{
    const int n = p.point ? 1 : p.curve->getNumPoints();
    Coordinates c{std::vector<double>(n), std::vector<double>(n)};
    for (int i = 0; i < n; ++i) {
        c.x[i] = p.point ? p.point->getX() : p.curve->getX(i);
        c.y[i] = p.point ? p.point->getY() : p.curve->getY(i);
    }
    return c;
}

bool setCoordinates(const Piece &p, const Coordinates &c)
{
    if (std::any_of(c.x.begin(), c.x.end(), [](double v) { return std::isnan(v); }))
        return false;
    for (std::size_t i = 0; i < c.x.size(); ++i) {
        if (p.point) {
            p.point->setX(c.x[i]);
            p.point->setY(c.y[i]);
        } else {
            p.curve->setPoint(int(i), c.x[i], c.y[i]);
        }
    }
    return true;
}

} // namespace ecoplan::ogr
