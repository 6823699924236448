// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layer/featuretable.h"
#include "store/layerdefinition.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace ecoplan {

class ProjectStore;

/// What an import needs from the project, read from the store on the store's thread and then handed to the
/// worker, which never touches the project: the target layer, the province boundary (for the "outside
/// Henan" check) and the counties (to place rows by county code or name).
struct ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ImportContext)
public:
    LayerDefinition target;
    /// The layer does not exist yet: the import creates it with the file's columns and geometry type, in
    /// the file's CRS or else CGCS2000 (EPSG:4490).
    bool isNewLayer = false;
    QStringList provinceWkt; ///< empty: the project has no province layer, nothing is checked
    Crs provinceCrs;
    std::shared_ptr<const FeatureTable> counties; ///< null: the project has no counties layer

    /// Reads the target `layer` (or notes that it is new), the province and the counties.
    static Result<ImportContext> fromStore(const ProjectStore &store, const QString &layer);
};

} // namespace ecoplan
