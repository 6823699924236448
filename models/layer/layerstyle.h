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
    enum class Marker { Circle, Square, Triangle };
    QColor fill;               ///< invalid = no fill
    QColor stroke = Qt::black; ///< invalid = no outline
    double strokeWidthMm = 0.26;
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    QColor casing; ///< lines: a wider line drawn underneath, invalid = none
    double casingWidthMm = 0;
    Marker marker = Marker::Circle;
    double markerSizeMm = 2.0;
};

struct SymbolCategory
{
    QVariant value;
    QString label;
    Symbol symbol;
};

/// Which attribute labels the features and how. The label text is `field`, or `englishField` when the map
/// is labelled in English and the layer has that field.
struct LabelStyle
{
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
};

/// A layer's symbology: one symbol, or one per value of `categoryField`, plus labelling.
struct LayerStyle
{
    Symbol symbol;
    QString categoryField;
    QList<SymbolCategory> categories;
    LabelStyle label;

    /// Whether any feature is drawn with a fill (else polygons show only outlines).
    bool hasFill() const;
    /// The symbol for a feature's attributes; `categoryIndex` is the table's index of categoryField or -1.
    const Symbol &symbolFor(const QVariantList &attributes, int categoryIndex) const;

    /// The cartography we ship for a layer: hand-made for the Henan reference layers (by table name),
    /// otherwise a readable default in a colour derived from the name, so it is stable between runs.
    static LayerStyle defaultFor(const QString &layerName, const FeatureTable &table);
};

} // namespace ecoplan
