// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "featuretable.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QVariant>

namespace ecoplan {

/// How one feature is drawn. Sizes are in millimetres so that screen, PNG at any DPI and paper agree.
struct Symbol
{
    enum class Marker { Circle, Square, Triangle, Diamond, Star, Cross };
    QColor fill;               ///< invalid = no fill
    /// How the fill is painted: solid, or a hatching (Qt's brush styles, which QGIS also knows).
    Qt::BrushStyle fillPattern = Qt::SolidPattern;
    QColor stroke = Qt::black; ///< invalid = no outline
    double strokeWidthMm = 0.26;
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    QColor casing; ///< lines: a wider line drawn underneath, invalid = none
    double casingWidthMm = 0;
    Marker marker = Marker::Circle;
    double markerSizeMm = 2.0;

    bool operator==(const Symbol &) const = default;
};

struct SymbolCategory
{
    QVariant value;
    QString label;
    Symbol symbol;

    bool operator==(const SymbolCategory &) const = default;
};

/// One class of a graduated style: values v with lower < v <= upper (the first class also takes v == lower).
struct SymbolRange
{
    double lower = 0;
    double upper = 0;
    QString label;
    Symbol symbol;

    bool operator==(const SymbolRange &) const = default;
};

/// Which attribute labels the features and how. The label text is `field`, or `englishField` when the map
/// is labelled in English and the layer has that field.
struct LabelStyle
{
    /// Around: the anchor or, if taken, just above, below, right or left of it. Over: on the anchor only.
    /// Line: along the line through the anchor (line layers; elsewhere as Around).
    enum class Placement { Around, Over, Line };
    bool isEnabled = false;
    QString field;
    QString englishField;
    double sizePt = 8;
    bool isBold = false;
    QColor color = QColor(0x33, 0x33, 0x33);
    QColor halo = Qt::white;
    double haloMm = 0.5;
    /// Lower is placed first; a label colliding with an earlier one is dropped.
    int priority = 10;
    /// Labels are shown only at scales larger than 1:maxScaleDenominator (0 = always).
    double maxScaleDenominator = 0;
    Placement placement = Placement::Around;

    bool operator==(const LabelStyle &) const = default;
};

/// A layer's symbology as a GIS user knows it (and as QGIS stores it): one symbol for all features, one per
/// value of `categoryField` (categorized), or one per class of a numeric `categoryField` (graduated); plus
/// labelling, the scales at which the layer is shown, and its opacity.
struct LayerStyle
{
    enum class Renderer { Single, Categorized, Graduated };
    Renderer renderer = Renderer::Single;
    /// The symbol of the single renderer, and of features no category or class takes.
    Symbol symbol;
    /// The field the categories or classes are of.
    QString categoryField;
    QList<SymbolCategory> categories;
    QList<SymbolRange> ranges;
    LabelStyle label;
    double opacity = 1.0;
    /// The layer is drawn only at scales 1:N with minScaleDenominator <= N <= maxScaleDenominator; 0 = no
    /// limit. maxScaleDenominator is the zoomed-out limit (QGIS calls it minScale).
    double minScaleDenominator = 0;
    double maxScaleDenominator = 0;

    bool operator==(const LayerStyle &) const = default;

    /// Whether any feature is drawn with a fill (else polygons show only outlines).
    bool hasFill() const;
    /// Whether the layer is drawn at scale 1:`scaleDenominator`.
    bool isVisibleAtScale(double scaleDenominator) const;
    /// The symbol for a feature's attributes; `categoryIndex` is the table's index of categoryField or -1.
    const Symbol &symbolFor(const QVariantList &attributes, int categoryIndex) const;

    /// The cartography we ship for a layer: hand-made for the Henan reference layers (by table name),
    /// otherwise a readable default in a colour derived from the name, so it is stable between runs.
    static LayerStyle defaultFor(const QString &layerName, const FeatureTable &table);
};

} // namespace ecoplan
