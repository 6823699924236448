// SPDX-License-Identifier: GPL-3.0-or-later
#include "geometryedit.h"

#include "geo/coordinatetransform.h"
#include "ogrgeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ecoplan {
namespace {

using R = Result<QString>;

/// A curve's vertices without a ring's closing one, and back: edits work on the open list.
std::vector<OGRPoint> openPoints(const ogr::Piece &p)
{
    std::vector<OGRPoint> pts(p.vertexCount());
    for (int i = 0; i < int(pts.size()); ++i)
        p.curve->getPoint(i, &pts[i]);
    return pts;
}

void setOpenPoints(const ogr::Piece &p, std::vector<OGRPoint> pts)
{
    if (p.isRing && !pts.empty())
        pts.push_back(pts.front());
    p.curve->setNumPoints(int(pts.size()), FALSE);
    for (int i = 0; i < int(pts.size()); ++i)
        p.curve->setPoint(i, &pts[i]);
}

} // namespace

struct GeometryEditor::Located
{
    OGRGeometryUniquePtr geometry;
    ogr::Piece piece;
    QPointF target; ///< layer CRS
};

GeometryEditor::GeometryEditor(LayerGeometryType type, const Crs &layerCrs, const Crs &displayCrs)
    : m_type(type), m_layerToDisplay(std::make_unique<CoordinateTransform>(layerCrs, displayCrs))
{
}

GeometryEditor::~GeometryEditor() = default;
GeometryEditor::GeometryEditor(GeometryEditor &&) noexcept = default;
GeometryEditor &GeometryEditor::operator=(GeometryEditor &&) noexcept = default;

int GeometryEditor::minimumVertices() const
{
    switch (m_type.kind) {
    case GeometryKind::Line:
        return 2;
    case GeometryKind::Polygon:
        return 3;
    default:
        return 1;
    }
}

QPointF GeometryEditor::toLayer(const QPointF &display) const
{
    return m_layerToDisplay->transform(display, true);
}

Result<QString> GeometryEditor::build(const QList<QPointF> &clicks) const
{
    // A double-click can repeat the last click; repeated points add nothing.
    QList<QPointF> points;
    for (const QPointF &c : clicks) {
        if (points.isEmpty() || points.last() != c)
            points.append(c);
    }
    if (m_type.kind == GeometryKind::Point && points.size() != 1)
        return R::failure(tr("A point feature takes exactly one click."));
    if (points.size() < minimumVertices())
        return R::failure(m_type.kind == GeometryKind::Line
                              ? tr("A line needs at least 2 vertices; click more before finishing.")
                              : tr("A polygon needs at least 3 vertices; click more before finishing."));
    std::vector<OGRPoint> layerPoints;
    for (const QPointF &c : points) {
        const QPointF p = toLayer(c);
        if (std::isnan(p.x()))
            return R::failure(
                tr("A clicked point lies outside the area the layer's coordinate system covers."));
        layerPoints.emplace_back(p.x(), p.y());
    }
    OGRGeometryUniquePtr g;
    switch (m_type.kind) {
    case GeometryKind::Point:
        g.reset(new OGRPoint(layerPoints.front()));
        break;
    case GeometryKind::Line: {
        auto *line = new OGRLineString;
        g.reset(line);
        setOpenPoints({0, 0, nullptr, line, false}, layerPoints);
        break;
    }
    case GeometryKind::Polygon: {
        auto *ring = new OGRLinearRing;
        setOpenPoints({0, 0, nullptr, ring, true}, layerPoints);
        auto *poly = new OGRPolygon;
        g.reset(poly);
        poly->addRingDirectly(ring);
        break;
    }
    case GeometryKind::Unknown:
        return R::failure(tr("This layer has no geometry type, so features cannot be drawn on it."));
    }
    g = ogr::coerce(std::move(g), m_type);
    if (!g)
        return R::failure(tr("The drawn shape does not fit this layer's geometry type."));
    return ogr::toWkt(*g);
}

