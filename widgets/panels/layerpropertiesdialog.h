// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace ecoplan {

class Project;

/// A layer's source, coordinate system, provenance (licence and stated accuracy, so that a planner sees that
/// the canal is schematic and the boundaries generalised), fields, and its style (see LayerStylePage).
class LayerPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    LayerPropertiesDialog(Project *project, const QString &layerId, QWidget *parent = nullptr);
};

} // namespace ecoplan
