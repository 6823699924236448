// SPDX-License-Identifier: GPL-3.0-or-later
#include "classification.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace ecoplan::classification {
namespace {

/// Sorted, without NaNs.
std::vector<double> cleaned(std::vector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
                 values.end());
    std::sort(values.begin(), values.end());
    return values;
}

/// Drops bounds equal to the one before (they would make empty classes).
QList<double> distinct(const QList<double> &bounds)
{
    QList<double> out;
    for (double b : bounds) {
        if (out.isEmpty() || b > out.last())
            out.append(b);
    }
    return out;
}

constexpr int jenksSampleSize = 3000;

} // namespace

QList<double> breaks(Method method, std::vector<double> values, int classes)
{
    switch (method) {
    case Method::EqualInterval:
        return equalIntervalBreaks(std::move(values), classes);
    case Method::Quantile:
        return quantileBreaks(std::move(values), classes);
    case Method::NaturalBreaks:
        return jenksBreaks(std::move(values), classes);
    }
    return {};
}

QList<double> equalIntervalBreaks(std::vector<double> values, int classes)
{
    values = cleaned(std::move(values));
    if (values.empty() || classes < 1)
        return {};
    const double lo = values.front(), hi = values.back();
    QList<double> bounds;
    for (int i = 1; i < classes; ++i)
        bounds.append(lo + (hi - lo) * i / classes);
    bounds.append(hi);
    return distinct(bounds);
}

QList<double> quantileBreaks(std::vector<double> values, int classes)
{
    values = cleaned(std::move(values));
    if (values.empty() || classes < 1)
        return {};
    const double n = double(values.size());
    QList<double> bounds;
    for (int i = 1; i < classes; ++i) {
        const double h = (n - 1) * i / classes;
        const auto k = static_cast<std::size_t>(std::floor(h));
        const double next = values[std::min(k + 1, values.size() - 1)];
        bounds.append(values[k] + (h - double(k)) * (next - values[k]));
    }
    bounds.append(values.back());
    return distinct(bounds);
}

QList<double> jenksBreaks(std::vector<double> values, int classes)
{
    values = cleaned(std::move(values));
    if (values.empty() || classes < 1)
        return {};
    if (values.size() > jenksSampleSize) {
        std::vector<double> sample(jenksSampleSize);
        for (std::size_t i = 0; i < jenksSampleSize; ++i)
            sample[i] = values[i * (values.size() - 1) / (jenksSampleSize - 1)];
        values = std::move(sample);
    }
    const int n = static_cast<int>(values.size());
    const int k = std::min(classes, n);
    // lower[i][j]: where (1-based) the last of j classes of the first i values starts; cost[i][j]: the
    // least sum of squared deviations of such a division (Fisher 1958, as in Jenks' program).
    std::vector<std::vector<int>> lower(n + 1, std::vector<int>(k + 1, 0));
    std::vector<std::vector<double>> cost(n + 1,
                                          std::vector<double>(k + 1, std::numeric_limits<double>::infinity()));
    for (int j = 1; j <= k; ++j) {
        lower[1][j] = 1;
        cost[1][j] = 0;
    }
    for (int i = 2; i <= n; ++i) {
        double sum = 0, sumSquares = 0, variance = 0;
        for (int m = 1; m <= i; ++m) {
            // The last class holds values start..i (1-based).
            const int start = i - m + 1;
            const double v = values[start - 1];
            sum += v;
            sumSquares += v * v;
            variance = sumSquares - sum * sum / m;
            const int before = start - 1;
            if (before == 0)
                continue;
            for (int j = 2; j <= k; ++j) {
                if (cost[i][j] >= variance + cost[before][j - 1]) {
                    lower[i][j] = start;
                    cost[i][j] = variance + cost[before][j - 1];
                }
            }
        }
        lower[i][1] = 1;
        cost[i][1] = variance;
    }
    QList<double> bounds(k);
    bounds[k - 1] = values[n - 1];
    int end = n;
    for (int j = k; j >= 2; --j) {
        // Class j starts at value j at the earliest, so the classes before it hold one value each (ties
        // among equal values can otherwise point before the first value).
        const int start = std::max(lower[end][j], j);
        bounds[j - 2] = values[start - 2];
        end = start - 1;
    }
    return distinct(bounds);
}

QList<QColor> rampColours(const QList<QColor> &stops, int count)
{
    QList<QColor> out;
    if (stops.isEmpty() || count < 1)
        return out;
    for (int i = 0; i < count; ++i) {
        const double t = count == 1 ? 0.5 : double(i) / (count - 1);
        const double pos = t * (stops.size() - 1);
        const int a = std::min(int(std::floor(pos)), int(stops.size()) - 1);
        const int b = std::min(a + 1, int(stops.size()) - 1);
        const double f = pos - a;
        const QColor &ca = stops[a], &cb = stops[b];
        // Eight bits a channel, as stored (JSON, QML): the colour read back is the same colour.
        auto mix = [f](int a, int b) { return qRound(a + f * (b - a)); };
        out.append(QColor(mix(ca.red(), cb.red()), mix(ca.green(), cb.green()), mix(ca.blue(), cb.blue()),
                          mix(ca.alpha(), cb.alpha())));
    }
    return out;
}

