// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to models/edit: layer types, and the pieces of a geometry that hold vertices.
#pragma once

#include "geo/ogrwkt.h"
#include "geometryedit.h"

#include <ogr_geometry.h>

#include <vector>

namespace ecoplan::ogr {

/// The OGR type a layer of `type` stores (wkbMultiPolygon, …).
OGRwkbGeometryType typeOf(LayerGeometryType type);
/// Converts `g` to the layer's type; null if that changes what it is (its kind, or several parts into one).
OGRGeometryUniquePtr coerce(OGRGeometryUniquePtr g, LayerGeometryType type);

/// A point or a curve (line or ring) of a geometry, addressed as in VertexId.
struct Piece
{
    int part = 0;
    int ring = 0;
    OGRPoint *point = nullptr;
    OGRSimpleCurve *curve = nullptr;
    bool isRing = false;

    /// Vertices without a ring's closing one.
    int vertexCount() const;
};
std::vector<Piece> piecesOf(OGRGeometry &g);

/// All coordinates of a piece (a ring's closing vertex included), as the arrays PROJ transforms.
struct Coordinates
{
    std::vector<double> x;
    std::vector<double> y;
};
Coordinates coordinatesOf(const Piece &p);
/// Writes them back; false (and nothing written) if any is NaN, i.e. PROJ could not transform it.
bool setCoordinates(const Piece &p, const Coordinates &c);

} // namespace ecoplan::ogr
