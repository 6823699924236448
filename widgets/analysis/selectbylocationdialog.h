// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geoprocess/spatialselection.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;

namespace ecoplan {

class Project;

/// Select by Location: the layer to select from, how its features must relate (intersecting, within,
/// within a distance in metres) and to what (the current selection or all of another layer). The dialog
/// only asks; request() is what the caller runs (SpatialSelection) and puts on the map.
class SelectByLocationDialog : public QDialog
{
    Q_OBJECT
public:
    SelectByLocationDialog(const Project &project, QWidget *parent = nullptr);
    SpatialSelection::Request request() const;
    /// The id of the layer to select from.
    QString targetLayer() const;

private:
    void updateState();

    const Project &m_project;
    QComboBox *m_target;
    QComboBox *m_predicate;
    QDoubleSpinBox *m_distance;
    QRadioButton *m_fromSelection;
    QRadioButton *m_fromLayer;
    QComboBox *m_source;
};

} // namespace ecoplan
