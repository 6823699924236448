// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerstylepage.h"

#include "colorbutton.h"
#include "core/bilingual.h"
#include "core/numerictype.h"
#include "layer/layerdata.h"
#include "style/classification.h"
#include "symboleditor.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <iterator>

namespace ecoplan {
namespace {

struct Ramp
{
    const char *name;
    QColor start, middle, end;
};

/// ColorBrewer ramps (sequential and one diverging), which read in print and on screen.
const Ramp ramps[] = {
    {QT_TRANSLATE_NOOP("ecoplan::LayerStylePage", "Yellow – orange – red"), QColor(0xff, 0xff, 0xb2),
     QColor(0xfd, 0x8d, 0x3c), QColor(0xbd, 0x00, 0x26)},
    {QT_TRANSLATE_NOOP("ecoplan::LayerStylePage", "Light to dark blue"), QColor(0xef, 0xf3, 0xff),
     QColor(0x6b, 0xae, 0xd6), QColor(0x08, 0x51, 0x9c)},
    {QT_TRANSLATE_NOOP("ecoplan::LayerStylePage", "Yellow – green – blue"), QColor(0xed, 0xf8, 0xb1),
     QColor(0x7f, 0xcd, 0xbb), QColor(0x2c, 0x7f, 0xb8)},
    {QT_TRANSLATE_NOOP("ecoplan::LayerStylePage", "Light to dark green"), QColor(0xed, 0xf8, 0xe9),
     QColor(0x74, 0xc4, 0x76), QColor(0x00, 0x6d, 0x2c)},
    {QT_TRANSLATE_NOOP("ecoplan::LayerStylePage", "Red – yellow – green"), QColor(0xd7, 0x19, 0x1c),
     QColor(0xff, 0xff, 0xbf), QColor(0x1a, 0x96, 0x41)},
};

QIcon swatch(const Symbol &s, GeometryKind kind)
{
    QPixmap pm(28, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    const QColor c = kind == GeometryKind::Line ? s.stroke : s.fill;
    p.fillRect(pm.rect().adjusted(1, 1, -1, -1), c.isValid() ? c : QColor(Qt::transparent));
    p.setPen(Qt::darkGray);
    p.drawRect(pm.rect().adjusted(0, 0, -1, -1));
    p.end();
    return QIcon(pm);
}

QSpinBox *scaleBox(const QString &none)
{
    auto *box = new QSpinBox;
    box->setRange(0, 100'000'000);
    box->setSingleStep(10'000);
    box->setPrefix(QStringLiteral("1:"));
    box->setGroupSeparatorShown(true);
    box->setSpecialValueText(none);
    return box;
}

} // namespace

LayerStylePage::LayerStylePage(std::shared_ptr<const LayerData> data, const LayerStyle &style, QWidget *parent)
    : QWidget(parent), m_data(std::move(data)), m_style(style)
{
    setObjectName(QStringLiteral("layerStylePage"));
    const GeometryKind kind = m_data ? m_data->kind() : GeometryKind::Unknown;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    // Renderer and field
    auto *top = new QFormLayout;
    m_renderer = new QComboBox;
    m_renderer->setObjectName(QStringLiteral("rendererCombo"));
    m_renderer->addItem(tr("Single symbol"), int(LayerStyle::Renderer::Single));
    m_renderer->addItem(tr("Categories (by a field's values)"), int(LayerStyle::Renderer::Categorized));
    m_renderer->addItem(tr("Graduated (classes of a number field)"), int(LayerStyle::Renderer::Graduated));
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("classFieldCombo"));
    top->addRow(tr("Style:"), m_renderer);
    top->addRow(tr("Field:"), m_field);
    layout->addLayout(top);

    // Symbol
    auto *symbolBox = new QGroupBox(tr("Symbol"));
    auto *symbolLayout = new QVBoxLayout(symbolBox);
    m_symbol = new SymbolEditor(kind);
    m_symbolNote = new QLabel(tr("Changes here apply to every class; each class keeps its colour."));
    m_symbolNote->setWordWrap(true);
    symbolLayout->addWidget(m_symbol);
    symbolLayout->addWidget(m_symbolNote);
    layout->addWidget(symbolBox);

    // Classes
    m_classesBox = new QGroupBox(tr("Classes"));
    auto *classesLayout = new QVBoxLayout(m_classesBox);
    m_graduatedControls = new QWidget;
    auto *gform = new QFormLayout(m_graduatedControls);
    gform->setContentsMargins(0, 0, 0, 0);
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("classMethodCombo"));
    m_method->addItem(tr("Natural breaks (Jenks)"), int(classification::Method::NaturalBreaks));
    m_method->addItem(tr("Quantiles (equal count)"), int(classification::Method::Quantile));
    m_method->addItem(tr("Equal interval"), int(classification::Method::EqualInterval));
    m_classCount = new QSpinBox;
    m_classCount->setObjectName(QStringLiteral("classCountSpin"));
    m_classCount->setRange(2, 12);
    m_classCount->setValue(5);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_method, 1);
    methodRow->addWidget(new QLabel(tr("Classes:")));
    methodRow->addWidget(m_classCount);
    gform->addRow(tr("Method:"), methodRow);
    m_ramp = new QComboBox;
    for (const Ramp &r : ramps)
        m_ramp->addItem(tr(r.name));
    m_ramp->addItem(tr("Custom"));
    m_rampStart = new ColorButton;
    m_rampMiddle = new ColorButton;
    m_rampEnd = new ColorButton;
    m_rampUsesMiddle = new QCheckBox(tr("via"));
    m_rampUsesMiddle->setChecked(true);
    auto *rampRow = new QHBoxLayout;
    rampRow->addWidget(m_ramp, 1);
    rampRow->addWidget(m_rampStart);
    rampRow->addWidget(m_rampUsesMiddle);
    rampRow->addWidget(m_rampMiddle);
    rampRow->addWidget(new QLabel(QStringLiteral("→")));
    rampRow->addWidget(m_rampEnd);
    gform->addRow(tr("Colour ramp:"), rampRow);
    classesLayout->addWidget(m_graduatedControls);
    m_classify = new QPushButton(tr("Classify"));
    m_classify->setObjectName(QStringLiteral("classifyButton"));
    m_classify->setToolTip(tr("Makes the classes anew from the field's values (or its value list)."));
    auto *classifyRow = new QHBoxLayout;
    classifyRow->addStretch();
    classifyRow->addWidget(m_classify);
    classesLayout->addLayout(classifyRow);
    m_classes = new QTableWidget(0, 3);
    m_classes->setObjectName(QStringLiteral("classTable"));
    m_classes->setHorizontalHeaderLabels({tr("Colour"), tr("Value"), tr("Legend label")});
    m_classes->horizontalHeader()->setStretchLastSection(true);
    m_classes->verticalHeader()->hide();
    m_classes->setMinimumHeight(160);
    m_classes->setToolTip(tr("Double-click a colour to change it; edit a label in place."));
    classesLayout->addWidget(m_classes);
    layout->addWidget(m_classesBox);

