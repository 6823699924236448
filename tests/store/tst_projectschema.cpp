// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the project schema: a bare GeoPackage (version 0) is migrated to the current version with the
// thematic layers, value lists, plan tables and Related Tables registrations; the result passes GDAL's
// GeoPackage validator and GDAL sees the relations; foreign keys hold; a migration that fails leaves
// the file exactly as it was; a file from a newer version is refused.
#include "store/gdalsetup.h"
#include "store/gdalsql.h"
#include "store/layerstyletable.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

using namespace ecoplan;

class TstProjectSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void migratesBareGeoPackage();
    void relationsVisibleToGdal();
    void passesGeoPackageValidation();
    void migrationIsIdempotent();
    void foreignKeysHold();
    void failedMigrationChangesNothing();
    void newerSchemaRefused();
    void demoProjectIsCurrent();
    void migratesFromVersion1KeepingData();
    void version6AddsStyleTables();
    void version7MovesProgressToLinks();

private:
    QString migratedCopy(const QString &name);
    static GDALDatasetUniquePtr openForUpdate(const QString &path);
    static QByteArray fileHash(const QString &path);
    QTemporaryDir m_dir;
    QString m_migrated;
};

void TstProjectSchema::initTestCase()
{
    ensureGdalRegistered();
    m_migrated = migratedCopy(QStringLiteral("migrated.gpkg"));
}

