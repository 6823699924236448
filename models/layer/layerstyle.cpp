// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerstyle.h"

#include "style/classification.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace ecoplan {
namespace {

/// Soft fills for prefectures, chosen so that a greedy colouring of Henan's 18 needs no more than these.
const QColor prefecturePalette[] = {QColor(0xf3, 0xe9, 0xc6), QColor(0xd9, 0xea, 0xd3),
                                    QColor(0xf6, 0xd8, 0xcc), QColor(0xd6, 0xe4, 0xf0),
                                    QColor(0xe8, 0xdc, 0xef), QColor(0xee, 0xe6, 0xd8)};

/// Colours polygons so that neighbours differ. Neighbours are found by shared vertices, which suits
/// topologically clean data such as the reference boundaries (neighbours share identical boundary vertices).
QList<SymbolCategory> neighbourColouredCategories(const FeatureTable &t, int keyField, const Symbol &base)
{
    // Sort all (vertex, feature) pairs; features that share a vertex are neighbours.
    struct VertexOwner
    {
        double x, y;
        int feature;
        bool operator<(const VertexOwner &o) const
        {
            return std::tie(x, y, feature) < std::tie(o.x, o.y, o.feature);
        }
    };
    std::vector<VertexOwner> owners;
    for (std::size_t i = 0; i < t.size(); ++i) {
        for (const QPointF &p : t.geometries[i].points)
            owners.push_back({p.x(), p.y(), static_cast<int>(i)});
    }
    std::sort(owners.begin(), owners.end());
    std::vector<QSet<int>> neighbours(t.size());
    for (std::size_t a = 0; a < owners.size();) {
        std::size_t b = a + 1;
        while (b < owners.size() && owners[b].x == owners[a].x && owners[b].y == owners[a].y)
            ++b;
        for (std::size_t i = a; i < b; ++i) {
            for (std::size_t j = a; j < b; ++j) {
                if (owners[i].feature != owners[j].feature)
                    neighbours[owners[i].feature].insert(owners[j].feature);
            }
        }
        a = b;
    }
    // Most-connected first: the usual greedy order, which keeps the number of colours low.
    std::vector<int> order(t.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return neighbours[a].size() > neighbours[b].size(); });
    constexpr int paletteSize = int(std::size(prefecturePalette));
    std::vector<int> colour(t.size(), -1);
    for (int f : order) {
        QSet<int> used;
        for (int n : std::as_const(neighbours[f]))
            used.insert(colour[n]);
        int c = 0;
        while (used.contains(c) && c < paletteSize - 1)
            ++c;
        colour[f] = c;
    }
    QList<SymbolCategory> categories;
    for (std::size_t i = 0; i < t.size(); ++i) {
        SymbolCategory cat;
        cat.value = t.attributes[i].value(keyField);
        // The legend and QGIS name the prefecture, in both languages where the layer has English names.
        const QString zh = t.value(i, QStringLiteral("name")).toString();
        const QString en = t.value(i, QStringLiteral("name_en")).toString();
        cat.label = zh.isEmpty() ? cat.value.toString() : en.isEmpty() ? zh : zh + QStringLiteral(" / ") + en;
        cat.symbol = base;
        cat.symbol.fill = prefecturePalette[colour[i]];
        categories.append(cat);
    }
    return categories;
}

QColor colourForName(const QString &name)
{
    const uint hue = qHash(name, 20231231u) % 360;
    return QColor::fromHsv(static_cast<int>(hue), 150, 200);
}

} // namespace

bool LayerStyle::hasFill() const
{
    const auto filled = [](const auto &c) { return c.symbol.fill.isValid() && c.symbol.fillPattern != Qt::NoBrush; };
    switch (renderer) {
    case Renderer::Single:
        break;
    case Renderer::Categorized:
        return std::any_of(categories.begin(), categories.end(), filled);
    case Renderer::Graduated:
        return std::any_of(ranges.begin(), ranges.end(), filled);
    }
    return symbol.fill.isValid() && symbol.fillPattern != Qt::NoBrush;
}

