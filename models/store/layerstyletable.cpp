// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerstyletable.h"

#include "gdalerrorcollector.h"
#include "gdalsql.h"
#include "style/stylejson.h"
#include "style/styleqml.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {
namespace {

/// Marks the layer_styles rows the workbench writes (and replaces); QGIS shows it as the description.
const QString ourDescription = QStringLiteral("EcoPlan Workbench");

Status registerTable(GDALDataset &ds, const QString &table, const QString &description)
{
    return executeSql(
        ds, QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                           "last_change) SELECT %1, 'attributes', %1, %2, strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                           "WHERE NOT EXISTS (SELECT 1 FROM gpkg_contents WHERE table_name = %1)")
                .arg(sqlLiteral(table), sqlLiteral(description)));
}

} // namespace

Status LayerStyleTable::create(GDALDataset &ds)
{
    // The columns QGIS creates (QgsOgrProviderUtils, saving a style to a GeoPackage).
    const QString steps[] = {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), "
            "f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, "
            "useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), "
            "update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"),
        QStringLiteral("CREATE TABLE ecoplan_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "layer TEXT NOT NULL UNIQUE, style TEXT NOT NULL, updated_at DATETIME)"),
    };
    for (const QString &sql : steps) {
        if (Status s = executeSql(ds, sql); !s)
            return s;
    }
    if (Status s = registerTable(ds, QStringLiteral("layer_styles"), QStringLiteral("layer_styles")); !s)
        return s;
    return registerTable(ds, QStringLiteral("ecoplan_styles"), QStringLiteral("ecoplan_styles"));
}

Status LayerStyleTable::write(GDALDataset &ds, const QString &layer, const LayerStyle &style,
                              GeometryKind kind)
{
    if (querySqlValue(ds, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'ecoplan_styles'")) !=
        QLatin1String("1"))
        return Status::failure(tr("The project has no style table; it was made by an older workbench."));
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");
    const QString name = sqlLiteral(layer);
    const QString statements[] = {
        QStringLiteral("INSERT INTO ecoplan_styles (layer, style, updated_at) VALUES (%1, %2, %3) "
                       "ON CONFLICT (layer) DO UPDATE SET style = excluded.style, updated_at = excluded.updated_at")
            .arg(name, sqlLiteral(QString::fromUtf8(stylejson::write(style))), now),
        QStringLiteral("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = %1").arg(name),
        QStringLiteral("DELETE FROM layer_styles WHERE f_table_name = %1 AND description = %2")
            .arg(name, sqlLiteral(ourDescription)),
        QStringLiteral("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                       "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, "
                       "update_time) VALUES ('', '', %1, (SELECT column_name FROM gpkg_geometry_columns WHERE "
                       "table_name = %1), %1, %2, '', 1, %3, '', NULL, %4)")
            .arg(name, sqlLiteral(styleqml::write(style, kind)), sqlLiteral(ourDescription), now),
        QStringLiteral("UPDATE gpkg_contents SET last_change = %1 WHERE table_name IN ('layer_styles', "
                       "'ecoplan_styles')")
            .arg(now),
    };
    GdalErrorCollector errors;
    if (ds.StartTransaction() != OGRERR_NONE)
        return Status::failure(tr("The project could not be locked for writing: %1").arg(errors.lastError()));
    for (const QString &sql : statements) {
        if (Status s = executeSql(ds, sql); !s) {
            ds.RollbackTransaction();
            return Status::failure(tr("The style of “%1” was not saved: %2").arg(layer, s.error()));
        }
    }
    if (ds.CommitTransaction() != OGRERR_NONE)
        return Status::failure(tr("The style of “%1” was not saved: %2").arg(layer, errors.lastError()));
    return Status::success();
}

QHash<QString, LayerStyle> LayerStyleTable::read(GDALDataset &ds, QStringList *warnings)
{
    QHash<QString, LayerStyle> styles;
    GdalErrorCollector quiet;
    OGRLayer *rs = ds.ExecuteSQL("SELECT layer, style FROM ecoplan_styles", nullptr, nullptr);
    if (!rs)
        return styles; // an older project: no stored styles
    for (auto &row : *rs) {
        const QString layer = QString::fromUtf8(row->GetFieldAsString(0));
        Result<LayerStyle> style = stylejson::read(QByteArray(row->GetFieldAsString(1)),
                                                   QStringLiteral("“%1”").arg(layer));
        if (style)
            styles.insert(layer, *style);
        else if (warnings)
            *warnings << style.error();
    }
    ds.ReleaseResultSet(rs);
    return styles;
}

} // namespace ecoplan