GDALDatasetUniquePtr TstProjectSchema::openForUpdate(const QString &path)
{
    return GDALDatasetUniquePtr(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
}

QByteArray TstProjectSchema::fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString TstProjectSchema::migratedCopy(const QString &name)
{
    const QString path = test::copyInto(m_dir, test::referenceGpkg(), name);
    auto ds = openForUpdate(path);
    if (!ds || ProjectSchema::version(*ds) != 0)
        return {};
    const Status s = ProjectSchema::migrate(*ds, path);
    return s ? path : QString();
}

void TstProjectSchema::migratesBareGeoPackage()
{
    QVERIFY(!m_migrated.isEmpty());
    auto ds = openForUpdate(m_migrated);
    QCOMPARE(ProjectSchema::version(*ds), ProjectSchema::currentVersion);
    // The reference layers are untouched, the thematic layers are there and empty.
    QCOMPARE(ds->GetLayerByName("counties")->GetFeatureCount(), GIntBig(157));
    for (const QString &name : ProjectSchema::thematicLayers()) {
        OGRLayer *l = ds->GetLayerByName(name.toUtf8().constData());
        QVERIFY2(l, qPrintable(name));
        QCOMPARE(l->GetFeatureCount(), GIntBig(0));
        QCOMPARE(QByteArray(l->GetSpatialRef()->GetAuthorityCode(nullptr)), QByteArray("4490"));
    }
    // Fields a planner needs, with value lists.
    OGRFeatureDefn *outfalls = ds->GetLayerByName("outfalls")->GetLayerDefn();
    for (const char *field : {"name", "code", "county_code", "status", "outfall_type", "receiving_river",
                              "due_date", "is_sample"})
        QVERIFY2(outfalls->GetFieldIndex(field) >= 0, field);
    QCOMPARE(QByteArray(outfalls->GetFieldDefn(outfalls->GetFieldIndex("status"))->GetDomainName().c_str()),
             QByteArray("work_status"));
    QVERIFY(!outfalls->GetFieldDefn(outfalls->GetFieldIndex("name"))->IsNullable());
    OGRFeatureDefn *mines = ds->GetLayerByName("mines")->GetLayerDefn();
    QVERIFY(mines->GetFieldIndex("area_mu") >= 0);
    const OGRFieldDomain *status = ds->GetFieldDomain("work_status");
    QVERIFY(status);
    QCOMPARE(status->GetDomainType(), OFDT_CODED);
    // The attribute tables.
    for (const char *table : {"plans", "plan_tasks", "task_targets", "progress_records", "attachments",
                              "audit_log", "views", "layouts", "ecoplan_meta", "layer_styles", "ecoplan_styles"})
        QVERIFY2(ds->GetLayerByName(table), table);
}

void TstProjectSchema::relationsVisibleToGdal()
{
    auto ds = openForUpdate(m_migrated);
    const std::vector<std::string> names = ds->GetRelationshipNames();
    QCOMPARE(int(names.size()), int(ProjectSchema::linkableLayers().size()));
    bool foundOutfalls = false;
    for (const std::string &n : names) {
        const GDALRelationship *r = ds->GetRelationship(n);
        QVERIFY(r);
        QCOMPARE(QByteArray(r->GetRightTableName().c_str()), QByteArray("plan_tasks"));
        QCOMPARE(r->GetCardinality(), GRC_MANY_TO_MANY);
        if (r->GetLeftTableName() == "outfalls") {
            foundOutfalls = true;
            QCOMPARE(QByteArray(r->GetMappingTableName().c_str()), QByteArray("task_links_outfalls"));
        }
    }
    QVERIFY(foundOutfalls);
}

void TstProjectSchema::passesGeoPackageValidation()
{
    // GDAL's own checker of the GeoPackage requirements (Debian python3-gdal).
    const QString validator =
        QStringLiteral("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
    if (!QFile::exists(validator) || !QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("validate_gpkg.py (Debian python3-gdal) is not installed");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {validator, m_migrated});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0,
             qPrintable(QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(m_migrated.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), QByteArray("ok"));
    sqlite3_finalize(st);
    sqlite3_close(db);
}

void TstProjectSchema::migrationIsIdempotent()
{
    const QByteArray before = fileHash(m_migrated);
    auto ds = openForUpdate(m_migrated);
    QVERIFY(ProjectSchema::migrate(*ds, m_migrated).ok());
    ds.reset();
    QCOMPARE(fileHash(m_migrated), before);
}

void TstProjectSchema::foreignKeysHold()
{
    // Plain SQL on the attribute tables (no GDAL functions needed there).
    const QString path = test::copyInto(m_dir, m_migrated, QStringLiteral("fk.gpkg"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    auto exec = [db](const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); };
    auto count = [db](const char *sql) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        sqlite3_step(st);
        const int n = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        return n;
    };
    QCOMPARE(exec("PRAGMA foreign_keys = ON"), SQLITE_OK);
    QVERIFY(exec("INSERT INTO plan_tasks (plan_id, kind, title) VALUES (99, 'task', 'orphan')") != SQLITE_OK);
    QCOMPARE(exec("INSERT INTO plans (title) VALUES ('河南省生态环境质量稳定向好三年行动方案')"), SQLITE_OK);
    QCOMPARE(exec("INSERT INTO plan_tasks (plan_id, kind, number, title) VALUES (1, 'task', '1', "
                  "'升级168城市排名')"),
             SQLITE_OK);
    QVERIFY(exec("INSERT INTO plan_tasks (plan_id, kind, title) VALUES (1, 'chapter', 'bad kind')") !=
            SQLITE_OK);
    QCOMPARE(exec("INSERT INTO task_targets (task_id, indicator, comparator, value, unit) VALUES (1, "
                  "'PM2.5', '<', 42.5, 'µg/m³')"),
             SQLITE_OK);
    QCOMPARE(exec("INSERT INTO task_links_counties (base_id, related_id) VALUES (5, 1)"), SQLITE_OK);
    QVERIFY(exec("INSERT INTO task_links_counties (base_id, related_id) VALUES (5, 1)") !=
            SQLITE_OK); // no duplicates
    QCOMPARE(exec("DELETE FROM plans WHERE id = 1"), SQLITE_OK);
    QCOMPARE(count("SELECT count(*) FROM plan_tasks"), 0);
    QCOMPARE(count("SELECT count(*) FROM task_targets"), 0);
    QCOMPARE(count("SELECT count(*) FROM task_links_counties"), 0);
    sqlite3_close(db);
}

void TstProjectSchema::failedMigrationChangesNothing()
{
    // A bare GeoPackage that already has a table called "plans" (someone else's): version 1 cannot be
    // created.
    const QString path = test::copyInto(m_dir, test::referenceGpkg(), QStringLiteral("conflict.gpkg"));
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "CREATE TABLE plans (x TEXT)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const QByteArray before = fileHash(path);
    {
        auto ds = openForUpdate(path);
        const Status s = ProjectSchema::migrate(*ds, path);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("conflict.gpkg")) &&
                     s.error().contains(QStringLiteral("unchanged")),
                 qPrintable(s.error()));
    }
    auto ds = openForUpdate(path);
    QCOMPARE(ProjectSchema::version(*ds), 0);
    QVERIFY(!ds->GetLayerByName("outfalls"));
    ds.reset();
    QCOMPARE(fileHash(path), before);
}

void TstProjectSchema::newerSchemaRefused()
{
    const QString path = test::copyInto(m_dir, m_migrated, QStringLiteral("future.gpkg"));
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "UPDATE ecoplan_meta SET value = '99' WHERE key = 'schema_version'", nullptr, nullptr,
                 nullptr);
    sqlite3_close(db);
    auto ds = openForUpdate(path);
    const Status s = ProjectSchema::migrate(*ds, path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("newer")), qPrintable(s.error()));
}

