// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layersnapshot.h"
#include "mapsettings.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <deque>
#include <vector>

class QPaintDevice;
class QPainter;

namespace ecoplan {

struct PlacedLabel
{
    QString text;
    QRectF rect;      ///< device pixels, the text's box
    QPointF baseline; ///< where the text is drawn
    QFont font;
    QColor color;
    QColor halo;
    double haloPx = 0;
    double angle = 0; ///< degrees clockwise about the rect's centre (labels along lines)
};

/// Places labels without overlaps: candidates are taken by priority (layer priority, then larger features
/// first), each tries a few positions around its anchor, and one that fits nowhere inside the view without
/// touching an earlier label is dropped. Any thread; measures text for the paint device it is given.
class LabelEngine
{
public:
    explicit LabelEngine(const MapSettings &settings) : m_settings(settings) {}

    /// Adds the labels of one layer (if its style labels and the scale allows).
    void addLayer(const LayerSnapshot &layer);
    std::size_t candidateCount() const { return m_candidates.size(); }

    /// Places the candidates for `device` (its DPI sizes the fonts).
    std::vector<PlacedLabel> place(const QPaintDevice *device) const;
    static void draw(QPainter &painter, const std::vector<PlacedLabel> &labels);

    /// The font family used for labels (a TrueType CJK font, see fontsetup.h).
    static QFont labelFont(const LabelStyle &style);

private:
    struct Candidate
    {
        QString text;
        QPointF anchor; ///< device pixels
        const LabelStyle *style;
        double weight; ///< feature size: larger first
        double angle;  ///< degrees; non-zero only for labels along lines
    };
    MapSettings m_settings;
    std::deque<LayerSnapshot>
        m_layers; ///< keeps the styles the candidates point to alive (deque: never moves them)
    std::vector<Candidate> m_candidates;
};

} // namespace ecoplan
