// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/geometry.h"
#include "layer/layerstyle.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace ecoplan {

class ColorButton;

/// Edits one Symbol: fill colour and pattern, outline colour, width and style, and for points the marker
/// shape and size. Shows only what the geometry kind uses.
class SymbolEditor : public QWidget
{
    Q_OBJECT
public:
    SymbolEditor(GeometryKind kind, QWidget *parent = nullptr);
    Symbol symbol() const { return m_symbol; }
    void setSymbol(const Symbol &symbol);

signals:
    void symbolChanged();

private:
    void readControls();

    GeometryKind m_kind;
    Symbol m_symbol;
    ColorButton *m_fill;
    QComboBox *m_pattern;
    ColorButton *m_stroke;
    QDoubleSpinBox *m_strokeWidth;
    QComboBox *m_strokeStyle;
    QComboBox *m_marker;
    QDoubleSpinBox *m_markerSize;
    bool m_updating = false;
};

} // namespace ecoplan
