// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "layer/featuretable.h"

#include <memory>

namespace ecoplan {

/// The converted rows of an import as a feature table in the target layer's CRS, for a preview on the map
/// before anything is written. Built through a GDAL in-memory layer and the ordinary layer reader, so it is
/// drawn exactly as the stored rows will be.
std::shared_ptr<const FeatureTable> importPreviewTable(const PreparedImport &prepared);

} // namespace ecoplan
