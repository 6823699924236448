// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

class GDALDataset;

namespace ecoplan {

/// The EcoPlan tables inside a project GeoPackage and their versions. Version 0 is a GeoPackage without
/// them (such as the bare reference data); each migration moves one version forward. A migration runs in
/// one transaction on GDAL's own connection (the GeoPackage R-tree triggers need GDAL's SQL functions),
/// so it either completes or leaves the file as it was.
///
/// Version 1 adds: the thematic layers (outfalls, mines, villages, canal_zones) with value lists;
/// the attribute tables plans, plan_tasks, task_targets, progress_records, attachments, audit_log, views,
/// layouts and ecoplan_meta, with foreign keys; and one mapping table per linkable layer (task ↔ feature),
/// registered through the GeoPackage Related Tables Extension so that GDAL and QGIS see the relations.
///
/// Version 2 adds titles for the fields ("名称 / Name") in gpkg_data_columns, shown in forms and tables.
/// Version 3 adds to plan_tasks the deadlines and places the plan parser finds (JSON) and whether a city
/// task's link to the province task it implements is confirmed.
/// Version 4 adds Chinese titles for plans and tasks; version 5 the stretch and corridor width of zones.
/// Version 6 adds the layers' styles: ecoplan_styles (JSON) and QGIS's layer_styles (QML).
/// Version 7 adds task_links (a task attached to a place, carrying its progress) and ties progress records
/// and photos to a link; see migrateTo7.
class ProjectSchema
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProjectSchema)
public:
    static constexpr int currentVersion = 7;

    /// The schema version recorded in the file (0 if it has no ecoplan_meta table).
    static int version(GDALDataset &ds);
    /// Runs the migrations from version(ds) to `to` (tests stop at an older version to test the later
    /// migrations on a file of that version). `where` names the file for messages.
    static Status migrate(GDALDataset &ds, const QString &where, int to = currentVersion);

    /// The thematic layers version 1 creates, in drawing order.
    static QStringList thematicLayers();
    /// Layers whose features plan tasks can be linked to (each has a task_links_<layer> mapping table).
    static QStringList linkableLayers();
};

} // namespace ecoplan