    // Labels
    m_labelBox = new QGroupBox(tr("Labels"));
    m_labelBox->setObjectName(QStringLiteral("labelBox"));
    m_labelBox->setCheckable(true);
    auto *lform = new QFormLayout(m_labelBox);
    m_labelField = new QComboBox;
    m_labelSize = new QDoubleSpinBox;
    m_labelSize->setRange(4, 48);
    m_labelSize->setSuffix(tr(" pt"));
    m_labelSize->setDecimals(1);
    m_labelBold = new QCheckBox(tr("Bold"));
    m_labelColor = new ColorButton;
    m_haloColor = new ColorButton(nullptr, true);
    m_haloSize = new QDoubleSpinBox;
    m_haloSize->setRange(0, 5);
    m_haloSize->setSingleStep(0.1);
    m_haloSize->setSuffix(tr(" mm"));
    m_placement = new QComboBox;
    m_placement->addItem(tr("Around the point or centre"), int(LabelStyle::Placement::Around));
    m_placement->addItem(tr("Over the point or centre"), int(LabelStyle::Placement::Over));
    m_placement->addItem(tr("Along the line"), int(LabelStyle::Placement::Line));
    m_labelMaxScale = scaleBox(tr("at every scale"));
    lform->addRow(tr("Field:"), m_labelField);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_labelSize);
    sizeRow->addWidget(m_labelBold);
    sizeRow->addWidget(new QLabel(tr("Colour:")));
    sizeRow->addWidget(m_labelColor);
    sizeRow->addStretch();
    lform->addRow(tr("Size:"), sizeRow);
    auto *haloRow = new QHBoxLayout;
    haloRow->addWidget(m_haloColor);
    haloRow->addWidget(m_haloSize);
    haloRow->addStretch();
    lform->addRow(tr("Halo:"), haloRow);
    lform->addRow(tr("Placement:"), m_placement);
    lform->addRow(tr("Shown up to scale:"), m_labelMaxScale);
    layout->addWidget(m_labelBox);

    // Visibility
    auto *visibility = new QGroupBox(tr("Visibility"));
    auto *vform = new QFormLayout(visibility);
    m_maxScale = scaleBox(tr("no limit"));
    m_maxScale->setObjectName(QStringLiteral("maxScaleSpin"));
    m_maxScale->setToolTip(tr("The layer is hidden when the map shows more than this (zoomed out further)."));
    m_minScale = scaleBox(tr("no limit"));
    m_minScale->setObjectName(QStringLiteral("minScaleSpin"));
    m_minScale->setToolTip(tr("The layer is hidden when zoomed in closer than this."));
    vform->addRow(tr("Hide when zoomed out beyond:"), m_maxScale);
    vform->addRow(tr("Hide when zoomed in beyond:"), m_minScale);
    m_opacity = new QSlider(Qt::Horizontal);
    m_opacity->setObjectName(QStringLiteral("opacitySlider"));
    m_opacity->setRange(0, 100);
    m_opacityLabel = new QLabel;
    auto *opacityRow = new QHBoxLayout;
    opacityRow->addWidget(m_opacity);
    opacityRow->addWidget(m_opacityLabel);
    vform->addRow(tr("Opacity:"), opacityRow);
    layout->addWidget(visibility);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Label fields: every field (the label shows its text).
    if (m_data) {
        for (const Field &f : m_data->table().fields)
            m_labelField->addItem(f.displayName(), f.name);
    }
    auto applyRamp = [this](int i) {
        if (i < 0 || i >= int(std::size(ramps)))
            return;
        m_rampStart->setColor(ramps[i].start);
        m_rampMiddle->setColor(ramps[i].middle);
        m_rampEnd->setColor(ramps[i].end);
    };
    applyRamp(0);
    connect(m_ramp, &QComboBox::currentIndexChanged, this, applyRamp);
    for (ColorButton *b : {m_rampStart, m_rampMiddle, m_rampEnd})
        connect(b, &ColorButton::colorChanged, this, [this] { m_ramp->setCurrentIndex(m_ramp->count() - 1); });

    connect(m_renderer, &QComboBox::currentIndexChanged, this, &LayerStylePage::onRendererChanged);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_style.categoryField = m_field->currentData().toString();
        classify();
    });
    connect(m_symbol, &SymbolEditor::symbolChanged, this, &LayerStylePage::onSymbolEdited);
    connect(m_classify, &QPushButton::clicked, this, &LayerStylePage::classify);
    connect(m_classes, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == 0)
            editClassColour(row);
    });
    connect(m_classes, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != 2)
            return;
        const int row = item->row();
        if (m_style.renderer == LayerStyle::Renderer::Categorized && row < m_style.categories.size())
            m_style.categories[row].label = item->text();
        else if (m_style.renderer == LayerStyle::Renderer::Graduated && row < m_style.ranges.size())
            m_style.ranges[row].label = item->text();
        touched();
    });
    connect(m_labelBox, &QGroupBox::toggled, this, &LayerStylePage::readLabelControls);
    connect(m_labelField, &QComboBox::currentIndexChanged, this, &LayerStylePage::readLabelControls);
    connect(m_placement, &QComboBox::currentIndexChanged, this, &LayerStylePage::readLabelControls);
    connect(m_labelSize, &QDoubleSpinBox::valueChanged, this, &LayerStylePage::readLabelControls);
    connect(m_haloSize, &QDoubleSpinBox::valueChanged, this, &LayerStylePage::readLabelControls);
    connect(m_labelBold, &QCheckBox::toggled, this, &LayerStylePage::readLabelControls);
    connect(m_labelColor, &ColorButton::colorChanged, this, &LayerStylePage::readLabelControls);
    connect(m_haloColor, &ColorButton::colorChanged, this, &LayerStylePage::readLabelControls);
    connect(m_labelMaxScale, &QSpinBox::valueChanged, this, &LayerStylePage::readLabelControls);
    connect(m_maxScale, &QSpinBox::valueChanged, this, &LayerStylePage::readVisibilityControls);
    connect(m_minScale, &QSpinBox::valueChanged, this, &LayerStylePage::readVisibilityControls);
    connect(m_opacity, &QSlider::valueChanged, this, &LayerStylePage::readVisibilityControls);
    showStyle();
}