bool LayerStyle::isVisibleAtScale(double scaleDenominator) const
{
    return (maxScaleDenominator <= 0 || scaleDenominator <= maxScaleDenominator) &&
           (minScaleDenominator <= 0 || scaleDenominator >= minScaleDenominator);
}

const Symbol &LayerStyle::symbolFor(const QVariantList &attributes, int categoryIndex) const
{
    if (categoryIndex < 0 || categoryIndex >= attributes.size() || renderer == Renderer::Single)
        return symbol;
    const QVariant &v = attributes[categoryIndex];
    if (renderer == Renderer::Categorized) {
        for (const SymbolCategory &c : categories) {
            if (c.value == v)
                return c.symbol;
        }
        return symbol;
    }
    bool isNumber = false;
    const double x = v.toDouble(&isNumber);
    if (!isNumber || v.isNull())
        return symbol;
    for (int i = 0; i < ranges.size(); ++i) {
        const SymbolRange &r = ranges[i];
        if ((x > r.lower || (i == 0 && x >= r.lower)) && x <= r.upper)
            return r.symbol;
    }
    return symbol;
}

LayerStyle LayerStyle::defaultFor(const QString &layerName, const FeatureTable &table)
{
    LayerStyle s;
    const QString name = layerName.toLower();
    if (name == QLatin1String("province")) {
        s.symbol.stroke = QColor(0x3a, 0x3a, 0x3a);
        s.symbol.strokeWidthMm = 0.7;
    } else if (name == QLatin1String("prefectures")) {
        s.symbol.stroke = QColor(0x80, 0x80, 0x80);
        s.symbol.strokeWidthMm = 0.4;
        s.symbol.fill = prefecturePalette[0];
        if (const int code = table.fieldIndex(QStringLiteral("code")); code >= 0) {
            s.renderer = Renderer::Categorized;
            s.categoryField = QStringLiteral("code");
            s.categories = neighbourColouredCategories(table, code, s.symbol);
        }
        s.label = {true,
                   QStringLiteral("name"),
                   QStringLiteral("name_en"),
                   10.5,
                   true,
                   QColor(0x22, 0x22, 0x22),
                   Qt::white,
                   0.6,
                   1,
                   0};
    } else if (name == QLatin1String("counties")) {
        s.symbol.stroke = QColor(0xa8, 0xa8, 0xa8);
        s.symbol.strokeWidthMm = 0.15;
        s.label = {true,
                   QStringLiteral("name"),
                   QStringLiteral("name_en"),
                   7,
                   false,
                   QColor(0x55, 0x55, 0x55),
                   Qt::white,
                   0.4,
                   5,
                   0};
    } else if (name == QLatin1String("rivers")) {
        s.symbol.stroke = QColor(0x4a, 0x8f, 0xd4);
        s.symbol.strokeWidthMm = 0.2;
        if (table.fieldIndex(QStringLiteral("class")) >= 0) {
            s.renderer = Renderer::Categorized;
            s.categoryField = QStringLiteral("class");
            // WDBII river classes (see data/reference/PROVENANCE.md).
            const double widths[] = {0.6, 0.4, 0.22};
            // Bilingual like the value lists: the style is stored in the project and shown in either UI.
            const QString labels[] = {QStringLiteral("主要河流（1级） / Major rivers (class 1)"),
                                      QStringLiteral("其他主要河流（2级） / Other major rivers (class 2)"),
                                      QStringLiteral("其他河流（3级） / Other rivers (class 3)")};
            for (int c = 1; c <= 3; ++c) {
                Symbol sym = s.symbol;
                sym.strokeWidthMm = widths[c - 1];
                s.categories.append({c, labels[c - 1], sym});
            }
        }
    } else if (name == QLatin1String("lakes") || name == QLatin1String("reservoirs")) {
        s.symbol.fill = QColor(0xb4, 0xd5, 0xf0);
        s.symbol.stroke = QColor(0x4a, 0x8f, 0xd4);
        s.symbol.strokeWidthMm = 0.15;
    } else if (name == QLatin1String("snwd_canal")) {
        // Dashed: the bundled line is schematic, and the map should not pretend otherwise.
        // Darker than its protection zones, with a white casing, so it reads over zones and villages.
        s.symbol.stroke = QColor(0x00, 0x4d, 0x5a);
        s.symbol.strokeWidthMm = 0.9;
        s.symbol.strokeStyle = Qt::DashLine;
        s.symbol.casing = QColor(0xff, 0xff, 0xff, 230);
        s.symbol.casingWidthMm = 1.6;
    } else if (name == QLatin1String("outfalls") || name == QLatin1String("villages") ||
               name == QLatin1String("mines")) {
        // The work layers: coloured by their status (the same colours on all three), told apart by shape.
        if (name == QLatin1String("outfalls")) {
            s.symbol.fill = QColor(0xd7, 0x30, 0x27);
            s.symbol.stroke = Qt::white;
            s.symbol.strokeWidthMm = 0.25;
            s.symbol.markerSizeMm = 2.4;
        } else if (name == QLatin1String("villages")) {
            s.symbol.fill = QColor(0x6a, 0x3d, 0x9a);
            s.symbol.stroke = QColor(0x33, 0x33, 0x33);
            s.symbol.strokeWidthMm = 0.15;
            s.symbol.marker = Symbol::Marker::Triangle;
            s.symbol.markerSizeMm = 2.0;
        } else {
            // Mines are small: a dark outline and cross-hatching keep them readable over any fill.
            s.symbol.fill = QColor(0x8c, 0x51, 0x0a, 200);
            s.symbol.stroke = QColor(0x3a, 0x20, 0x05);
            s.symbol.strokeWidthMm = 0.3;
        }
        if (const int status = table.fieldIndex(QStringLiteral("status")); status >= 0) {
            s.renderer = Renderer::Categorized;
            s.categoryField = QStringLiteral("status");
            s.categories = classification::categories(table, status, s.symbol);
            if (name == QLatin1String("mines")) {
                for (SymbolCategory &c : s.categories)
                    c.symbol.stroke = c.symbol.fill.darker(220);
            }
        }
    } else if (name == QLatin1String("canal_zones")) {
        s.symbol.fill = QColor(0x00, 0x89, 0x9b, 40);
        s.symbol.stroke = QColor(0x00, 0x89, 0x9b, 160);
        s.symbol.strokeWidthMm = 0.15;
        if (table.fieldIndex(QStringLiteral("zone")) >= 0) {
            s.renderer = Renderer::Categorized;
            s.categoryField = QStringLiteral("zone");
            Symbol primary = s.symbol, secondary = s.symbol;
            // The secondary zone is wide and light, the primary one narrow and strong, so both read at the
            // province's scale and the canal on top stays visible.
            primary.fill = QColor(0x00, 0x6d, 0x7c, 170);
            primary.stroke = QColor(0x00, 0x6d, 0x7c);
            secondary.fill = QColor(0x7f, 0xcd, 0xbb, 150);
            secondary.stroke = QColor(0x2c, 0x9a, 0x8c, 200);
            s.categories = {{QStringLiteral("primary"), QStringLiteral("一级保护区 / primary zone"), primary},
                            {QStringLiteral("secondary"), QStringLiteral("二级保护区 / secondary zone"),
                             secondary}};
        }
    } else {
        const QColor c = colourForName(layerName);
        switch (table.kind) {
        case GeometryKind::Point:
            s.symbol.fill = c;
            s.symbol.stroke = Qt::white;
            s.symbol.strokeWidthMm = 0.2;
            s.symbol.markerSizeMm = 1.8;
            break;
        case GeometryKind::Line:
            s.symbol.stroke = c.darker(120);
            s.symbol.strokeWidthMm = 0.4;
            break;
        default:
            s.symbol.fill = QColor(c.red(), c.green(), c.blue(), 150);
            s.symbol.stroke = c.darker(150);
            s.symbol.strokeWidthMm = 0.2;
        }
    }
    return s;
}

} // namespace ecoplan
