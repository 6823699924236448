// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/featurequery.h"

#include <QTreeWidget>

namespace ecoplan {

/// Shows the attributes of identified features, grouped by layer and feature.
class IdentifyPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit IdentifyPanel(QWidget *parent = nullptr);
    void showFeatures(const QList<ecoplan::IdentifiedFeature> &features);
};

} // namespace ecoplan
