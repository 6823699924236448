// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectschema.h"

#include "gdalerrorcollector.h"
#include "gdalsql.h"
#include "layerstyletable.h"

#include <QDateTime>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <memory>

namespace ecoplan {
namespace {

struct FieldSpec
{
    const char *name;
    OGRFieldType type;
    const char *domain = nullptr; ///< a coded-value domain, for value lists in forms and in QGIS
    bool isRequired = false;
};

struct LayerSpec
{
    const char *name;
    OGRwkbGeometryType type;
    std::vector<FieldSpec> fields;
};

/// Fields every thematic layer has, then the ones its kind needs.
std::vector<FieldSpec> withCommonFields(std::vector<FieldSpec> specific)
{
    std::vector<FieldSpec> fields = {{"name", OFTString, nullptr, true},
                                     {"code", OFTString},
                                     {"county_code", OFTString},
                                     {"status", OFTString, "work_status", true}};
    fields.insert(fields.end(), specific.begin(), specific.end());
    fields.insert(fields.end(),
                  {{"start_date", OFTDate},
                   {"due_date", OFTDate},
                   {"completed_date", OFTDate},
                   {"responsible_unit", OFTString},
                   {"notes", OFTString},
                   // Sample rows in the demo project are marked so that no one mistakes them for data.
                   {"is_sample", OFTInteger}});
    return fields;
}

std::vector<LayerSpec> thematicSpecs()
{
    return {
        {"canal_zones",
         wkbMultiPolygon,
         {{"zone", OFTString, "protection_zone", true},
          {"segment", OFTString},
          {"width_left_m", OFTReal},
          {"width_right_m", OFTReal},
          {"basis", OFTString},
          {"notes", OFTString}}},
        {"mines", wkbMultiPolygon,
         withCommonFields({{"mineral", OFTString},
                           {"area_mu", OFTReal},
                           {"restored_area_mu", OFTReal},
                           {"restoration_method", OFTString, "restoration_method"}})},
        {"villages", wkbPoint,
         withCommonFields({{"population", OFTInteger},
                           {"zone", OFTString, "protection_zone"},
                           {"sewage_treated", OFTInteger}})},
        {"outfalls", wkbPoint,
         withCommonFields({{"outfall_type", OFTString, "outfall_type"},
                           {"receiving_river", OFTString},
                           {"discharge_m3_per_day", OFTReal},
                           {"traced", OFTInteger},
                           {"remediated", OFTInteger}})},
    };
}

/// Value lists: code → description (Chinese / English), stored as GeoPackage data column constraints.
std::vector<std::pair<const char *, std::vector<std::pair<const char *, const char *>>>> domainSpecs()
{
    return {
        {"work_status",
         {{"not_started", "未开始 / not started"},
          {"in_progress", "推进中 / in progress"},
          {"completed", "已完成 / completed"},
          {"verified", "已验收 / verified"}}},
        {"outfall_type",
         {{"industrial", "工业排污口 / industrial"},
          {"municipal", "城镇污水处理厂排污口 / municipal sewage plant"},
          {"agricultural", "农业排口 / agricultural"},
          {"rainwater", "雨洪排口 / storm water"},
          {"other", "其他 / other"}}},
        {"protection_zone",
         {{"primary", "一级保护区 / primary zone"},
          {"secondary", "二级保护区 / secondary zone"},
          {"outside", "保护区外 / outside"}}},
        {"restoration_method",
         {{"natural", "自然恢复 / natural recovery"},
          {"assisted", "辅助再生 / assisted regeneration"},
          {"reconstruction", "生态重建 / reconstruction"},
          {"conversion", "转型利用 / conversion"}}},
    };
}

Status createDomains(GDALDataset &ds)
{
    for (const auto &[name, values] : domainSpecs()) {
        // The domain takes the vector and frees its strings, so they are GDAL-allocated copies.
        std::vector<OGRCodedValue> coded;
        for (const auto &[code, label] : values)
            coded.push_back({CPLStrdup(code), CPLStrdup(label)});
        auto domain = std::make_unique<OGRCodedFieldDomain>(name, "", OFTString, OFSTNone, std::move(coded));
        std::string failure;
        if (!ds.AddFieldDomain(std::move(domain), failure))
            return Status::failure(QString::fromStdString(failure));
    }
    return Status::success();
}

Status createThematicLayers(GDALDataset &ds)
{
    OGRSpatialReference cgcs2000;
    cgcs2000.importFromEPSG(4490); // CGCS2000, the national datum planners' registers use
    cgcs2000.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    GdalErrorCollector errors;
    for (const LayerSpec &spec : thematicSpecs()) {
        const char *options[] = {"SPATIAL_INDEX=YES", "GEOMETRY_NAME=geom", "FID=fid", nullptr};
        OGRLayer *layer = ds.CreateLayer(spec.name, &cgcs2000, spec.type, const_cast<char **>(options));
        if (!layer)
            return Status::failure(
                errors.lastError(QStringLiteral("cannot create layer %1").arg(QLatin1String(spec.name))));
        for (const FieldSpec &f : spec.fields) {
            OGRFieldDefn defn(f.name, f.type);
            defn.SetNullable(!f.isRequired);
            if (f.domain)
                defn.SetDomainName(f.domain);
            if (layer->CreateField(&defn) != OGRERR_NONE)
                return Status::failure(
                    errors.lastError(QStringLiteral("cannot create %1.%2")
                                         .arg(QLatin1String(spec.name), QLatin1String(f.name))));
        }
    }
    return Status::success();
}

/// Attribute tables with foreign keys. GDAL cannot declare foreign keys, so these are written as SQL and
/// registered in gpkg_contents as "attributes".
const char *const attributeTables[][2] = {
    // GeoPackage attribute tables need an INTEGER primary key (requirement 119), so the key is UNIQUE.
    {"ecoplan_meta", "CREATE TABLE ecoplan_meta (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL "
                     "UNIQUE, value TEXT)"},
    {"plans",
     "CREATE TABLE plans (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, title_en TEXT, "
     "doc_number TEXT, issuer TEXT, issued_date DATE, period_start DATE, period_end DATE, level TEXT, "
     "region_code TEXT, source_file TEXT, source_text TEXT, imported_at DATETIME)"},
    {"plan_tasks",
     "CREATE TABLE plan_tasks (id INTEGER PRIMARY KEY AUTOINCREMENT, "
     "plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE, "
     "parent_id INTEGER REFERENCES plan_tasks(id) ON DELETE CASCADE, kind TEXT NOT NULL "
     "CHECK (kind IN ('part','section','task')), number TEXT, ordinal INTEGER, title TEXT, title_en TEXT, "
     "text TEXT, category TEXT, deadline DATE, lead TEXT, cooperating TEXT, responsible TEXT, "
     "implements_task_id INTEGER REFERENCES plan_tasks(id) ON DELETE SET NULL)"},
    {"task_targets",
     "CREATE TABLE task_targets (id INTEGER PRIMARY KEY AUTOINCREMENT, "
     "task_id INTEGER REFERENCES plan_tasks(id) ON DELETE CASCADE, "
     "plan_id INTEGER REFERENCES plans(id) ON DELETE CASCADE, indicator TEXT NOT NULL, "
     "comparator TEXT CHECK (comparator IN ('<','<=','=','>=','>')), value REAL, unit TEXT, deadline DATE, "
     "text TEXT)"},
    {"progress_records",
     "CREATE TABLE progress_records (id INTEGER PRIMARY KEY AUTOINCREMENT, "
     "task_id INTEGER NOT NULL REFERENCES plan_tasks(id) ON DELETE CASCADE, layer TEXT, feature_id INTEGER, "
     "recorded_on DATE NOT NULL, status TEXT, percent REAL CHECK (percent IS NULL OR (percent >= 0 AND "
     "percent <= 100)), "
     "value REAL, note TEXT, author TEXT, created_at DATETIME NOT NULL)"},
    {"attachments",
     "CREATE TABLE attachments (id INTEGER PRIMARY KEY AUTOINCREMENT, "
     "progress_id INTEGER REFERENCES progress_records(id) ON DELETE CASCADE, file_name TEXT NOT NULL, "
     "mime_type TEXT, taken_at DATETIME, data BLOB NOT NULL)"},
    {"audit_log", "CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at DATETIME NOT NULL, user "
                  "TEXT NOT NULL, "
                  "action TEXT NOT NULL, table_name TEXT NOT NULL, row_id INTEGER, before TEXT, after TEXT)"},
    {"views", "CREATE TABLE views (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, crs TEXT, "
              "center_x REAL, center_y REAL, scale REAL, layers TEXT, as_of DATE)"},
    {"layouts", "CREATE TABLE layouts (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, definition "
                "TEXT NOT NULL)"},
};

Status registerAttributeTable(GDALDataset &ds, const QString &table, const QString &description)
{
    return executeSql(
        ds, QStringLiteral(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                "last_change) VALUES ('%1', 'attributes', '%1', '%2', strftime('%Y-%m-%dT%H:%M:%fZ','now'))")
                .arg(table, description));
}

Status createRelatedTables(GDALDataset &ds)
{
    const QString definition = QStringLiteral("http://docs.opengeospatial.org/is/18-000/18-000.html");
    if (Status s = executeSql(
            ds, QStringLiteral(
                    "CREATE TABLE gpkgext_relations (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "base_table_name TEXT NOT NULL, base_primary_column TEXT NOT NULL DEFAULT 'id', "
                    "related_table_name TEXT NOT NULL, related_primary_column TEXT NOT NULL DEFAULT 'id', "
                    "relation_name TEXT NOT NULL, mapping_table_name TEXT NOT NULL UNIQUE)"));
        !s)
        return s;
    if (Status s = executeSql(
            ds, QStringLiteral("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, "
                               "definition, scope) VALUES ('gpkgext_relations', NULL, 'gpkg_related_tables', "
                               "'%1', 'read-write')")
                    .arg(definition));
        !s)
        return s;
    for (const QString &layer : ProjectSchema::linkableLayers()) {
        const QString mapping = QStringLiteral("task_links_%1").arg(layer);
        // base = the features, related = the tasks: "which tasks concern this outfall", and the reverse.
        const QString steps[] = {
            QStringLiteral("CREATE TABLE %1 (base_id INTEGER NOT NULL REFERENCES %2(fid) ON DELETE CASCADE, "
                           "related_id INTEGER NOT NULL REFERENCES plan_tasks(id) ON DELETE CASCADE, "
                           "confirmed INTEGER NOT NULL DEFAULT 1, UNIQUE (base_id, related_id))")
                .arg(mapping, layer),
            QStringLiteral(
                "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                "VALUES ('%1', NULL, 'gpkg_related_tables', '%2', 'read-write')")
                .arg(mapping, definition),
            QStringLiteral(
                "INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, "
                "related_primary_column, relation_name, mapping_table_name) "
                "VALUES ('%1', 'fid', 'plan_tasks', 'id', 'attributes', '%2')")
                .arg(layer, mapping),
        };
        // Mapping tables are listed in gpkg_extensions, not in gpkg_contents (OGC 18-000).
        for (const QString &sql : steps) {
            if (Status s = executeSql(ds, sql); !s)
                return s;
        }
    }
    return Status::success();
}

Status migrateTo1(GDALDataset &ds)
{
    if (Status s = createDomains(ds); !s)
        return s;
    if (Status s = createThematicLayers(ds); !s)
        return s;
    for (const auto &[table, sql] : attributeTables) {
        if (Status s = executeSql(ds, QString::fromLatin1(sql)); !s)
            return s;
        if (Status s = registerAttributeTable(ds, QString::fromLatin1(table), QString::fromLatin1(table)); !s)
            return s;
    }
    return createRelatedTables(ds);
}

/// Version 2: titles for the columns a planner reads, "中文 / English", in gpkg_data_columns.title (the
/// GeoPackage schema extension); the workbench shows the part in the UI's language. The `name` column is
/// left alone: GeoPackage makes it unique across the whole file, so "名称" could be used only once.
const char *const fieldTitles[][3] = {
    // Every layer that has them
    {"*", "name", "名称 / Name"},
    {"*", "name_en", "英文名 / English name"},
    {"*", "code", "编码 / Code"},
    {"*", "county_code", "县级区划代码 / County code"},
    {"*", "status", "工作状态 / Status"},
    {"*", "start_date", "开始日期 / Start date"},
    {"*", "due_date", "完成时限 / Due date"},
    {"*", "completed_date", "完成日期 / Completed on"},
    {"*", "responsible_unit", "责任单位 / Responsible unit"},
    {"*", "notes", "备注 / Notes"},
    {"*", "is_sample", "示例数据 / Sample row"},
    {"*", "zone", "保护区 / Protection zone"},
    // Mines
    {"mines", "mineral", "矿种 / Mineral"},
    {"mines", "area_mu", "面积（亩） / Area (mu)"},
    {"mines", "restored_area_mu", "已修复面积（亩） / Restored area (mu)"},
    {"mines", "restoration_method", "修复方式 / Restoration method"},
    // Villages
    {"villages", "population", "人口 / Population"},
    {"villages", "sewage_treated", "生活污水已治理 / Sewage treated"},
    // Outfalls
    {"outfalls", "outfall_type", "排污口类型 / Outfall type"},
    {"outfalls", "receiving_river", "受纳水体 / Receiving water"},
    {"outfalls", "discharge_m3_per_day", "排放量（m³/日） / Discharge (m³/day)"},
    {"outfalls", "traced", "已溯源 / Traced"},
    {"outfalls", "remediated", "已整治 / Remediated"},
    // Canal protection zones
    {"canal_zones", "segment", "渠段 / Canal segment"},
    {"canal_zones", "width_left_m", "左侧宽度（米） / Width left (m)"},
    {"canal_zones", "width_right_m", "右侧宽度（米） / Width right (m)"},
    {"canal_zones", "basis", "划定依据 / Basis"},
    {"canal_zones", "segment_code", "渠段代码 / Segment code"},
    {"canal_zones", "management_half_width_m", "管理范围半宽（米） / Management half-width (m)"},
    // Reference layers
    {"counties", "prefecture_code", "所属地级市代码 / Prefecture code"},
    {"counties", "prefecture_name", "所属地级市 / Prefecture"},
    {"counties", "old_code", "原区划代码 / Former code"},
    {"counties", "old_name", "原名称 / Former name"},
    {"rivers", "class", "河流等级 / River class"},
    {"snwd_canal", "accuracy", "精度说明 / Accuracy"},
    {"snwd_canal", "waypoints", "控制点 / Waypoints"},
};

/// The titles of fieldTitles for the columns the file has (again on later migrations that add columns).
Status writeFieldTitles(GDALDataset &ds)
{
    for (const auto &[layer, column, title] : fieldTitles) {
        const QString bilingual = QString::fromUtf8(title);
        // Only columns that exist, in feature tables of this file; an existing row keeps its constraint.
        const QString layerFilter = qstrcmp(layer, "*") == 0
                                        ? QStringLiteral("1")
                                        : QStringLiteral("c.table_name = '%1'").arg(QLatin1String(layer));
        const QString sql =
            QStringLiteral(
                "INSERT INTO gpkg_data_columns (table_name, column_name, title) "
                "SELECT c.table_name, '%1', '%2' FROM gpkg_contents c WHERE c.data_type = 'features' "
                "AND %3 AND EXISTS (SELECT 1 FROM pragma_table_info(c.table_name) WHERE name = '%1') "
                "ON CONFLICT (table_name, column_name) DO UPDATE SET title = excluded.title")
                .arg(QLatin1String(column), bilingual, layerFilter);
        if (Status s = executeSql(ds, sql); !s)
            return s;
    }
    return Status::success();
}

Status migrateTo2(GDALDataset &ds)
{
    // The schema extension is registered by GDAL once a layer has a value list; make sure of it anyway.
    for (const char *table : {"gpkg_data_columns", "gpkg_data_column_constraints"}) {
        if (Status s = executeSql(
                ds,
                QStringLiteral("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, "
                               "definition, scope) SELECT '%1', NULL, 'gpkg_schema', "
                               "'http://www.geopackage.org/spec121/#extension_schema', 'read-write' WHERE "
                               "NOT EXISTS (SELECT 1 FROM gpkg_extensions WHERE table_name = '%1' AND "
                               "extension_name = 'gpkg_schema')")
                    .arg(QLatin1String(table)));
            !s)
            return s;
    }
    return writeFieldTitles(ds);
}

/// Version 3: what the plan parser finds and the task tables could not yet hold: every deadline of a task
/// and the places it names (JSON arrays; places with a feature are also linked in task_links_<layer>), and
/// whether the province task a city task implements was confirmed by a user or only suggested.
Status migrateTo3(GDALDataset &ds)
{
    const char *const columns[] = {
        "ALTER TABLE plan_tasks ADD COLUMN deadlines TEXT",
        "ALTER TABLE plan_tasks ADD COLUMN places TEXT",
        "ALTER TABLE plan_tasks ADD COLUMN implements_confirmed INTEGER NOT NULL DEFAULT 0",
    };
    for (const char *sql : columns) {
        if (Status s = executeSql(ds, QString::fromLatin1(sql)); !s)
            return s;
    }
    return Status::success();
}

/// Version 4: a Chinese title beside the English one, for plans read in English translation (the province
/// plan ships in English; planners read Chinese).
Status migrateTo4(GDALDataset &ds)
{
    for (const char *sql :
         {"ALTER TABLE plans ADD COLUMN title_zh TEXT", "ALTER TABLE plan_tasks ADD COLUMN title_zh TEXT"}) {
        if (Status s = executeSql(ds, QString::fromLatin1(sql)); !s)
            return s;
    }
    return Status::success();
}

/// Version 5: protection zones remember the stretch they belong to (a prefecture's code) and the half-width
/// of the canal's management corridor they were measured from, so regenerating them starts from the
/// widths last used.
Status migrateTo5(GDALDataset &ds)
{
    for (const char *sql : {"ALTER TABLE canal_zones ADD COLUMN segment_code TEXT",
                            "ALTER TABLE canal_zones ADD COLUMN management_half_width_m REAL"}) {
        if (Status s = executeSql(ds, QString::fromLatin1(sql)); !s)
            return s;
    }
    return writeFieldTitles(ds);
}

/// Version 6: layer styles, ours (ecoplan_styles, JSON) and QGIS's (layer_styles, QML), see LayerStyleTable.
Status migrateTo6(GDALDataset &ds)
{
    return LayerStyleTable::create(ds);
}

/// Version 7: progress belongs to a link, not to a feature (one outfall can serve two tasks). task_links
/// holds each task attached to a place with its responsible unit, target and deadline; progress_records
/// and their photos hang off a link. The GeoPackage mapping tables task_links_<layer> keep the places a
/// plan's text names (found by the parser). Links users made to thematic features before (rows of those
/// mapping tables) become task links, and a linked feature's own status becomes the link's first record,
/// dated when the feature says the work was completed or started, so nothing recorded is lost.
Status migrateTo7(GDALDataset &ds)
{
    QStringList steps = {
        QStringLiteral(
            "CREATE TABLE task_links (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "task_id INTEGER NOT NULL REFERENCES plan_tasks(id) ON DELETE CASCADE, layer TEXT NOT NULL, "
            "feature_id INTEGER NOT NULL, responsible TEXT, target_value REAL, target_unit TEXT, "
            "target_text TEXT, deadline DATE, note TEXT, created_at DATETIME, "
            "UNIQUE (task_id, layer, feature_id))"),
        QStringLiteral("CREATE INDEX task_links_place ON task_links (layer, feature_id)"),
        QStringLiteral("ALTER TABLE progress_records ADD COLUMN link_id INTEGER REFERENCES task_links(id) "
                       "ON DELETE CASCADE"),
        QStringLiteral("ALTER TABLE progress_records ADD COLUMN blocked_reason TEXT"),
        QStringLiteral("CREATE INDEX progress_records_link ON progress_records (link_id, recorded_on)"),
        QStringLiteral("ALTER TABLE attachments ADD COLUMN latitude REAL"),
        QStringLiteral("ALTER TABLE attachments ADD COLUMN longitude REAL"),
    };
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");
    for (const QString &layer : ProjectSchema::thematicLayers()) {
        if (!ds.GetLayerByName(layer.toUtf8().constData()))
            continue;
        const bool hasStatus = layer != QLatin1String("canal_zones");
        steps << QStringLiteral("INSERT OR IGNORE INTO task_links (task_id, layer, feature_id, responsible, "
                                "deadline, created_at) SELECT m.related_id, '%1', m.base_id, %2, %3, %4 "
                                "FROM task_links_%1 m JOIN %1 f ON f.fid = m.base_id "
                                "JOIN plan_tasks t ON t.id = m.related_id")
                     .arg(layer, hasStatus ? QStringLiteral("f.responsible_unit") : QStringLiteral("NULL"),
                          hasStatus ? QStringLiteral("COALESCE(f.due_date, t.deadline)")
                                    : QStringLiteral("t.deadline"),
                          now);
        if (hasStatus)
            steps << QStringLiteral(
                         "INSERT INTO progress_records (task_id, layer, feature_id, link_id, recorded_on, "
                         "status, note, author, created_at) SELECT l.task_id, l.layer, l.feature_id, l.id, "
                         "COALESCE(f.completed_date, f.start_date, date('now')), f.status, "
                         "'要素原有状态（升级至项目结构 7 时迁移） / the feature''s own status, moved here by "
                         "the upgrade to project schema 7', 'EcoPlan Workbench', %2 "
                         "FROM task_links l JOIN %1 f ON f.fid = l.feature_id WHERE l.layer = '%1' "
                         "AND f.status IN ('in_progress', 'completed', 'verified')")
                         .arg(layer, now);
    }
    // Records written before links existed name their task and place: give them the link.
    steps << QStringLiteral(
        "UPDATE progress_records SET link_id = (SELECT l.id FROM task_links l WHERE l.task_id = "
        "progress_records.task_id AND l.layer = progress_records.layer AND l.feature_id = "
        "progress_records.feature_id) WHERE link_id IS NULL");
    for (const QString &sql : std::as_const(steps)) {
        if (Status s = executeSql(ds, sql); !s)
            return s;
    }
    return registerAttributeTable(ds, QStringLiteral("task_links"), QStringLiteral("task_links"));
}

} // namespace

QStringList ProjectSchema::thematicLayers()
{
    return {QStringLiteral("canal_zones"), QStringLiteral("mines"), QStringLiteral("villages"),
            QStringLiteral("outfalls")};
}

QStringList ProjectSchema::linkableLayers()
{
    return thematicLayers() +
           QStringList{QStringLiteral("prefectures"), QStringLiteral("counties"), QStringLiteral("rivers")};
}

int ProjectSchema::version(GDALDataset &ds)
{
    const QString v =
        querySqlValue(ds, QStringLiteral("SELECT value FROM ecoplan_meta WHERE key = 'schema_version'"));
    return v.isEmpty() ? 0 : v.toInt();
}

Status ProjectSchema::migrate(GDALDataset &ds, const QString &where, int to)
{
    const int from = version(ds);
    if (from > currentVersion) {
        return Status::failure(
            tr("%1 was written by a newer EcoPlan Workbench (project schema %2; this version "
               "reads up to %3). Update the workbench to open it.")
                .arg(where)
                .arg(from)
                .arg(currentVersion));
    }
    to = std::clamp(to, 0, currentVersion);
    if (from >= to)
        return Status::success();
    using Migration = Status (*)(GDALDataset &);
    const Migration migrations[] = {&migrateTo1, &migrateTo2, &migrateTo3, &migrateTo4, &migrateTo5,
                                    &migrateTo6, &migrateTo7};
    if (ds.StartTransaction() != OGRERR_NONE)
        return Status::failure(tr("Cannot change %1: it could not be locked for writing.").arg(where));
    for (int v = from; v < to; ++v) {
        if (Status s = migrations[v](ds); !s) {
            ds.RollbackTransaction();
            return Status::failure(
                tr("Cannot upgrade %1 to project schema %2: %3. The file was left unchanged.")
                    .arg(where)
                    .arg(v + 1)
                    .arg(s.error()));
        }
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString meta[] = {
        QStringLiteral("INSERT OR REPLACE INTO ecoplan_meta (key, value) VALUES ('schema_version', '%1')")
            .arg(to),
        QStringLiteral("INSERT OR IGNORE INTO ecoplan_meta (key, value) VALUES ('created_at', '%1')")
            .arg(now),
        QStringLiteral("INSERT OR REPLACE INTO ecoplan_meta (key, value) VALUES ('migrated_at', '%1')")
            .arg(now),
        QStringLiteral(
            "INSERT OR REPLACE INTO ecoplan_meta (key, value) VALUES ('application', 'EcoPlan Workbench')"),
    };
    for (const QString &sql : meta) {
        if (Status s = executeSql(ds, sql); !s) {
            ds.RollbackTransaction();
            return Status::failure(
                tr("Cannot upgrade %1: %2. The file was left unchanged.").arg(where, s.error()));
        }
    }
    if (ds.CommitTransaction() != OGRERR_NONE)
        return Status::failure(tr("Cannot write %1: the upgrade could not be committed.").arg(where));
    return Status::success();
}

} // namespace ecoplan
