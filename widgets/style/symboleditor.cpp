// SPDX-License-Identifier: GPL-3.0-or-later
#include "symboleditor.h"

#include "colorbutton.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace ecoplan {

SymbolEditor::SymbolEditor(GeometryKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_fill(new ColorButton(this, true)), m_pattern(new QComboBox(this)),
      m_stroke(new ColorButton(this, true)), m_strokeWidth(new QDoubleSpinBox(this)),
      m_strokeStyle(new QComboBox(this)), m_marker(new QComboBox(this)), m_markerSize(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("symbolEditor"));
    const std::pair<Qt::BrushStyle, QString> patterns[] = {
        {Qt::SolidPattern, tr("Solid")},
        {Qt::BDiagPattern, tr("Hatched /")},
        {Qt::FDiagPattern, tr("Hatched \\")},
        {Qt::DiagCrossPattern, tr("Cross-hatched ×")},
        {Qt::HorPattern, tr("Horizontal lines")},
        {Qt::VerPattern, tr("Vertical lines")},
        {Qt::CrossPattern, tr("Grid")},
        {Qt::Dense4Pattern, tr("Dotted (half)")},
        {Qt::Dense6Pattern, tr("Dotted (sparse)")},
        {Qt::NoBrush, tr("No fill")}};
    for (const auto &[style, name] : patterns)
        m_pattern->addItem(name, int(style));
    const std::pair<Qt::PenStyle, QString> pens[] = {{Qt::SolidLine, tr("Solid")},
                                                     {Qt::DashLine, tr("Dashed")},
                                                     {Qt::DotLine, tr("Dotted")},
                                                     {Qt::DashDotLine, tr("Dash-dot")},
                                                     {Qt::NoPen, tr("No line")}};
    for (const auto &[style, name] : pens)
        m_strokeStyle->addItem(name, int(style));
    const std::pair<Symbol::Marker, QString> markers[] = {
        {Symbol::Marker::Circle, tr("Circle")},   {Symbol::Marker::Square, tr("Square")},
        {Symbol::Marker::Triangle, tr("Triangle")}, {Symbol::Marker::Diamond, tr("Diamond")},
        {Symbol::Marker::Star, tr("Star")},       {Symbol::Marker::Cross, tr("Cross")}};
    for (const auto &[marker, name] : markers)
        m_marker->addItem(name, int(marker));
    for (QDoubleSpinBox *mm : {m_strokeWidth, m_markerSize}) {
        mm->setSuffix(tr(" mm"));
        mm->setDecimals(2);
        mm->setSingleStep(0.1);
    }
    m_strokeWidth->setRange(0, 10);
    m_markerSize->setRange(0.2, 20);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const bool isLine = kind == GeometryKind::Line, isPoint = kind == GeometryKind::Point;
    if (!isLine) {
        form->addRow(tr("Fill colour:"), m_fill);
        if (!isPoint)
            form->addRow(tr("Fill pattern:"), m_pattern);
    }
    form->addRow(isLine ? tr("Line colour:") : tr("Outline colour:"), m_stroke);
    form->addRow(isLine ? tr("Line width:") : tr("Outline width:"), m_strokeWidth);
    form->addRow(isLine ? tr("Line style:") : tr("Outline style:"), m_strokeStyle);
    if (isPoint) {
        form->addRow(tr("Marker:"), m_marker);
        form->addRow(tr("Marker size:"), m_markerSize);
    }
    m_fill->setVisible(!isLine);
    m_pattern->setVisible(!isLine && !isPoint);
    m_marker->setVisible(isPoint);
    m_markerSize->setVisible(isPoint);

    auto changed = [this] { readControls(); };
    connect(m_fill, &ColorButton::colorChanged, this, changed);
    connect(m_stroke, &ColorButton::colorChanged, this, changed);
    for (QComboBox *c : {m_pattern, m_strokeStyle, m_marker})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QDoubleSpinBox *s : {m_strokeWidth, m_markerSize})
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
}

void SymbolEditor::setSymbol(const Symbol &symbol)
{
    m_updating = true;
    m_symbol = symbol;
    m_fill->setColor(symbol.fill);
    m_stroke->setColor(symbol.stroke);
    m_pattern->setCurrentIndex(std::max(0, m_pattern->findData(int(symbol.fillPattern))));
    m_strokeStyle->setCurrentIndex(std::max(0, m_strokeStyle->findData(int(symbol.strokeStyle))));
    m_marker->setCurrentIndex(std::max(0, m_marker->findData(int(symbol.marker))));
    m_strokeWidth->setValue(symbol.strokeWidthMm);
    m_markerSize->setValue(symbol.markerSizeMm);
    m_updating = false;
}

void SymbolEditor::readControls()
{
    if (m_updating)
        return;
    m_symbol.fill = m_fill->color();
    m_symbol.stroke = m_stroke->color();
    m_symbol.fillPattern = Qt::BrushStyle(m_pattern->currentData().toInt());
    m_symbol.strokeStyle = Qt::PenStyle(m_strokeStyle->currentData().toInt());
    m_symbol.marker = Symbol::Marker(m_marker->currentData().toInt());
    m_symbol.strokeWidthMm = m_strokeWidth->value();
    m_symbol.markerSizeMm = m_markerSize->value();
    emit symbolChanged();
}

} // namespace ecoplan
