// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layerdata.h"
#include "layerstyle.h"

#include <QString>

#include <memory>

namespace ecoplan {

/// Where a layer comes from and how far it can be trusted: shown in the layer properties.
struct LayerProvenance
{
    QString source;
    QString licence;
    QString accuracy;
    QString vintage;
};

/// One map layer: a plain record owned by the Project, which alone changes it and announces the change.
/// `data` is immutable and shared with renderers; replacing it (new CRS, new features) never disturbs one.
struct VectorLayer
{
    QString id;          ///< unique within the project; the source table name for project layers
    QString title;       ///< what the user sees
    QString sourcePath;  ///< the file it was read from
    QString sourceLayer; ///< the layer (table) inside that file
    QString format;      ///< GDAL driver, e.g. "GPKG"
    bool isReadOnly = true;
    LayerProvenance provenance;
    std::shared_ptr<const LayerData> data;
    LayerStyle style;
    bool isVisible = true;
    /// False keeps the select tool from selecting in the layer (a background such as the province).
    bool isSelectable = true;
    /// Bumped by the Project whenever data or style change, so cached images know they are stale.
    quint64 revision = 0;
    /// Only while loading: the features before LayerData::build has run.
    std::shared_ptr<const FeatureTable> pendingTable;
};

} // namespace ecoplan