void LayerStylePage::setStyle(const LayerStyle &style)
{
    m_style = style;
    showStyle();
}

void LayerStylePage::touched()
{
    if (!m_updating)
        emit styleChanged();
}

void LayerStylePage::fillFieldCombo()
{
    m_field->clear();
    if (!m_data)
        return;
    const bool numericOnly = m_style.renderer == LayerStyle::Renderer::Graduated;
    for (const Field &f : m_data->table().fields) {
        if (!numericOnly || isNumericType(f.type))
            m_field->addItem(f.displayName(), f.name);
    }
    m_field->setCurrentIndex(m_field->findData(m_style.categoryField));
}

void LayerStylePage::showStyle()
{
    m_updating = true;
    m_renderer->setCurrentIndex(m_renderer->findData(int(m_style.renderer)));
    fillFieldCombo();
    const bool classified = m_style.renderer != LayerStyle::Renderer::Single;
    m_field->setEnabled(classified);
    m_classesBox->setVisible(classified);
    m_graduatedControls->setVisible(m_style.renderer == LayerStyle::Renderer::Graduated);
    m_symbolNote->setVisible(classified);
    m_symbol->setSymbol(m_style.symbol);
    showClasses();

    const LabelStyle &l = m_style.label;
    m_labelBox->setChecked(l.isEnabled);
    m_labelField->setCurrentIndex(m_labelField->findData(l.field));
    m_labelSize->setValue(l.sizePt);
    m_labelBold->setChecked(l.isBold);
    m_labelColor->setColor(l.color);
    m_haloColor->setColor(l.halo);
    m_haloSize->setValue(l.haloMm);
    m_placement->setCurrentIndex(m_placement->findData(int(l.placement)));
    m_labelMaxScale->setValue(int(l.maxScaleDenominator));

    m_maxScale->setValue(int(m_style.maxScaleDenominator));
    m_minScale->setValue(int(m_style.minScaleDenominator));
    m_opacity->setValue(qRound(m_style.opacity * 100));
    m_opacityLabel->setText(QStringLiteral("%1 %").arg(m_opacity->value()));
    m_updating = false;
}

