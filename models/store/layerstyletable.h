// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layer/geometry.h"
#include "layer/layerstyle.h"

#include <QCoreApplication>
#include <QHash>

class GDALDataset;

namespace ecoplan {

/// Where a project keeps its layers' styles (project schema 6): our own description as JSON in
/// ecoplan_styles (the source of truth), and beside it, regenerated in the same transaction, the QGIS
/// style in the GeoPackage's layer_styles table, which QGIS reads when it opens the layer.
class LayerStyleTable
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::LayerStyleTable)
public:
    /// Creates both tables (layer_styles only if QGIS has not made it already) and registers them in
    /// gpkg_contents as attribute tables. Part of the migration to schema 6: no transaction of its own.
    static Status create(GDALDataset &ds);
    /// Stores `style` for `layer` and writes its QML as the layer's default QGIS style, in one transaction.
    /// Other QGIS styles of the layer are kept, but no longer the default.
    static Status write(GDALDataset &ds, const QString &layer, const LayerStyle &style, GeometryKind kind);
    /// The stored styles by layer name; a style that cannot be read is left out and named in `warnings`.
    static QHash<QString, LayerStyle> read(GDALDataset &ds, QStringList *warnings);
};

} // namespace ecoplan
