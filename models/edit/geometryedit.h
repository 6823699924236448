// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "geo/crs.h"
#include "layer/geometry.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <optional>

namespace ecoplan {

class CoordinateTransform;

/// The geometry type a layer stores: its kind and whether it holds multi-geometries (e.g. MultiPolygon).
struct LayerGeometryType
{
    GeometryKind kind = GeometryKind::Unknown;
    bool isMulti = false;
};

/// One vertex of a feature: `part` of a multi-geometry (0 otherwise), `ring` of a polygon (0 is the outer
/// ring; always 0 for points and lines) and `index` within it. A ring's closing vertex is not addressed of
/// its own: it is the first vertex again.
struct VertexId
{
    int part = 0;
    int ring = 0;
    int index = 0;
    bool operator==(const VertexId &) const = default;
};

/// A vertex and where it is, in the display CRS.
struct Vertex
{
    VertexId id;
    QPointF point;
};

/// Edits the geometry of one layer's features, held as WKT in the layer's CRS (as the store reads and writes
/// it), from positions in the display CRS (what the user clicks). Only the vertices an edit changes go
/// through PROJ into the layer CRS; every other vertex keeps its stored value exactly. New geometries get the
/// layer's type (multi where the layer is multi). Messages say what to do instead of a refused edit.
class GeometryEditor
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::GeometryEditor)
public:
    GeometryEditor(LayerGeometryType type, const Crs &layerCrs, const Crs &displayCrs);
    ~GeometryEditor();
    GeometryEditor(GeometryEditor &&) noexcept;
    GeometryEditor &operator=(GeometryEditor &&) noexcept;

    LayerGeometryType type() const { return m_type; }
    /// The fewest vertices a new feature needs: 1 (point), 2 (line) or 3 (polygon).
    int minimumVertices() const;

    /// A new feature from the clicked points (a polygon's ring is closed here).
    Result<QString> build(const QList<QPointF> &clicks) const;
    /// Every vertex in order, in the display CRS.
    Result<QList<Vertex>> vertices(const QString &wkt) const;
    Result<QString> moveVertex(const QString &wkt, const VertexId &vertex, const QPointF &to) const;
    /// Inserts a vertex at `at` (later ones move up one); `at.index` may equal the count to append.
    Result<QString> insertVertex(const QString &wkt, const VertexId &at, const QPointF &point) const;
    /// Refuses to leave a line with fewer than 2 vertices or a ring with fewer than 3.
    Result<QString> deleteVertex(const QString &wkt, const VertexId &vertex) const;
    /// Moves the whole feature by `delta` (display CRS map units).
    Result<QString> translate(const QString &wkt, const QPointF &delta) const;

    /// The vertex nearest `point` within `tolerance` (map units), if any.
    static std::optional<Vertex> nearestVertex(const QList<Vertex> &vertices, const QPointF &point,
                                               double tolerance);
    /// Where a vertex put at `point` on the nearest segment within `tolerance` goes, if a segment is near.
    std::optional<VertexId> insertionAt(const QList<Vertex> &vertices, const QPointF &point,
                                        double tolerance) const;

private:
    QPointF toLayer(const QPointF &display) const;
    /// The parsed geometry, the piece holding `vertex` and `to` in the layer CRS, or why there is none.
    struct Located;
    Result<Located> locate(const QString &wkt, const VertexId &vertex, const QPointF &to,
                           bool isInsertion) const;

    LayerGeometryType m_type;
    std::unique_ptr<CoordinateTransform> m_layerToDisplay;
};

/// `wkt` from CRS `from` into CRS `to`, converted to `type` (a polygon becomes a multipolygon, …). Fails if
/// the kinds differ (a line cannot become a polygon) or PROJ cannot transform a vertex.
Result<QString> reprojectGeometry(const QString &wkt, const Crs &from, const Crs &to, LayerGeometryType type);

} // namespace ecoplan
