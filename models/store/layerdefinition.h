// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/featuretable.h"

namespace ecoplan {

/// What a layer is made of, without its features: a new layer to create in a project (an import into a
/// layer that does not exist yet), or an existing one described for code that fills it.
struct LayerDefinition
{
    QString name;
    QList<Field> fields;
    GeometryKind kind = GeometryKind::Unknown;
    bool isMulti = false;
    Crs crs;
};

} // namespace ecoplan
