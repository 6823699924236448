// SPDX-License-Identifier: GPL-3.0-or-later
#include "styleqml.h"

#include "render/fontsetup.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace ecoplan::styleqml {
namespace {

QString rgba(const QColor &c)
{
    if (!c.isValid())
        return QStringLiteral("0,0,0,0");
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

/// QGIS's names (QgsSymbolLayerUtils::encodePenStyle / encodeBrushStyle).
QString penStyle(Qt::PenStyle s)
{
    switch (s) {
    case Qt::NoPen:
        return QStringLiteral("no");
    case Qt::DashLine:
        return QStringLiteral("dash");
    case Qt::DotLine:
        return QStringLiteral("dot");
    case Qt::DashDotLine:
        return QStringLiteral("dash dot");
    case Qt::DashDotDotLine:
        return QStringLiteral("dash dot dot");
    default:
        return QStringLiteral("solid");
    }
}

QString brushStyle(Qt::BrushStyle s)
{
    switch (s) {
    case Qt::NoBrush:
        return QStringLiteral("no");
    case Qt::HorPattern:
        return QStringLiteral("horizontal");
    case Qt::VerPattern:
        return QStringLiteral("vertical");
    case Qt::CrossPattern:
        return QStringLiteral("cross");
    case Qt::BDiagPattern:
        return QStringLiteral("b_diagonal");
    case Qt::FDiagPattern:
        return QStringLiteral("f_diagonal");
    case Qt::DiagCrossPattern:
        return QStringLiteral("diagonal_x");
    case Qt::Dense4Pattern:
        return QStringLiteral("dense4");
    case Qt::Dense6Pattern:
        return QStringLiteral("dense6");
    default:
        return QStringLiteral("solid");
    }
}

QString markerName(Symbol::Marker m)
{
    switch (m) {
    case Symbol::Marker::Square:
        return QStringLiteral("square");
    case Symbol::Marker::Triangle:
        return QStringLiteral("triangle");
    case Symbol::Marker::Diamond:
        return QStringLiteral("diamond");
    case Symbol::Marker::Star:
        return QStringLiteral("star");
    case Symbol::Marker::Cross:
        return QStringLiteral("cross2");
    default:
        return QStringLiteral("circle");
    }
}

class Writer
{
public:
    explicit Writer(QString *out) : x(out) { x.setAutoFormatting(true); }

    void option(const QString &name, const QString &value)
    {
        x.writeStartElement(QStringLiteral("Option"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
        x.writeAttribute(QStringLiteral("name"), name);
        x.writeAttribute(QStringLiteral("value"), value);
        x.writeEndElement();
    }

    void symbolLayer(const QString &cls, const QList<QPair<QString, QString>> &options)
    {
        x.writeStartElement(QStringLiteral("layer"));
        x.writeAttribute(QStringLiteral("class"), cls);
        x.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
        x.writeStartElement(QStringLiteral("Option"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        for (const auto &[name, value] : options)
            option(name, value);
        x.writeEndElement();
        x.writeEndElement();
    }

    void symbol(const Symbol &s, GeometryKind kind, const QString &name)
    {
        x.writeStartElement(QStringLiteral("symbol"));
        const QString type = kind == GeometryKind::Point  ? QStringLiteral("marker")
                             : kind == GeometryKind::Line ? QStringLiteral("line")
                                                          : QStringLiteral("fill");
        x.writeAttribute(QStringLiteral("type"), type);
        x.writeAttribute(QStringLiteral("name"), name);
        x.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
        const QString outlineStyle = s.stroke.isValid() ? penStyle(s.strokeStyle) : QStringLiteral("no");
        const QString mm = QStringLiteral("MM");
        if (kind == GeometryKind::Point) {
            symbolLayer(QStringLiteral("SimpleMarker"),
                        {{QStringLiteral("name"), markerName(s.marker)},
                         {QStringLiteral("color"), rgba(s.fill)},
                         {QStringLiteral("outline_color"), rgba(s.stroke)},
                         {QStringLiteral("outline_style"), outlineStyle},
                         {QStringLiteral("outline_width"), number(s.strokeWidthMm)},
                         {QStringLiteral("outline_width_unit"), mm},
                         {QStringLiteral("size"), number(s.markerSizeMm)},
                         {QStringLiteral("size_unit"), mm},
                         {QStringLiteral("joinstyle"), QStringLiteral("bevel")},
                         {QStringLiteral("scale_method"), QStringLiteral("diameter")}});
        } else if (kind == GeometryKind::Line) {
            auto line = [&](const QColor &c, double width, Qt::PenStyle style) {
                symbolLayer(QStringLiteral("SimpleLine"),
                            {{QStringLiteral("line_color"), rgba(c)},
                             {QStringLiteral("line_style"), c.isValid() ? penStyle(style) : QStringLiteral("no")},
                             {QStringLiteral("line_width"), number(width)},
                             {QStringLiteral("line_width_unit"), mm},
                             {QStringLiteral("capstyle"), QStringLiteral("flat")},
                             {QStringLiteral("joinstyle"), QStringLiteral("bevel")}});
            };
            // The casing is a wider line underneath: QGIS draws a symbol's layers bottom first.
            if (s.casing.isValid() && s.casingWidthMm > 0)
                line(s.casing, s.casingWidthMm, Qt::SolidLine);
            line(s.stroke, s.strokeWidthMm, s.strokeStyle);
        } else {
            symbolLayer(QStringLiteral("SimpleFill"),
                        {{QStringLiteral("color"), rgba(s.fill)},
                         {QStringLiteral("style"),
                          s.fill.isValid() ? brushStyle(s.fillPattern) : QStringLiteral("no")},
                         {QStringLiteral("outline_color"), rgba(s.stroke)},
                         {QStringLiteral("outline_style"), outlineStyle},
                         {QStringLiteral("outline_width"), number(s.strokeWidthMm)},
                         {QStringLiteral("outline_width_unit"), mm},
                         {QStringLiteral("joinstyle"), QStringLiteral("bevel")}});
        }
        x.writeEndElement();
    }

    void labeling(const LabelStyle &l, GeometryKind kind)
    {
        x.writeStartElement(QStringLiteral("labeling"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("simple"));
        x.writeStartElement(QStringLiteral("settings"));
        x.writeAttribute(QStringLiteral("calloutType"), QStringLiteral("simple"));
        x.writeStartElement(QStringLiteral("text-style"));
        x.writeAttribute(QStringLiteral("fieldName"), l.field);
        x.writeAttribute(QStringLiteral("isExpression"), QStringLiteral("0"));
        // The font the workbench labels with (WenQuanYi Zen Hei where installed): it has the Chinese glyphs.
        const QString family = labelFontFamily();
        x.writeAttribute(QStringLiteral("fontFamily"),
                         family == QLatin1String("sans-serif") ? QStringLiteral("WenQuanYi Zen Hei") : family);
        x.writeAttribute(QStringLiteral("fontSize"), number(l.sizePt));
        x.writeAttribute(QStringLiteral("fontSizeUnit"), QStringLiteral("Point"));
        x.writeAttribute(QStringLiteral("fontWeight"), l.isBold ? QStringLiteral("75") : QStringLiteral("50"));
        x.writeAttribute(QStringLiteral("textColor"), rgba(l.color));
        x.writeAttribute(QStringLiteral("textOpacity"), QStringLiteral("1"));
        x.writeStartElement(QStringLiteral("text-buffer"));
        const bool halo = l.halo.isValid() && l.haloMm > 0;
        x.writeAttribute(QStringLiteral("bufferDraw"), halo ? QStringLiteral("1") : QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("bufferSize"), number(l.haloMm));
        x.writeAttribute(QStringLiteral("bufferSizeUnits"), QStringLiteral("MM"));
        x.writeAttribute(QStringLiteral("bufferColor"), rgba(l.halo));
        x.writeAttribute(QStringLiteral("bufferOpacity"), QStringLiteral("1"));
        x.writeAttribute(QStringLiteral("bufferNoFill"), QStringLiteral("1"));
        x.writeEndElement(); // text-buffer
        x.writeEndElement(); // text-style
        // QgsPalLayerSettings::Placement: AroundPoint 0, OverPoint 1, Line 2.
        int placement = 0;
        if (l.placement == LabelStyle::Placement::Over)
            placement = 1;
        else if (l.placement == LabelStyle::Placement::Line && kind == GeometryKind::Line)
            placement = 2;
        x.writeStartElement(QStringLiteral("placement"));
        x.writeAttribute(QStringLiteral("placement"), QString::number(placement));
        x.writeAttribute(QStringLiteral("dist"), QStringLiteral("0.5"));
        x.writeAttribute(QStringLiteral("distUnits"), QStringLiteral("MM"));
        // Our priorities run 1 (first) .. 10; QGIS's 0 .. 10 with 10 the most important.
        x.writeAttribute(QStringLiteral("priority"), QString::number(std::clamp(11 - l.priority, 0, 10)));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("rendering"));
        x.writeAttribute(QStringLiteral("drawLabels"), QStringLiteral("1"));
        // scaleMax is QGIS's zoomed-out limit, as in the layer's minScale.
        x.writeAttribute(QStringLiteral("scaleVisibility"),
                         l.maxScaleDenominator > 0 ? QStringLiteral("1") : QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("scaleMax"), number(l.maxScaleDenominator));
        x.writeAttribute(QStringLiteral("scaleMin"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("obstacle"), QStringLiteral("1"));
        x.writeEndElement();
        x.writeEndElement(); // settings
        x.writeEndElement(); // labeling
    }

    QXmlStreamWriter x;
};

} // namespace

QString write(const LayerStyle &style, GeometryKind kind)
{
    QString out;
    Writer w(&out);
    QXmlStreamWriter &x = w.x;
    x.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    x.writeStartElement(QStringLiteral("qgis"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.16-Białowieża"));
    x.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("Symbology|Labeling|Rendering"));
    const bool scaled = style.minScaleDenominator > 0 || style.maxScaleDenominator > 0;
    x.writeAttribute(QStringLiteral("hasScaleBasedVisibilityFlag"), scaled ? QStringLiteral("1") : QStringLiteral("0"));
    // QGIS's minScale is the zoomed-out limit (the larger denominator), maxScale the zoomed-in one.
    x.writeAttribute(QStringLiteral("minScale"), number(style.maxScaleDenominator));
    x.writeAttribute(QStringLiteral("maxScale"), number(style.minScaleDenominator));
    const bool labelled = style.label.isEnabled && !style.label.field.isEmpty();
    x.writeAttribute(QStringLiteral("labelsEnabled"), labelled ? QStringLiteral("1") : QStringLiteral("0"));

    x.writeStartElement(QStringLiteral("renderer-v2"));
    x.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
    const bool categorized = style.renderer == LayerStyle::Renderer::Categorized && !style.categoryField.isEmpty();
    const bool graduated = style.renderer == LayerStyle::Renderer::Graduated && !style.categoryField.isEmpty();
    if (categorized) {
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("categorizedSymbol"));
        x.writeAttribute(QStringLiteral("attr"), style.categoryField);
        x.writeStartElement(QStringLiteral("categories"));
        for (int i = 0; i < style.categories.size(); ++i) {
            x.writeStartElement(QStringLiteral("category"));
            x.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            x.writeAttribute(QStringLiteral("value"), style.categories[i].value.toString());
            x.writeAttribute(QStringLiteral("label"), style.categories[i].label);
            x.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("symbols"));
        for (int i = 0; i < style.categories.size(); ++i)
            w.symbol(style.categories[i].symbol, kind, QString::number(i));
        x.writeEndElement();
    } else if (graduated) {
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("graduatedSymbol"));
        x.writeAttribute(QStringLiteral("attr"), style.categoryField);
        x.writeAttribute(QStringLiteral("graduatedMethod"), QStringLiteral("GraduatedColor"));
        x.writeStartElement(QStringLiteral("ranges"));
        for (int i = 0; i < style.ranges.size(); ++i) {
            const SymbolRange &r = style.ranges[i];
            x.writeStartElement(QStringLiteral("range"));
            x.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            x.writeAttribute(QStringLiteral("lower"), QString::number(r.lower, 'f', 15));
            x.writeAttribute(QStringLiteral("upper"), QString::number(r.upper, 'f', 15));
            x.writeAttribute(QStringLiteral("label"), r.label);
            x.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("symbols"));
        for (int i = 0; i < style.ranges.size(); ++i)
            w.symbol(style.ranges[i].symbol, kind, QString::number(i));
        x.writeEndElement();
    } else {
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("singleSymbol"));
        x.writeStartElement(QStringLiteral("symbols"));
        w.symbol(style.symbol, kind, QStringLiteral("0"));
        x.writeEndElement();
    }
    if (categorized || graduated) {
        x.writeStartElement(QStringLiteral("source-symbol"));
        w.symbol(style.symbol, kind, QStringLiteral("0"));
        x.writeEndElement();
    }
    x.writeEndElement(); // renderer-v2
    if (labelled)
        w.labeling(style.label, kind);
    x.writeTextElement(QStringLiteral("layerOpacity"), number(style.opacity));
    x.writeEndElement(); // qgis
    x.writeEndDocument();
    return out;
}

} // namespace ecoplan::styleqml
