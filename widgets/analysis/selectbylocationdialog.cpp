// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectbylocationdialog.h"

#include "project/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ecoplan {

SelectByLocationDialog::SelectByLocationDialog(const Project &project, QWidget *parent)
    : QDialog(parent), m_project(project), m_target(new QComboBox), m_predicate(new QComboBox),
      m_distance(new QDoubleSpinBox), m_fromSelection(new QRadioButton),
      m_fromLayer(new QRadioButton(tr("all of"))), m_source(new QComboBox)
{
    setObjectName(QStringLiteral("selectByLocationDialog"));
    setWindowTitle(tr("Select by Location"));
    m_target->setObjectName(QStringLiteral("selectByLocation.target"));
    m_predicate->setObjectName(QStringLiteral("selectByLocation.predicate"));
    m_distance->setObjectName(QStringLiteral("selectByLocation.distance"));
    m_fromSelection->setObjectName(QStringLiteral("selectByLocation.fromSelection"));
    m_fromLayer->setObjectName(QStringLiteral("selectByLocation.fromLayer"));
    m_source->setObjectName(QStringLiteral("selectByLocation.source"));

    const auto &layers = project.layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        m_target->addItem((*it)->title, (*it)->id);
        m_source->addItem((*it)->title, (*it)->id);
    }
    m_predicate->addItem(tr("intersecting"), int(SpatialPredicate::Intersects));
    m_predicate->addItem(tr("within"), int(SpatialPredicate::Within));
    m_predicate->addItem(tr("within a distance of"), int(SpatialPredicate::WithinDistance));
    m_distance->setRange(0, 500000);
    m_distance->setDecimals(0);
    m_distance->setSingleStep(100);
    m_distance->setValue(1000);
    m_distance->setSuffix(tr(" m"));
    m_fromSelection->setText(tr("the selected features (%1)").arg(project.selectedCount()));
    m_fromSelection->setEnabled(project.selectedCount() > 0);
    (project.selectedCount() > 0 ? m_fromSelection : m_fromLayer)->setChecked(true);

    auto *fromLayerRow = new QHBoxLayout;
    fromLayerRow->addWidget(m_fromLayer);
    fromLayerRow->addWidget(m_source, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Select the features of"), m_target);
    form->addRow(tr("that are"), m_predicate);
    form->addRow(tr("Distance"), m_distance);
    form->addRow(tr("of"), m_fromSelection);
    form->addRow(QString(), fromLayerRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Select"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_predicate, &QComboBox::currentIndexChanged, this, &SelectByLocationDialog::updateState);
    connect(m_fromLayer, &QRadioButton::toggled, this, &SelectByLocationDialog::updateState);
    updateState();
}

void SelectByLocationDialog::updateState()
{
    m_distance->setEnabled(m_predicate->currentData().toInt() == int(SpatialPredicate::WithinDistance));
    m_source->setEnabled(m_fromLayer->isChecked());
}

QString SelectByLocationDialog::targetLayer() const
{
    return m_target->currentData().toString();
}

SpatialSelection::Request SelectByLocationDialog::request() const
{
    SpatialSelection::Request r;
    if (const VectorLayer *target = m_project.layer(targetLayer()))
        r.target = target->data;
    r.predicate = SpatialPredicate(m_predicate->currentData().toInt());
    r.distanceMetres = m_distance->value();
    if (m_fromSelection->isChecked()) {
        r.sources = selectedFeatures(m_project);
    } else if (const VectorLayer *source = m_project.layer(m_source->currentData().toString())) {
        std::vector<std::uint32_t> all(source->data->size());
        for (std::uint32_t i = 0; i < all.size(); ++i)
            all[i] = i;
        r.sources.append({source->data, std::move(all)});
    }
    return r;
}

} // namespace ecoplan