void LayerStylePage::showClasses()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const GeometryKind kind = m_data ? m_data->kind() : GeometryKind::Unknown;
    m_classes->setRowCount(0);
    auto addRow = [this, kind](const Symbol &symbol, const QString &value, const QString &label) {
        const int row = m_classes->rowCount();
        m_classes->insertRow(row);
        auto *colour = new QTableWidgetItem(swatch(symbol, kind), QString());
        colour->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_classes->setItem(row, 0, colour);
        m_classes->setItem(row, 1, valueItem);
        m_classes->setItem(row, 2, new QTableWidgetItem(label));
    };
    if (m_style.renderer == LayerStyle::Renderer::Categorized) {
        for (const SymbolCategory &c : std::as_const(m_style.categories))
            addRow(c.symbol, c.value.toString(), c.label);
    } else if (m_style.renderer == LayerStyle::Renderer::Graduated) {
        for (const SymbolRange &r : std::as_const(m_style.ranges))
            addRow(r.symbol, classification::rangeLabel(r.lower, r.upper, r.upper - r.lower), r.label);
    }
    m_classes->resizeColumnToContents(0);
    m_classes->resizeColumnToContents(1);
    m_updating = wasUpdating;
}

void LayerStylePage::onRendererChanged()
{
    if (m_updating)
        return;
    m_style.renderer = LayerStyle::Renderer(m_renderer->currentData().toInt());
    if (m_style.renderer != LayerStyle::Renderer::Single) {
        m_updating = true;
        fillFieldCombo();
        m_updating = false;
        if (m_field->currentIndex() < 0 && m_field->count() > 0)
            m_field->setCurrentIndex(0);
        m_style.categoryField = m_field->currentData().toString();
        const bool hasClasses = m_style.renderer == LayerStyle::Renderer::Categorized ? !m_style.categories.isEmpty()
                                                                                      : !m_style.ranges.isEmpty();
        if (!hasClasses)
            classify();
    }
    showStyle();
    touched();
}

