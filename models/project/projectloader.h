// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "geo/crs.h"
#include "layer/vectorlayer.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace ecoplan {

class Project;
class ProjectStore;

/// Builds documents from files: a project GeoPackage, or layers from any vector file GDAL reads.
/// Layers are reprojected into the display CRS and indexed in parallel. Any thread (it touches no live
/// Project), so the GUI can load in the background.
class ProjectLoader
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProjectLoader)
public:
    /// `forEditing`: open for writing where allowed (the workbench); otherwise read-only (the command line).
    static Result<std::unique_ptr<Project>>
    openProject(const QString &path, const Crs &display = Crs::defaultDisplay(), bool forEditing = false);
    /// Layer `name` of a project's store with its default style, indexed in `display`: for a layer made
    /// after the project was opened (an import into a new layer).
    static Result<std::shared_ptr<VectorLayer>> readStoredLayer(const ProjectStore &store,
                                                                const QString &name, const Crs &display);
    /// Every layer of `path`, read-only, with a default style.
    static Result<std::vector<std::shared_ptr<VectorLayer>>>
    readVectorFile(const QString &path, const Crs &display, QStringList *warnings = nullptr);
    /// The title users see for a layer: translated for the bundled reference layers, else the table name.
    static QString layerTitle(const QString &layerName);
};

} // namespace ecoplan
