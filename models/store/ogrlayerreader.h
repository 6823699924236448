// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layer/featuretable.h"

#include <QStringList>

class OGRLayer;

namespace ecoplan {

/// Features read from one OGR layer and any warnings to show the user.
struct ReadLayer
{
    QString name;
    FeatureTable table;
    QStringList warnings;
};

/// Reads every feature of an OGR layer into memory. `where` names the file for messages.
/// Called only from the store classes, which own the GDAL datasets.
Result<ReadLayer> readOgrLayer(OGRLayer &layer, const QString &where);

} // namespace ecoplan