void LayerStylePage::onSymbolEdited()
{
    const Symbol base = m_symbol->symbol();
    m_style.symbol = base;
    const GeometryKind kind = m_data ? m_data->kind() : GeometryKind::Unknown;
    // Every class takes the new symbol in its own colour.
    auto restyle = [&](Symbol &s) {
        const QColor own = kind == GeometryKind::Line ? s.stroke : s.fill;
        s = classification::recoloured(base, own, kind);
    };
    for (SymbolCategory &c : m_style.categories)
        restyle(c.symbol);
    for (SymbolRange &r : m_style.ranges)
        restyle(r.symbol);
    showClasses();
    touched();
}

QList<QColor> LayerStylePage::rampStops() const
{
    if (m_rampUsesMiddle->isChecked())
        return {m_rampStart->color(), m_rampMiddle->color(), m_rampEnd->color()};
    return {m_rampStart->color(), m_rampEnd->color()};
}

void LayerStylePage::classify()
{
    if (!m_data)
        return;
    const FeatureTable &t = m_data->table();
    const int field = t.fieldIndex(m_style.categoryField);
    if (field < 0)
        return;
    if (m_style.renderer == LayerStyle::Renderer::Categorized) {
        m_style.categories = classification::categories(t, field, m_style.symbol);
    } else if (m_style.renderer == LayerStyle::Renderer::Graduated) {
        m_style.ranges = classification::ranges(
            classification::numericValues(t, field), classification::Method(m_method->currentData().toInt()), m_classCount->value(), rampStops(),
            m_style.symbol, t.kind);
    }
    showClasses();
    touched();
}

void LayerStylePage::editClassColour(int row)
{
    const GeometryKind kind = m_data ? m_data->kind() : GeometryKind::Unknown;
    Symbol *s = nullptr;
    if (m_style.renderer == LayerStyle::Renderer::Categorized && row < m_style.categories.size())
        s = &m_style.categories[row].symbol;
    else if (m_style.renderer == LayerStyle::Renderer::Graduated && row < m_style.ranges.size())
        s = &m_style.ranges[row].symbol;
    if (!s)
        return;
    const QColor current = kind == GeometryKind::Line ? s->stroke : s->fill;
    const QColor chosen =
        QColorDialog::getColor(current, this, tr("Colour of the class"), QColorDialog::ShowAlphaChannel);
    if (!chosen.isValid())
        return;
    if (kind == GeometryKind::Line)
        s->stroke = chosen;
    else
        s->fill = chosen;
    showClasses();
    touched();
}

void LayerStylePage::readLabelControls()
{
    if (m_updating)
        return;
    LabelStyle &l = m_style.label;
    l.isEnabled = m_labelBox->isChecked();
    const QString field = m_labelField->currentData().toString();
    if (field != l.field) {
        l.field = field;
        // The English field goes with the name only.
        if (field != QLatin1String("name"))
            l.englishField.clear();
        else if (m_data && m_data->table().fieldIndex(QStringLiteral("name_en")) >= 0)
            l.englishField = QStringLiteral("name_en");
    }
    l.sizePt = m_labelSize->value();
    l.isBold = m_labelBold->isChecked();
    l.color = m_labelColor->color();
    l.halo = m_haloColor->color();
    l.haloMm = m_haloSize->value();
    l.placement = LabelStyle::Placement(m_placement->currentData().toInt());
    l.maxScaleDenominator = m_labelMaxScale->value();
    touched();
}

void LayerStylePage::readVisibilityControls()
{
    if (m_updating)
        return;
    m_style.maxScaleDenominator = m_maxScale->value();
    m_style.minScaleDenominator = m_minScale->value();
    m_style.opacity = m_opacity->value() / 100.0;
    m_opacityLabel->setText(QStringLiteral("%1 %").arg(m_opacity->value()));
    touched();
}

} // namespace ecoplan
