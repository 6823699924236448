// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelengine.h"

#include "fontsetup.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <map>

namespace ecoplan {
namespace {

/// The direction of a line at vertex `anchor` (from the vertex before to the one after), in screen degrees
/// turned so that text never reads upside down.
double lineAngle(const Geometry &g, const QPointF &anchor)
{
    const auto it = std::find(g.points.begin(), g.points.end(), anchor);
    if (it == g.points.end() || g.points.size() < 2)
        return 0;
    const std::size_t i = std::size_t(it - g.points.begin());
    const QPointF a = g.points[i > 0 ? i - 1 : i], b = g.points[i + 1 < g.points.size() ? i + 1 : i];
    // Map y grows upwards, screen y downwards.
    double angle = -std::atan2(b.y() - a.y(), b.x() - a.x()) * 180 / M_PI;
    if (angle > 90)
        angle -= 180;
    else if (angle < -90)
        angle += 180;
    return angle;
}

} // namespace

QFont LabelEngine::labelFont(const LabelStyle &style)
{
    QFont font(labelFontFamily());
    font.setPointSizeF(style.sizePt);
    font.setBold(style.isBold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

void LabelEngine::addLayer(const LayerSnapshot &layer)
{
    const LabelStyle &ls = layer.style.label;
    if (!ls.isEnabled || !layer.data)
        return;
    if (ls.maxScaleDenominator > 0 && m_settings.scaleDenominator() > ls.maxScaleDenominator)
        return;
    const FeatureTable &t = layer.data->table();
    int field = t.fieldIndex(ls.field);
    if (m_settings.labelsInEnglish && t.fieldIndex(ls.englishField) >= 0)
        field = t.fieldIndex(ls.englishField);
    if (field < 0)
        return;
    m_layers.push_back(layer);
    const LabelStyle *style = &m_layers.back().style.label;
    const QRectF view = m_settings.extent();
    const LayerData &data = *layer.data;
    for (std::uint32_t id : data.query(view)) {
        const QPointF anchor = data.labelAnchor(id);
        if (std::isnan(anchor.x()) || !view.contains(anchor))
            continue;
        QString text = t.attributes[id].value(field).toString();
        // Fall back to the Chinese name where the English one is missing.
        if (text.isEmpty() && field != t.fieldIndex(ls.field))
            text = t.attributes[id].value(t.fieldIndex(ls.field)).toString();
        if (text.isEmpty())
            continue;
        const QRectF b = data.bounds(id);
        const QPointF at = m_settings.toPixel(anchor);
        double angle = 0;
        if (ls.placement == LabelStyle::Placement::Line && data.kind() == GeometryKind::Line)
            angle = lineAngle(data.geometry(id), anchor);
        // Lines have no area: their length ranks them instead.
        const double weight = data.kind() == GeometryKind::Line ? b.width() + b.height() : b.width() * b.height();
        m_candidates.push_back({text, at, style, weight, angle});
    }
}

std::vector<PlacedLabel> LabelEngine::place(const QPaintDevice *device) const
{
    std::vector<const Candidate *> order;
    order.reserve(m_candidates.size());
    for (const Candidate &c : m_candidates)
        order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [](const Candidate *a, const Candidate *b) {
        if (a->style->priority != b->style->priority)
            return a->style->priority < b->style->priority;
        return a->weight > b->weight;
    });

    const QRectF view(QPointF(0, 0), QSizeF(m_settings.outputSize));
    const double padding = m_settings.mmToPixels(0.6);
    std::vector<PlacedLabel> placed;
    std::vector<QRectF> occupied; // padded boxes of placed labels
    // One font and metrics per style: building them per label costs more than placing it (on worker
    // threads Qt does not cache the font look-up between frames).
    std::map<const LabelStyle *, std::pair<QFont, QFontMetricsF>> fonts;
    for (const Candidate *c : order) {
        auto it = fonts.find(c->style);
        if (it == fonts.end()) {
            const QFont font = labelFont(*c->style);
            it = fonts.emplace(c->style, std::pair{font, QFontMetricsF(font, device)}).first;
        }
        const QFont &font = it->second.first;
        const QFontMetricsF &fm = it->second.second;
        const QSizeF size(fm.horizontalAdvance(c->text), fm.height());
        const double dx = size.width() * 0.6, dy = size.height() * 0.8;
        // Centred first, then (placement Around) just above, below, right and left of the anchor.
        const QPointF offsets[] = {{0, 0}, {0, -dy}, {0, dy}, {dx, 0}, {-dx, 0}};
        const int tries = c->style->placement == LabelStyle::Placement::Around ? 5 : 1;
        for (int t = 0; t < tries; ++t) {
            const QPointF &o = offsets[t];
            const QRectF rect(c->anchor + o - QPointF(size.width() / 2, size.height() / 2), size);
            // A turned label takes the box around its turned text.
            const QRectF box = c->angle == 0 ? rect
                                             : QTransform()
                                                   .translate(rect.center().x(), rect.center().y())
                                                   .rotate(c->angle)
                                                   .translate(-rect.center().x(), -rect.center().y())
                                                   .mapRect(rect);
            if (!view.contains(box))
                continue;
            const QRectF padded = box.adjusted(-padding, -padding, padding, padding);
            const bool collides = std::any_of(occupied.begin(), occupied.end(),
                                              [&padded](const QRectF &r) { return r.intersects(padded); });
            if (collides)
                continue;
            occupied.push_back(padded);
            placed.push_back({c->text, rect, QPointF(rect.left(), rect.top() + fm.ascent()), font,
                              c->style->color, c->style->halo, m_settings.mmToPixels(c->style->haloMm),
                              c->angle});
            break;
        }
    }
    return placed;
}

void LabelEngine::draw(QPainter &painter, const std::vector<PlacedLabel> &labels)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPaintEngine *engine = painter.paintEngine();
    const bool isRaster = engine && engine->type() == QPaintEngine::Raster;
    for (const PlacedLabel &l : labels) {
        if (l.angle != 0) {
            painter.save();
            painter.translate(l.rect.center());
            painter.rotate(l.angle);
            painter.translate(-l.rect.center());
        }
        if (l.halo.isValid() && l.haloPx > 0) {
            if (isRaster) {
                // On images the halo is the text itself drawn around the label: cached glyphs, ten times
                // faster than stroking glyph outlines.
                painter.setFont(l.font);
                painter.setPen(l.halo);
                const double r = l.haloPx;
                for (const QPointF &o : {QPointF(-r, 0), QPointF(r, 0), QPointF(0, -r), QPointF(0, r),
                                         QPointF(-r * 0.7, -r * 0.7), QPointF(r * 0.7, -r * 0.7),
                                         QPointF(-r * 0.7, r * 0.7), QPointF(r * 0.7, r * 0.7)})
                    painter.drawText(l.baseline + o, l.text);
            } else {
                // In PDF and SVG the halo is an outline path, so the text layer holds each label once and
                // stays searchable.
                QPainterPath path;
                path.addText(l.baseline, l.font, l.text);
                painter.strokePath(path,
                                   QPen(l.halo, 2 * l.haloPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            }
        }
        painter.setFont(l.font);
        painter.setPen(l.color);
        painter.drawText(l.baseline, l.text);
        if (l.angle != 0)
            painter.restore();
    }
    painter.restore();
}

} // namespace ecoplan
