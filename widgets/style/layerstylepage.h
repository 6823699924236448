// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/layerstyle.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace ecoplan {

class ColorButton;
class LayerData;
class SymbolEditor;

/// The Style page of the layer properties: renderer (single symbol, categories of a field's values,
/// graduated classes of a numeric field with a method, a class count and a colour ramp), the symbol, the
/// class list with editable colours and labels, labels, the scale range and opacity. It edits a copy;
/// the dialog applies style() as one undoable step.
class LayerStylePage : public QWidget
{
    Q_OBJECT
public:
    LayerStylePage(std::shared_ptr<const LayerData> data, const LayerStyle &style, QWidget *parent = nullptr);
    LayerStyle style() const { return m_style; }
    void setStyle(const LayerStyle &style);

signals:
    void styleChanged();

private:
    void fillFieldCombo();
    void showStyle();
    void showClasses();
    void onRendererChanged();
    void onSymbolEdited();
    void classify();
    void editClassColour(int row);
    void readLabelControls();
    void readVisibilityControls();
    QList<QColor> rampStops() const;
    void touched();

    std::shared_ptr<const LayerData> m_data;
    LayerStyle m_style;
    bool m_updating = false;

    QComboBox *m_renderer;
    QComboBox *m_field;
    SymbolEditor *m_symbol;
    QLabel *m_symbolNote;
    QGroupBox *m_classesBox;
    QComboBox *m_method;
    QSpinBox *m_classCount;
    QComboBox *m_ramp;
    ColorButton *m_rampStart;
    QCheckBox *m_rampUsesMiddle;
    ColorButton *m_rampMiddle;
    ColorButton *m_rampEnd;
    QWidget *m_graduatedControls;
    QPushButton *m_classify;
    QTableWidget *m_classes;

    QGroupBox *m_labelBox;
    QComboBox *m_labelField;
    QDoubleSpinBox *m_labelSize;
    QCheckBox *m_labelBold;
    ColorButton *m_labelColor;
    ColorButton *m_haloColor;
    QDoubleSpinBox *m_haloSize;
    QComboBox *m_placement;
    QSpinBox *m_labelMaxScale;

    QSpinBox *m_maxScale;
    QSpinBox *m_minScale;
    QSlider *m_opacity;
    QLabel *m_opacityLabel;
};

} // namespace ecoplan
