// SPDX-License-Identifier: GPL-3.0-or-later
#include "stylejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace ecoplan::stylejson {
namespace {

template <typename E> struct Names
{
    E value;
    const char *name;
};

constexpr Names<LayerStyle::Renderer> rendererNames[] = {{LayerStyle::Renderer::Single, "single"},
                                                         {LayerStyle::Renderer::Categorized, "categorized"},
                                                         {LayerStyle::Renderer::Graduated, "graduated"}};
constexpr Names<Symbol::Marker> markerNames[] = {
    {Symbol::Marker::Circle, "circle"},   {Symbol::Marker::Square, "square"},
    {Symbol::Marker::Triangle, "triangle"}, {Symbol::Marker::Diamond, "diamond"},
    {Symbol::Marker::Star, "star"},       {Symbol::Marker::Cross, "cross"}};
constexpr Names<Qt::PenStyle> penNames[] = {{Qt::NoPen, "none"},          {Qt::SolidLine, "solid"},
                                            {Qt::DashLine, "dash"},        {Qt::DotLine, "dot"},
                                            {Qt::DashDotLine, "dash dot"}, {Qt::DashDotDotLine, "dash dot dot"}};
constexpr Names<Qt::BrushStyle> brushNames[] = {
    {Qt::NoBrush, "none"},           {Qt::SolidPattern, "solid"},      {Qt::HorPattern, "horizontal"},
    {Qt::VerPattern, "vertical"},    {Qt::CrossPattern, "cross"},      {Qt::BDiagPattern, "b_diagonal"},
    {Qt::FDiagPattern, "f_diagonal"}, {Qt::DiagCrossPattern, "diagonal_x"}, {Qt::Dense4Pattern, "dense4"},
    {Qt::Dense6Pattern, "dense6"}};
constexpr Names<LabelStyle::Placement> placementNames[] = {{LabelStyle::Placement::Around, "around"},
                                                           {LabelStyle::Placement::Over, "over"},
                                                           {LabelStyle::Placement::Line, "line"}};

template <typename E, std::size_t N> QString nameOf(const Names<E> (&names)[N], E value)
{
    for (const auto &n : names) {
        if (n.value == value)
            return QLatin1String(n.name);
    }
    return QLatin1String(names[0].name);
}

/// Reads an enum by name; unknown names are an error (a newer workbench's style), missing ones the default.
template <typename E, std::size_t N>
bool readEnum(const QJsonObject &o, const char *key, const Names<E> (&names)[N], E &out, QString &error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    for (const auto &n : names) {
        if (v.toString() == QLatin1String(n.name)) {
            out = n.value;
            return true;
        }
    }
    error = QStringLiteral("unknown %1 “%2”").arg(QLatin1String(key), v.toString());
    return false;
}

QJsonValue colour(const QColor &c)
{
    return c.isValid() ? QJsonValue(c.name(QColor::HexArgb)) : QJsonValue();
}

QColor colour(const QJsonValue &v, const QColor &fallback)
{
    if (v.isUndefined())
        return fallback;
    return v.isString() ? QColor(v.toString()) : QColor();
}

QJsonObject writeSymbol(const Symbol &s)
{
    return {{QStringLiteral("fill"), colour(s.fill)},
            {QStringLiteral("fill_pattern"), nameOf(brushNames, s.fillPattern)},
            {QStringLiteral("stroke"), colour(s.stroke)},
            {QStringLiteral("stroke_width_mm"), s.strokeWidthMm},
            {QStringLiteral("stroke_style"), nameOf(penNames, s.strokeStyle)},
            {QStringLiteral("casing"), colour(s.casing)},
            {QStringLiteral("casing_width_mm"), s.casingWidthMm},
            {QStringLiteral("marker"), nameOf(markerNames, s.marker)},
            {QStringLiteral("marker_size_mm"), s.markerSizeMm}};
}

bool readSymbol(const QJsonObject &o, Symbol &s, QString &error)
{
    s.fill = colour(o.value(QLatin1String("fill")), s.fill);
    s.stroke = colour(o.value(QLatin1String("stroke")), s.stroke);
    s.casing = colour(o.value(QLatin1String("casing")), s.casing);
    s.strokeWidthMm = o.value(QLatin1String("stroke_width_mm")).toDouble(s.strokeWidthMm);
    s.casingWidthMm = o.value(QLatin1String("casing_width_mm")).toDouble(s.casingWidthMm);
    s.markerSizeMm = o.value(QLatin1String("marker_size_mm")).toDouble(s.markerSizeMm);
    return readEnum(o, "fill_pattern", brushNames, s.fillPattern, error) &&
           readEnum(o, "stroke_style", penNames, s.strokeStyle, error) &&
           readEnum(o, "marker", markerNames, s.marker, error);
}

QString where(const QString &source, const QString &error)
{
    return QCoreApplication::translate("ecoplan::stylejson", "The style of %1 cannot be read: %2")
        .arg(source, error);
}

} // namespace

