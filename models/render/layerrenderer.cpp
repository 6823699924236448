// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerrenderer.h"

#include "symbolpainter.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ecoplan {
namespace {

/// Transforms a part to device pixels, dropping vertices within `tolerance` pixels of the last one kept.
void thinToPixels(const Geometry &g, std::size_t part, const QTransform &t, double tolerance, QPolygonF &out)
{
    out.clear();
    const std::uint32_t begin = g.partBegin(part), end = g.partEnds[part];
    const double m11 = t.m11(), m22 = t.m22(), dx = t.dx(), dy = t.dy();
    // Short parts have nothing to gain, and thinning could collapse a one-pixel ring to nothing.
    const double tol2 = end - begin <= 8 ? 0.0 : tolerance * tolerance;
    QPointF last(NAN, NAN);
    for (std::uint32_t i = begin; i < end; ++i) {
        const QPointF p(g.points[i].x() * m11 + dx, g.points[i].y() * m22 + dy);
        const double ddx = p.x() - last.x(), ddy = p.y() - last.y();
        if (!(ddx * ddx + ddy * ddy < tol2) || i + 1 == end) {
            out.append(p);
            last = p;
        }
    }
}

bool cancelled(const std::atomic_bool *cancel, int n)
{
    return cancel && (n & 255) == 0 && cancel->load(std::memory_order_relaxed);
}

constexpr double thinningTolerancePx = 0.6;

} // namespace

LayerRenderer::LayerRenderer(LayerSnapshot layer, const MapSettings &settings)
    : m_layer(std::move(layer)), m_settings(settings)
{
}

double LayerRenderer::detailTolerance() const
{
    return m_settings.mapUnitsPerPixel * 0.75;
}

int LayerRenderer::render(QPainter &painter, const std::atomic_bool *cancel) const
{
    if (!m_layer.data)
        return 0;
    // A margin so that thick outlines and markers just outside the view still show their inner half.
    const double margin = m_settings.mapUnitsPerPixel * 20;
    const QRectF area = m_settings.extent().adjusted(-margin, -margin, margin, margin);
    const std::vector<std::uint32_t> ids = m_layer.data->query(area);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    int drawn = 0;
    switch (m_layer.data->kind()) {
    case GeometryKind::Polygon:
        drawn = renderPolygons(painter, ids, cancel);
        break;
    case GeometryKind::Line:
        drawn = renderLines(painter, ids, cancel);
        break;
    case GeometryKind::Point:
        drawn = renderPoints(painter, ids, cancel);
        break;
    case GeometryKind::Unknown:
        break;
    }
    painter.restore();
    return drawn;
}

int LayerRenderer::renderPolygons(QPainter &p, const std::vector<std::uint32_t> &ids,
                                  const std::atomic_bool *cancel) const
{
    const LayerData &data = *m_layer.data;
    const QTransform t = m_settings.mapToPixel();
    const int categoryIndex = data.table().fieldIndex(m_layer.style.categoryField);
    SymbolPainter symbols(m_settings);
    const double minPolygonPx = m_settings.mmToPixels(1.5);
    QPolygonF ring;
    int drawn = 0;
    for (std::uint32_t id : ids) {
        if (cancelled(cancel, drawn))
            break;
        const Geometry &g = data.geometry(id, detailTolerance());
        const Symbol &sym = m_layer.style.symbolFor(data.table().attributes[id], categoryIndex);
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::size_t part = 0; part < g.partCount(); ++part) {
            thinToPixels(g, part, t, thinningTolerancePx, ring);
            if (ring.size() >= 3)
                path.addPolygon(ring);
        }
        if (path.isEmpty())
            continue;
        symbols.apply(p, sym);
        // Polygons smaller than a millimetre and a half (mines at the province's scale) are drawn as a
        // square of that size, so they do not vanish.
        const QRectF box = path.boundingRect();
        if (box.width() < minPolygonPx && box.height() < minPolygonPx) {
            p.drawRect(QRectF(box.center() - QPointF(minPolygonPx / 2, minPolygonPx / 2),
                              QSizeF(minPolygonPx, minPolygonPx)));
            ++drawn;
            continue;
        }
        p.drawPath(path);
        ++drawn;
    }
    return drawn;
}

int LayerRenderer::renderLines(QPainter &p, const std::vector<std::uint32_t> &ids,
                               const std::atomic_bool *cancel) const
{
    const LayerData &data = *m_layer.data;
    const QTransform t = m_settings.mapToPixel();
    const int categoryIndex = data.table().fieldIndex(m_layer.style.categoryField);
    SymbolPainter symbols(m_settings);
    QPolygonF line;
    // Casings first, for all features, so that one line's casing never covers another line.
    for (int pass = 0; pass < 2; ++pass) {
        int drawn = 0;
        for (std::uint32_t id : ids) {
            if (cancelled(cancel, drawn))
                return drawn;
            const Symbol &sym = m_layer.style.symbolFor(data.table().attributes[id], categoryIndex);
            if (pass == 0 && !sym.casing.isValid())
                continue;
            pass == 0 ? symbols.applyCasing(p, sym) : symbols.apply(p, sym);
            const Geometry &g = data.geometry(id, detailTolerance());
            for (std::size_t part = 0; part < g.partCount(); ++part) {
                thinToPixels(g, part, t, thinningTolerancePx, line);
                if (line.size() >= 2)
                    p.drawPolyline(line);
            }
            ++drawn;
        }
        if (pass == 1)
            return drawn;
    }
    return 0;
}

int LayerRenderer::renderPoints(QPainter &p, const std::vector<std::uint32_t> &ids,
                                const std::atomic_bool *cancel) const
{
    const LayerData &data = *m_layer.data;
    const QTransform t = m_settings.mapToPixel();
    const int categoryIndex = data.table().fieldIndex(m_layer.style.categoryField);
    SymbolPainter symbols(m_settings);
    // On raster devices a marker is drawn once and then copied; on PDF/SVG each stays a vector shape.
    const QPaintEngine *engine = p.paintEngine();
    const bool isRaster = engine && (engine->type() == QPaintEngine::Raster);
    const QSize size = m_settings.outputSize;
    // Points that land on a pixel already drawn with the same symbol would not change the image.
    std::vector<const Symbol *> drawnAt(isRaster ? std::size_t(size.width()) * size.height() : 0, nullptr);
    int drawn = 0;
    for (std::uint32_t id : ids) {
        if (cancelled(cancel, drawn))
            break;
        const Symbol &sym = m_layer.style.symbolFor(data.table().attributes[id], categoryIndex);
        for (const QPointF &world : data.geometry(id).points) {
            const QPointF px = t.map(world);
            if (isRaster) {
                const int x = int(px.x()), y = int(px.y());
                if (x >= 0 && y >= 0 && x < size.width() && y < size.height()) {
                    const Symbol *&slot = drawnAt[std::size_t(y) * size.width() + x];
                    if (slot == &sym)
                        continue;
                    slot = &sym;
                }
                symbols.drawCachedMarker(p, sym, px);
            } else {
                symbols.drawMarker(p, sym, px);
            }
        }
        ++drawn;
    }
    return drawn;
}

} // namespace ecoplan