void TstProjectSchema::demoProjectIsCurrent()
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(test::demoProject().toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    QCOMPARE(ProjectSchema::version(*ds), ProjectSchema::currentVersion);
}

void TstProjectSchema::migratesFromVersion1KeepingData()
{
    // A project as schema 1 left it, with a planner's outfall and its audit row in it.
    const QString path = test::copyInto(m_dir, test::referenceGpkg(), QStringLiteral("v1.gpkg"));
    {
        auto ds = openForUpdate(path);
        QVERIFY(ProjectSchema::migrate(*ds, path, 1));
        QCOMPARE(ProjectSchema::version(*ds), 1);
        QVERIFY(querySqlValue(*ds, QStringLiteral("SELECT count(*) FROM gpkg_data_columns WHERE title IS NOT "
                                                  "NULL"))
                    .toInt() == 0);
        QVERIFY(
            executeSql(*ds, QStringLiteral("INSERT INTO outfalls (geom, name, status, outfall_type) VALUES "
                                           "(NULL, '清潩河许昌段排污口', 'in_progress', 'municipal')")));
        QVERIFY(executeSql(*ds, QStringLiteral("INSERT INTO audit_log (at, user, action, table_name, row_id, "
                                               "after) VALUES ('2025-01-02T03:04:05Z', 'tester', 'insert', "
                                               "'outfalls', 1, '{}')")));
    }
    // The workbench opens it for editing: it is brought to the current schema on the way.
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    QVERIFY(!(*store)->isReadOnly());
    const auto row = (*store)->readFeature(QStringLiteral("outfalls"), 1);
    QVERIFY2(row.ok(), qPrintable(row.error()));
    QCOMPARE(row->attributes.value(QStringLiteral("name")).toString(), QStringLiteral("清潩河许昌段排污口"));
    QCOMPARE(row->attributes.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE((*store)->auditCount(), qint64(1));
    // What version 2 adds: field titles, read with the layer; value lists still attached.
    const auto layer = (*store)->readLayer(QStringLiteral("outfalls"));
    QVERIFY(layer.ok());
    const QList<Field> &fields = layer->table.fields;
    const Field &status = fields[layer->table.fieldIndex(QStringLiteral("status"))];
    QCOMPARE(status.title, QStringLiteral("工作状态 / Status"));
    QVERIFY(status.valueList && status.valueList->values.size() == 4);
    store->reset();
    auto ds = openForUpdate(path);
    QCOMPARE(ProjectSchema::version(*ds), ProjectSchema::currentVersion);
    // Reference layers get titles too, only for the columns they have.
    QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT title FROM gpkg_data_columns WHERE table_name = "
                                               "'counties' AND column_name = 'prefecture_name'")),
             QStringLiteral("所属地级市 / Prefecture"));
    QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT count(*) FROM gpkg_data_columns WHERE table_name = "
                                               "'rivers' AND column_name = 'area_mu'")),
             QStringLiteral("0"));
    ds.reset();
    // And the upgraded file still passes GDAL's GeoPackage validator.
    const QString validator =
        QStringLiteral("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
    if (QFile::exists(validator)) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {validator, path});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())));
    }
}