Result<QList<Vertex>> GeometryEditor::vertices(const QString &wkt) const
{
    OGRGeometryUniquePtr g = ogr::fromWkt(wkt);
    if (!g)
        return Result<QList<Vertex>>::failure(tr("The feature's geometry cannot be read."));
    QList<Vertex> out;
    for (const ogr::Piece &p : ogr::piecesOf(*g)) {
        ogr::Coordinates c = ogr::coordinatesOf(p);
        m_layerToDisplay->transform(c.x.data(), c.y.data(), c.x.size());
        for (int i = 0; i < p.vertexCount(); ++i)
            out.append({{p.part, p.ring, i}, QPointF(c.x[i], c.y[i])});
    }
    return out;
}

Result<GeometryEditor::Located> GeometryEditor::locate(const QString &wkt, const VertexId &vertex,
                                                       const QPointF &to, bool isInsertion) const
{
    using L = Result<Located>;
    OGRGeometryUniquePtr g = ogr::fromWkt(wkt);
    if (!g)
        return L::failure(tr("The feature's geometry cannot be read."));
    const auto pieces = ogr::piecesOf(*g);
    const auto p = std::find_if(pieces.begin(), pieces.end(), [&](const ogr::Piece &x) {
        return x.part == vertex.part && x.ring == vertex.ring;
    });
    const int end = p == pieces.end() ? 0 : p->vertexCount() + (isInsertion ? 1 : 0);
    if (p == pieces.end() || vertex.index < 0 || vertex.index >= end)
        return L::failure(tr("The feature has no such vertex; it may have been changed meanwhile."));
    const QPointF target = toLayer(to);
    if (std::isnan(target.x()))
        return L::failure(tr("The position lies outside the area the layer's coordinate system covers."));
    return Located{std::move(g), *p, target};
}

Result<QString> GeometryEditor::moveVertex(const QString &wkt, const VertexId &vertex,
                                           const QPointF &to) const
{
    Result<Located> at = locate(wkt, vertex, to, false);
    if (!at)
        return R::failure(at.error());
    const ogr::Piece &p = at->piece;
    if (p.point) {
        p.point->setX(at->target.x());
        p.point->setY(at->target.y());
    } else {
        p.curve->setPoint(vertex.index, at->target.x(), at->target.y());
        if (p.isRing && vertex.index == 0) // the closing vertex is the first one again
            p.curve->setPoint(p.curve->getNumPoints() - 1, at->target.x(), at->target.y());
    }
    return ogr::toWkt(*at->geometry);
}

Result<QString> GeometryEditor::insertVertex(const QString &wkt, const VertexId &at,
                                             const QPointF &point) const
{
    Result<Located> where = locate(wkt, at, point, true);
    if (!where)
        return R::failure(where.error());
    const ogr::Piece &p = where->piece;
    if (p.point)
        return R::failure(
            tr("A point has a single vertex; vertices can be added to lines and polygons only."));
    std::vector<OGRPoint> pts = openPoints(p);
    OGRPoint added(where->target.x(), where->target.y());
    if (p.curve->Is3D())
        added.setZ(0);
    pts.insert(pts.begin() + at.index, added);
    setOpenPoints(p, std::move(pts));
    return ogr::toWkt(*where->geometry);
}

Result<QString> GeometryEditor::deleteVertex(const QString &wkt, const VertexId &vertex) const
{
    Result<Located> at = locate(wkt, vertex, QPointF(), false);
    if (!at)
        return R::failure(at.error());
    const ogr::Piece &p = at->piece;
    if (p.point)
        return R::failure(tr("A point has a single vertex; delete the feature instead."));
    if (p.isRing && p.vertexCount() <= 3)
        return R::failure(
            tr("A polygon ring needs at least 3 vertices and this one has only %1, so none can be "
               "deleted. Delete the feature instead.")
                .arg(p.vertexCount()));
    if (!p.isRing && p.vertexCount() <= 2)
        return R::failure(
            tr("A line needs at least 2 vertices and this one has only %1, so none can be deleted. "
               "Delete the feature instead.")
                .arg(p.vertexCount()));
    std::vector<OGRPoint> pts = openPoints(p);
    pts.erase(pts.begin() + vertex.index);
    setOpenPoints(p, std::move(pts));
    return ogr::toWkt(*at->geometry);
}

