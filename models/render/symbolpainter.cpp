// SPDX-License-Identifier: GPL-3.0-or-later
#include "symbolpainter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ecoplan {

QPen SymbolPainter::pen(const Symbol &s, double widthMm, const QColor &colour) const
{
    if (!colour.isValid())
        return Qt::NoPen;
    // Hairlines thinner than a device pixel still get drawn, antialiased, at one pixel.
    // Bevel joins: at map line widths they look like round ones, and Qt strokes them several times faster.
    QPen pen(colour, std::max(m_settings.mmToPixels(widthMm), 0.5), s.strokeStyle, Qt::FlatCap,
             Qt::BevelJoin);
    return pen;
}

void SymbolPainter::apply(QPainter &p, const Symbol &s) const
{
    p.setPen(pen(s, s.strokeWidthMm, s.stroke));
    p.setBrush(s.fill.isValid() ? QBrush(s.fill, s.fillPattern) : QBrush(Qt::NoBrush));
}

void SymbolPainter::applyCasing(QPainter &p, const Symbol &s) const
{
    QPen casing = pen(s, s.casingWidthMm, s.casing);
    casing.setStyle(Qt::SolidLine);
    p.setPen(casing);
    p.setBrush(Qt::NoBrush);
}

void SymbolPainter::drawMarker(QPainter &p, const Symbol &s, const QPointF &at) const
{
    apply(p, s);
    const double r = m_settings.mmToPixels(s.markerSizeMm) / 2;
    switch (s.marker) {
    case Symbol::Marker::Circle:
        p.drawEllipse(at, r, r);
        break;
    case Symbol::Marker::Square:
        p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
        break;
    case Symbol::Marker::Triangle: {
        const QPointF pts[] = {
            {at.x(), at.y() - r}, {at.x() + r, at.y() + r * 0.8}, {at.x() - r, at.y() + r * 0.8}};
        p.drawPolygon(pts, 3);
        break;
    }
    case Symbol::Marker::Diamond: {
        const QPointF pts[] = {{at.x(), at.y() - r}, {at.x() + r, at.y()}, {at.x(), at.y() + r}, {at.x() - r, at.y()}};
        p.drawPolygon(pts, 4);
        break;
    }
    case Symbol::Marker::Star: {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = M_PI / 5 * i - M_PI / 2, radius = i % 2 ? r * 0.45 : r;
            star << QPointF(at.x() + radius * std::cos(a), at.y() + radius * std::sin(a));
        }
        p.drawPolygon(star);
        break;
    }
    case Symbol::Marker::Cross: {
        // A cross has no inside: it is drawn in the fill colour, as thick as the outline would be.
        QPen pen = p.pen();
        pen.setColor(s.fill.isValid() ? s.fill : s.stroke);
        pen.setWidthF(std::max(m_settings.mmToPixels(std::max(s.strokeWidthMm, 0.3)), 1.0));
        p.setPen(pen);
        p.drawLine(QPointF(at.x() - r, at.y()), QPointF(at.x() + r, at.y()));
        p.drawLine(QPointF(at.x(), at.y() - r), QPointF(at.x(), at.y() + r));
        break;
    }
    }
}

void SymbolPainter::drawCachedMarker(QPainter &p, const Symbol &s, const QPointF &at)
{
    auto it = m_markers.find(&s);
    if (it == m_markers.end()) {
        const double extent = m_settings.mmToPixels(s.markerSizeMm + 2 * s.strokeWidthMm) + 2;
        const int side = int(std::ceil(extent));
        QImage img(side, side, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter ip(&img);
        ip.setRenderHint(QPainter::Antialiasing);
        drawMarker(ip, s, QPointF(side / 2.0, side / 2.0));
        ip.end();
        it = m_markers.insert(&s, img);
    }
    const QImage &img = it.value();
    p.drawImage(QPointF(std::round(at.x() - img.width() / 2.0), std::round(at.y() - img.height() / 2.0)),
                img);
}

QImage SymbolPainter::legendIcon(const Symbol &s, GeometryKind kind, const QSize &size,
                                 double devicePixelRatio)
{
    QImage img(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(devicePixelRatio);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    MapSettings screen;
    screen.dpi = 96;
    SymbolPainter sp(screen);
    const QRectF r(1.5, 1.5, size.width() - 3, size.height() - 3);
    switch (kind) {
    case GeometryKind::Point:
        sp.drawMarker(p, s, r.center());
        break;
    case GeometryKind::Line: {
        QPainterPath path(QPointF(r.left(), r.bottom() - 2));
        path.cubicTo(r.center() + QPointF(-2, -r.height()), r.center() + QPointF(2, r.height()),
                     QPointF(r.right(), r.top() + 2));
        if (s.casing.isValid()) {
            sp.applyCasing(p, s);
            p.drawPath(path);
        }
        sp.apply(p, s);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        break;
    }
    default:
        sp.apply(p, s);
        p.drawRect(r);
    }
    return img;
}

} // namespace ecoplan