QString rangeLabel(double lower, double upper, double width)
{
    // Three significant digits of the class width, no trailing zeros, none for whole numbers.
    int decimals = 0;
    if (width > 0)
        decimals = std::clamp(int(std::ceil(-std::log10(width))) + 2, 0, 6);
    if (std::floor(lower) == lower && std::floor(upper) == upper && width >= 1)
        decimals = 0;
    const QLocale c = QLocale::c();
    auto text = [&](double v) {
        QString t = c.toString(v, 'f', decimals);
        if (t.contains(QLatin1Char('.'))) {
            while (t.endsWith(QLatin1Char('0')))
                t.chop(1);
            if (t.endsWith(QLatin1Char('.')))
                t.chop(1);
        }
        return t;
    };
    return QStringLiteral("%1 – %2").arg(text(lower), text(upper));
}

Symbol recoloured(Symbol base, const QColor &colour, GeometryKind kind)
{
    if (kind == GeometryKind::Line) {
        base.stroke = colour;
    } else {
        QColor fill = colour;
        // Keep the base's transparency: zones and mines are see-through so that what lies below shows.
        if (base.fill.isValid())
            fill.setAlpha(base.fill.alpha());
        base.fill = fill;
    }
    return base;
}

QList<SymbolRange> ranges(const std::vector<double> &values, Method method, int classes,
                          const QList<QColor> &ramp, const Symbol &base, GeometryKind kind)
{
    const QList<double> bounds = breaks(method, values, classes);
    QList<SymbolRange> out;
    if (bounds.isEmpty())
        return out;
    double lo = std::numeric_limits<double>::infinity();
    for (double v : values) {
        if (!std::isnan(v))
            lo = std::min(lo, v);
    }
    const QList<QColor> colours = rampColours(ramp, int(bounds.size()));
    double lower = lo;
    double smallest = std::numeric_limits<double>::infinity();
    for (double b : bounds) {
        if (b > lower)
            smallest = std::min(smallest, b - lower);
        lower = b;
    }
    lower = lo;
    for (int i = 0; i < bounds.size(); ++i) {
        out.append({lower, bounds[i], rangeLabel(lower, bounds[i], smallest),
                    recoloured(base, colours[i], kind)});
        lower = bounds[i];
    }
    return out;
}

QColor categoryColour(int index)
{
    static const QColor okabeIto[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                      QColor(0x00, 0x9e, 0x73), QColor(0xf0, 0xe4, 0x42),
                                      QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                      QColor(0xcc, 0x79, 0xa7), QColor(0x99, 0x99, 0x99)};
    constexpr int size = int(std::size(okabeIto));
    if (index >= 0 && index < size)
        return okabeIto[index];
    return QColor::fromHsv((index * 137) % 360, 160, 210); // golden-angle steps
}

QColor statusColour(const QString &code)
{
    if (code == QLatin1String("not_started"))
        return QColor(0xd5, 0x5e, 0x00);
    if (code == QLatin1String("in_progress"))
        return QColor(0xe6, 0x9f, 0x00);
    if (code == QLatin1String("completed"))
        return QColor(0x00, 0x9e, 0x73);
    if (code == QLatin1String("verified"))
        return QColor(0x00, 0x72, 0xb2);
    return {};
}

QList<SymbolCategory> categories(const FeatureTable &table, int fieldIndex, const Symbol &base)
{
    QList<SymbolCategory> out;
    if (fieldIndex < 0 || fieldIndex >= table.fields.size())
        return out;
    const Field &field = table.fields[fieldIndex];
    QList<QPair<QVariant, QString>> values;
    if (field.valueList) {
        values = field.valueList->values;
    } else {
        QList<QVariant> found;
        QSet<QString> seen;
        for (const QVariantList &row : table.attributes) {
            const QVariant v = row.value(fieldIndex);
            if (v.isNull() || seen.contains(v.toString()))
                continue;
            seen.insert(v.toString());
            found.append(v);
        }
        std::sort(found.begin(), found.end(), [](const QVariant &a, const QVariant &b) {
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        });
        for (const QVariant &v : std::as_const(found))
            values.append({v, v.toString()});
    }
    const bool isStatus = field.valueList && field.valueList->name == QLatin1String("work_status");
    for (int i = 0; i < values.size(); ++i) {
        QColor colour = isStatus ? statusColour(values[i].first.toString()) : QColor();
        if (!colour.isValid())
            colour = categoryColour(i);
        out.append({values[i].first, values[i].second, recoloured(base, colour, table.kind)});
    }
    return out;
}

std::vector<double> numericValues(const FeatureTable &table, int fieldIndex)
{
    std::vector<double> values;
    values.reserve(table.size());
    for (const QVariantList &row : table.attributes) {
        const QVariant &cell = row.value(fieldIndex);
        bool ok = false;
        const double v = cell.toDouble(&ok);
        if (ok && !cell.isNull())
            values.push_back(v);
    }
    return values;
}

} // namespace ecoplan::classification