Result<QString> GeometryEditor::translate(const QString &wkt, const QPointF &delta) const
{
    OGRGeometryUniquePtr g = ogr::fromWkt(wkt);
    if (!g)
        return R::failure(tr("The feature's geometry cannot be read."));
    for (const ogr::Piece &p : ogr::piecesOf(*g)) {
        ogr::Coordinates c = ogr::coordinatesOf(p); // a ring's closing vertex moves too
        m_layerToDisplay->transform(c.x.data(), c.y.data(), c.x.size());
        for (std::size_t i = 0; i < c.x.size(); ++i) {
            c.x[i] += delta.x();
            c.y[i] += delta.y();
        }
        m_layerToDisplay->transform(c.x.data(), c.y.data(), c.x.size(), true);
        if (!ogr::setCoordinates(p, c))
            return R::failure(
                tr("The moved feature would lie outside the area the layer's coordinate system covers."));
    }
    return ogr::toWkt(*g);
}

std::optional<Vertex> GeometryEditor::nearestVertex(const QList<Vertex> &vertices, const QPointF &point,
                                                    double tolerance)
{
    std::optional<Vertex> best;
    double bestDistance = tolerance;
    for (const Vertex &v : vertices) {
        const double d = std::hypot(v.point.x() - point.x(), v.point.y() - point.y());
        if (d <= bestDistance) {
            bestDistance = d;
            best = v;
        }
    }
    return best;
}

std::optional<VertexId> GeometryEditor::insertionAt(const QList<Vertex> &vertices, const QPointF &point,
                                                    double tolerance) const
{
    if (m_type.kind != GeometryKind::Line && m_type.kind != GeometryKind::Polygon)
        return std::nullopt;
    std::optional<VertexId> best;
    double bestDistance = tolerance;
    auto consider = [&](const Vertex &a, const Vertex &b, int index) {
        if (const double d = distanceToSegment(point, a.point, b.point); d <= bestDistance) {
            bestDistance = d;
            best = VertexId{a.id.part, a.id.ring, index};
        }
    };
    for (qsizetype begin = 0; begin < vertices.size();) {
        qsizetype end = begin + 1;
        while (end < vertices.size() && vertices[end].id.part == vertices[begin].id.part &&
               vertices[end].id.ring == vertices[begin].id.ring)
            ++end;
        for (qsizetype i = begin + 1; i < end; ++i)
            consider(vertices[i - 1], vertices[i], vertices[i].id.index);
        if (m_type.kind == GeometryKind::Polygon && end - begin > 2) // the closing segment
            consider(vertices[end - 1], vertices[begin], int(end - begin));
        begin = end;
    }
    return best;
}

Result<QString> reprojectGeometry(const QString &wkt, const Crs &from, const Crs &to, LayerGeometryType type)
{
    OGRGeometryUniquePtr g = ogr::fromWkt(wkt);
    if (!g)
        return R::failure(GeometryEditor::tr("The feature's geometry cannot be read."));
    if (ogr::kindOf(*g) != type.kind)
        return R::failure(GeometryEditor::tr("A feature of another geometry type (point, line or polygon) "
                                             "cannot be put into this layer."));
    const CoordinateTransform t(from, to);
    if (!t.isValid())
        return R::failure(
            GeometryEditor::tr("There is no transformation from %1 to %2.").arg(from.authId(), to.authId()));
    if (!t.isIdentity()) {
        for (const ogr::Piece &p : ogr::piecesOf(*g)) {
            ogr::Coordinates c = ogr::coordinatesOf(p);
            t.transform(c.x.data(), c.y.data(), c.x.size());
            if (!ogr::setCoordinates(p, c))
                return R::failure(GeometryEditor::tr("A vertex cannot be transformed from %1 to %2.")
                                      .arg(from.authId(), to.authId()));
        }
    }
    g = ogr::coerce(std::move(g), type);
    if (!g)
        return R::failure(
            GeometryEditor::tr("A feature of several parts cannot be put into a layer that holds "
                               "single-part features."));
    return ogr::toWkt(*g);
}

} // namespace ecoplan
