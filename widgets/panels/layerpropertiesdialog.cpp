// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerpropertiesdialog.h"

#include "geo/coordinatetransform.h"
#include "project/project.h"
#include "style/layerstylepage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ecoplan {
namespace {

QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString kindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return LayerPropertiesDialog::tr("Points");
    case GeometryKind::Line:
        return LayerPropertiesDialog::tr("Lines");
    case GeometryKind::Polygon:
        return LayerPropertiesDialog::tr("Polygons");
    default:
        return LayerPropertiesDialog::tr("No geometry");
    }
}

QString typeName(QMetaType::Type t)
{
    return QString::fromLatin1(QMetaType(t).name());
}

} // namespace

LayerPropertiesDialog::LayerPropertiesDialog(Project *project, const QString &layerId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("layerPropertiesDialog"));
    const VectorLayer *l = project->layer(layerId);
    if (!l || !l->data)
        return;
    setWindowTitle(tr("Layer Properties — %1").arg(l->title));
    resize(680, 680);
    auto *tabs = new QTabWidget(this);

    auto *info = new QWidget;
    auto *form = new QFormLayout(info);
    const FeatureTable &t = l->data->table();
    form->addRow(tr("Name:"), wrapped(l->title));
    form->addRow(tr("File:"), wrapped(l->sourcePath));
    form->addRow(tr("Layer in file:"), wrapped(l->sourceLayer));
    form->addRow(tr("Format:"), wrapped(l->format));
    form->addRow(tr("Access:"), wrapped(l->isReadOnly ? tr("read-only") : tr("editable")));
    form->addRow(tr("Geometry:"), wrapped(kindName(t.kind)));
    form->addRow(tr("Features:"), wrapped(QLocale().toString(qlonglong(t.size()))));
    form->addRow(tr("Vertices:"), wrapped(QLocale().toString(qlonglong(l->data->vertexCount()))));
    form->addRow(tr("Stored in CRS:"), wrapped(QStringLiteral("%1 — %2").arg(t.crs.authId(), t.crs.name())));
    const CoordinateTransform toLonLat(l->data->displayCrs(), Crs::wgs84());
    const QRectF e = toLonLat.transformBounds(l->data->extent());
    form->addRow(tr("Extent (lon/lat):"), wrapped(QStringLiteral("%1°E – %2°E, %3°N – %4°N")
                                                      .arg(e.left(), 0, 'f', 3)
                                                      .arg(e.right(), 0, 'f', 3)
                                                      .arg(e.top(), 0, 'f', 3)
                                                      .arg(e.bottom(), 0, 'f', 3)));
    tabs->addTab(info, tr("Information"));

    auto *prov = new QWidget;
    auto *pform = new QFormLayout(prov);
    pform->addRow(tr("Source:"), wrapped(l->provenance.source));
    pform->addRow(tr("Licence:"), wrapped(l->provenance.licence));
    auto *accuracy = wrapped(l->provenance.accuracy);
    // Accuracy limits are what a planner must not miss: show them prominently.
    if (!l->provenance.accuracy.isEmpty())
        accuracy->setStyleSheet(
            QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b040; padding: 6px; }"));
    pform->addRow(tr("Stated accuracy:"), accuracy);
    pform->addRow(tr("Vintage:"), wrapped(l->provenance.vintage));
    tabs->addTab(prov, tr("Provenance"));

    auto *fields = new QTableWidget(static_cast<int>(t.fields.size()), 2);
    fields->setHorizontalHeaderLabels({tr("Field"), tr("Type")});
    fields->horizontalHeader()->setStretchLastSection(true);
    fields->verticalHeader()->hide();
    fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < t.fields.size(); ++i) {
        fields->setItem(i, 0, new QTableWidgetItem(t.fields[i].name));
        fields->setItem(i, 1, new QTableWidgetItem(typeName(t.fields[i].type)));
    }
    tabs->addTab(fields, tr("Fields"));

    auto *selectable = new QCheckBox(tr("Features can be selected on the map"));
    selectable->setObjectName(QStringLiteral("selectableCheck"));
    selectable->setToolTip(tr("Clear it for a background layer, so that clicks and boxes of the Select "
                              "tool pass through to the layers under it"));
    selectable->setChecked(l->isSelectable);
    connect(selectable, &QCheckBox::toggled, this,
            [project, layerId](bool on) { project->setLayerSelectable(layerId, on); });
    form->addRow(tr("Selection:"), selectable);
    auto *stylePage = new LayerStylePage(l->data, l->style);
    tabs->addTab(stylePage, tr("Style"));

    // OK and Apply make the edited style one undoable step; Cancel leaves what was last applied.
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    QPushButton *apply = buttons->button(QDialogButtonBox::Apply);
    apply->setEnabled(false);
    auto applyStyle = [project, layerId, stylePage, apply] {
        project->setLayerStyle(layerId, stylePage->style());
        apply->setEnabled(false);
    };
    connect(stylePage, &LayerStylePage::styleChanged, apply, [apply] { apply->setEnabled(true); });
    connect(apply, &QPushButton::clicked, this, applyStyle);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, applyStyle] {
        applyStyle();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

} // namespace ecoplan