QByteArray write(const LayerStyle &style)
{
    QJsonArray categories;
    for (const SymbolCategory &c : style.categories)
        categories.append(QJsonObject{{QStringLiteral("value"), QJsonValue::fromVariant(c.value)},
                                      {QStringLiteral("label"), c.label},
                                      {QStringLiteral("symbol"), writeSymbol(c.symbol)}});
    QJsonArray ranges;
    for (const SymbolRange &r : style.ranges)
        ranges.append(QJsonObject{{QStringLiteral("lower"), r.lower},
                                  {QStringLiteral("upper"), r.upper},
                                  {QStringLiteral("label"), r.label},
                                  {QStringLiteral("symbol"), writeSymbol(r.symbol)}});
    const LabelStyle &l = style.label;
    const QJsonObject label{{QStringLiteral("enabled"), l.isEnabled},
                            {QStringLiteral("field"), l.field},
                            {QStringLiteral("english_field"), l.englishField},
                            {QStringLiteral("size_pt"), l.sizePt},
                            {QStringLiteral("bold"), l.isBold},
                            {QStringLiteral("color"), colour(l.color)},
                            {QStringLiteral("halo"), colour(l.halo)},
                            {QStringLiteral("halo_mm"), l.haloMm},
                            {QStringLiteral("priority"), l.priority},
                            {QStringLiteral("max_scale_denominator"), l.maxScaleDenominator},
                            {QStringLiteral("placement"), nameOf(placementNames, l.placement)}};
    const QJsonObject o{{QStringLiteral("version"), 1},
                        {QStringLiteral("renderer"), nameOf(rendererNames, style.renderer)},
                        {QStringLiteral("symbol"), writeSymbol(style.symbol)},
                        {QStringLiteral("field"), style.categoryField},
                        {QStringLiteral("categories"), categories},
                        {QStringLiteral("ranges"), ranges},
                        {QStringLiteral("label"), label},
                        {QStringLiteral("opacity"), style.opacity},
                        {QStringLiteral("min_scale_denominator"), style.minScaleDenominator},
                        {QStringLiteral("max_scale_denominator"), style.maxScaleDenominator}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<LayerStyle> read(const QByteArray &json, const QString &source)
{
    using R = Result<LayerStyle>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return R::failure(where(source, parseError.error != QJsonParseError::NoError
                                            ? parseError.errorString()
                                            : QStringLiteral("not a JSON object")));
    const QJsonObject o = doc.object();
    LayerStyle s;
    QString error;
    if (!readEnum(o, "renderer", rendererNames, s.renderer, error) ||
        !readSymbol(o.value(QLatin1String("symbol")).toObject(), s.symbol, error))
        return R::failure(where(source, error));
    s.categoryField = o.value(QLatin1String("field")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("categories")).toArray()) {
        const QJsonObject c = v.toObject();
        SymbolCategory cat{c.value(QLatin1String("value")).toVariant(), c.value(QLatin1String("label")).toString(),
                           {}};
        if (!readSymbol(c.value(QLatin1String("symbol")).toObject(), cat.symbol, error))
            return R::failure(where(source, error));
        s.categories.append(cat);
    }
    for (const QJsonValue &v : o.value(QLatin1String("ranges")).toArray()) {
        const QJsonObject r = v.toObject();
        SymbolRange range{r.value(QLatin1String("lower")).toDouble(), r.value(QLatin1String("upper")).toDouble(),
                          r.value(QLatin1String("label")).toString(), {}};
        if (!readSymbol(r.value(QLatin1String("symbol")).toObject(), range.symbol, error))
            return R::failure(where(source, error));
        s.ranges.append(range);
    }
    const QJsonObject l = o.value(QLatin1String("label")).toObject();
    LabelStyle &label = s.label;
    label.isEnabled = l.value(QLatin1String("enabled")).toBool(label.isEnabled);
    label.field = l.value(QLatin1String("field")).toString();
    label.englishField = l.value(QLatin1String("english_field")).toString();
    label.sizePt = l.value(QLatin1String("size_pt")).toDouble(label.sizePt);
    label.isBold = l.value(QLatin1String("bold")).toBool(label.isBold);
    label.color = colour(l.value(QLatin1String("color")), label.color);
    label.halo = colour(l.value(QLatin1String("halo")), label.halo);
    label.haloMm = l.value(QLatin1String("halo_mm")).toDouble(label.haloMm);
    label.priority = l.value(QLatin1String("priority")).toInt(label.priority);
    label.maxScaleDenominator = l.value(QLatin1String("max_scale_denominator")).toDouble(0);
    if (!readEnum(l, "placement", placementNames, label.placement, error))
        return R::failure(where(source, error));
    s.opacity = std::clamp(o.value(QLatin1String("opacity")).toDouble(1.0), 0.0, 1.0);
    s.minScaleDenominator = o.value(QLatin1String("min_scale_denominator")).toDouble(0);
    s.maxScaleDenominator = o.value(QLatin1String("max_scale_denominator")).toDouble(0);
    return s;
}

} // namespace ecoplan::stylejson