void TstProjectSchema::version6AddsStyleTables()
{
    // A schema 5 project (as Step 4 left it) gains the style tables, registered as attribute tables.
    const QString path = test::copyInto(m_dir, test::referenceGpkg(), QStringLiteral("v5.gpkg"));
    {
        auto ds = openForUpdate(path);
        QVERIFY(ProjectSchema::migrate(*ds, path, 5));
        QVERIFY(!ds->GetLayerByName("layer_styles"));
        QVERIFY(ProjectSchema::migrate(*ds, path, 6));
        QCOMPARE(ProjectSchema::version(*ds), 6);
        for (const char *table : {"layer_styles", "ecoplan_styles"}) {
            QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name = '%1'")
                                            .arg(QLatin1String(table))),
                     QStringLiteral("attributes"));
        }
        // The columns QGIS reads (GDAL sees tables made with SQL once the file is opened again).
        ds = openForUpdate(path);
        OGRFeatureDefn *qgis = ds->GetLayerByName("layer_styles")->GetLayerDefn();
        for (const char *column : {"f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column",
                                   "styleName", "styleQML", "styleSLD", "useAsDefault", "description", "owner",
                                   "ui", "update_time"})
            QVERIFY2(qgis->GetFieldIndex(column) >= 0, column);
        // A style written twice leaves one default row for the layer, with its geometry column.
        LayerStyle style;
        style.symbol.fill = Qt::red;
        QVERIFY(LayerStyleTable::write(*ds, QStringLiteral("counties"), style, GeometryKind::Polygon));
        style.symbol.fill = Qt::blue;
        QVERIFY(LayerStyleTable::write(*ds, QStringLiteral("counties"), style, GeometryKind::Polygon));
        QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT count(*) FROM layer_styles WHERE f_table_name = "
                                                   "'counties' AND useAsDefault = 1")),
                 QStringLiteral("1"));
        QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT f_geometry_column FROM layer_styles WHERE "
                                                   "f_table_name = 'counties'")),
                 QStringLiteral("geom"));
        QVERIFY(querySqlValue(*ds, QStringLiteral("SELECT styleQML FROM layer_styles WHERE f_table_name = "
                                                  "'counties'"))
                    .contains(QStringLiteral("0,0,255,255")));
        QStringList warnings;
        const auto stored = LayerStyleTable::read(*ds, &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(stored.value(QStringLiteral("counties")).symbol.fill, QColor(Qt::blue));
    }
    const QString validator =
        QStringLiteral("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");
    if (!QFile::exists(validator))
        QSKIP("validate_gpkg.py (Debian python3-gdal) is not installed");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {validator, path});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())));
}

void TstProjectSchema::version7MovesProgressToLinks()
{
    // A schema 6 project where a planner linked an outfall to a task and set the outfall's own status, and
    // the plan parser linked the task to a county it names.
    const QString path = test::copyInto(m_dir, test::referenceGpkg(), QStringLiteral("v6.gpkg"));
    {
        auto ds = openForUpdate(path);
        QVERIFY(ProjectSchema::migrate(*ds, path, 6));
        const char *const rows[] = {
            "INSERT INTO plans (id, title) VALUES (1, '许昌市实施方案')",
            "INSERT INTO plan_tasks (id, plan_id, kind, number, title, deadline) VALUES "
            "(7, 1, 'task', '1.', '排污口整治', '2024-12-31')",
            "INSERT INTO outfalls (fid, geom, name, status, completed_date, due_date, responsible_unit) VALUES "
            "(3, NULL, '清潩河排污口', 'completed', '2024-05-20', '2024-10-31', '禹州市人民政府')",
            "INSERT INTO outfalls (fid, geom, name, status) VALUES (4, NULL, '未开工排污口', 'not_started')",
            "INSERT INTO task_links_outfalls (base_id, related_id) VALUES (3, 7)",
            "INSERT INTO task_links_outfalls (base_id, related_id) VALUES (4, 7)",
            "INSERT INTO task_links_counties (base_id, related_id) SELECT fid, 7 FROM counties LIMIT 1",
        };
        for (const char *sql : rows)
            QVERIFY2(executeSql(*ds, QString::fromUtf8(sql)), sql);
        QVERIFY(ProjectSchema::migrate(*ds, path));
        QCOMPARE(ProjectSchema::version(*ds), 7);
        // Links the planner made became task links, with the feature's deadline and responsible unit; the
        // county the text names stayed a mention.
        QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT count(*) FROM task_links")), QStringLiteral("2"));
        QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT deadline || '|' || responsible FROM task_links "
                                                   "WHERE feature_id = 3")),
                 QStringLiteral("2024-10-31|禹州市人民政府"));
        QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT deadline || '' FROM task_links WHERE feature_id = 4")),
                 QStringLiteral("2024-12-31"));
        // The completed outfall's status is its link's first record, dated when it was completed; the
        // outfall not started gets none (no record already means not started).
        QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT count(*) FROM progress_records")),
                 QStringLiteral("1"));
        QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT r.status || '|' || r.recorded_on || '|' || "
                                                   "(r.link_id = l.id) FROM progress_records r JOIN task_links "
                                                   "l ON l.feature_id = 3")),
                 QStringLiteral("completed|2024-05-20|1"));
        QCOMPARE(querySqlValue(*ds, QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name = "
                                                   "'task_links'")),
                 QStringLiteral("attributes"));
    }
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const auto book = (*store)->readProgress();
    QVERIFY2(book.ok(), qPrintable(book.error()));
    QCOMPARE((*book)->size(), std::size_t(2));
    QCOMPARE((*book)->recordCount(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TstProjectSchema)
#include "tst_projectschema.moc"
