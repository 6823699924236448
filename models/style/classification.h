// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/featuretable.h"
#include "layer/layerstyle.h"

#include <QColor>
#include <QList>

#include <vector>

namespace ecoplan {

/// Dividing a numeric field into classes and a field's values into categories, for graduated and
/// categorized styles. Pure functions: no project, no GUI.
namespace classification {

enum class Method { EqualInterval, Quantile, NaturalBreaks };

/// The upper bounds of at most `classes` classes of `values` (ascending, the last is the maximum); the first
/// class starts at the minimum. Fewer bounds when the values allow fewer distinct classes (e.g. quantiles
/// of values that are mostly equal). Empty for no values or classes < 1. NaNs are ignored.
QList<double> breaks(Method method, std::vector<double> values, int classes);
/// Equal interval: bounds at min + i·(max − min)/classes.
QList<double> equalIntervalBreaks(std::vector<double> values, int classes);
/// Quantiles: each class holds about as many values; bound i is the i/classes quantile (linear
/// interpolation between order statistics, R's type 7).
QList<double> quantileBreaks(std::vector<double> values, int classes);
/// Natural breaks (Jenks, Fisher's exact optimisation): the bounds that minimise the sum of squared
/// deviations from the class means. Each bound is a data value. Above 3000 values an evenly spaced sample
/// of the sorted values is classified (the method is quadratic in the number of values).
QList<double> jenksBreaks(std::vector<double> values, int classes);

/// `count` colours spread evenly along a ramp through `stops` (two or three colours), interpolated in RGB.
QList<QColor> rampColours(const QList<QColor> &stops, int count);
/// A class label "lower – upper" with as many decimals as the class widths need.
QString rangeLabel(double lower, double upper, double width);

/// Graduated classes of `values`: bounds by `method`, colours from `ramp` applied to `base` (fill for
/// polygons and points, stroke for lines).
QList<SymbolRange> ranges(const std::vector<double> &values, Method method, int classes,
                          const QList<QColor> &ramp, const Symbol &base, GeometryKind kind);
/// The numbers of field `fieldIndex` in `table` (null and non-numeric cells left out), to classify.
std::vector<double> numericValues(const FeatureTable &table, int fieldIndex);

/// A distinct colour for category `index`: the Okabe–Ito palette (readable with colour-blindness), then
/// hues spread around the circle.
QColor categoryColour(int index);
/// Colours for the work_status value list, the same on every layer: not started vermillion, in progress
/// orange, completed bluish green, verified blue (Okabe–Ito). Invalid for another code.
QColor statusColour(const QString &code);
/// One category per value of field `fieldIndex`: the value list's codes in its order (with its labels)
/// if the field has one, else the distinct values found in `table`, sorted. Colours as categoryColour (or
/// statusColour for the work_status list) applied to `base` as in ranges().
QList<SymbolCategory> categories(const FeatureTable &table, int fieldIndex, const Symbol &base);
/// `base` with its colour replaced: the fill for polygons and points, the stroke for lines.
Symbol recoloured(Symbol base, const QColor &colour, GeometryKind kind);

} // namespace classification
} // namespace ecoplan
