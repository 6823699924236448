// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layer/featuretable.h"

#include <QStringList>

class GDALDataset;
class OGRLayer;

namespace ecoplan {

/// Features read from one OGR layer and any warnings to show the user.
struct ReadLayer
{
    QString name;
    FeatureTable table;
    QStringList warnings;
};

/// Reads every feature of an OGR layer into memory. `where` names the file for messages; `dataset`, the
/// layer's own, provides the coded-value domains of its fields (value lists). Called only from the store
/// classes, which own the GDAL datasets.
Result<ReadLayer> readOgrLayer(OGRLayer &layer, const QString &where, const GDALDataset &dataset);

} // namespace ecoplan
