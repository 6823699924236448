// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplenote.h"

#include "layer/featuretable.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ecoplan::SampleNote {

QString text()
{
    return sampleDataNote();
}

bool isNeeded(const std::vector<LayerSnapshot> &layers)
{
    return std::any_of(layers.begin(), layers.end(),
                       [](const LayerSnapshot &l) { return l.hasSampleRows; });
}

void draw(QPainter &painter, const QSizeF &size, double dpi)
{
    const double px = dpi / 25.4; // device pixels per millimetre
    painter.save();
    painter.setOpacity(1.0);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(std::max(9, qRound(3.2 * px))); // about 9 pt on paper
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double pad = 1.5 * px;
    const QSizeF box(metrics.horizontalAdvance(text()) + 2 * pad, metrics.height() + 2 * pad);
    const QRectF rect(QPointF(3 * px, size.height() - 3 * px - box.height()), box);
    painter.setPen(QPen(QColor(0xb7, 0x1c, 0x1c), std::max(1.0, 0.3 * px)));
    painter.setBrush(QColor(255, 248, 225, 235));
    painter.drawRect(rect);
    painter.setPen(QColor(0xb7, 0x1c, 0x1c));
    painter.drawText(rect, Qt::AlignCenter, text());
    painter.restore();
}

} // namespace ecoplan::SampleNote
