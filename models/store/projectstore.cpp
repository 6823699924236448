// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstore.h"

#include "featurewriter.h"
#include "fieldtitles.h"
#include "filesystem.h"
#include "gdalerrorcollector.h"
#include "gdalsetup.h"
#include "gdalsql.h"
#include "geo/ogrwkt.h"
#include "layerstyletable.h"
#include "progressreader.h"
#include "projectschema.h"
#include "valuelistorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <sys/statvfs.h>
#include <unistd.h>

namespace ecoplan {
namespace {

constexpr quint32 gpkgApplicationId = 0x47504B47; // "GPKG"

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

/// Why the user may not write the file, or empty. Permission bits count even for root, so that a file the
/// user protected with chmod a-w is treated as read-only.
QString readOnlyReason(const QString &path)
{
    const QFileInfo fi(path);
    struct statvfs vfs
    {
    };
    if (statvfs(QFile::encodeName(path).constData(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY))
        return ProjectStore::tr("it is on a read-only medium");
    if (!(fi.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)) || !fi.isWritable())
        return ProjectStore::tr("you have no permission to change it");
    // SQLite writes a journal beside the file.
    if (!QFileInfo(fi.absolutePath()).isWritable())
        return ProjectStore::tr("its folder is not writable");
    return {};
}

QString quotedIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// SQLite's own words from GDAL's "sqlite3_prepare_v2(<the query>) failed: <message>".
QString sqliteMessage(const QString &gdalError)
{
    const qsizetype at = gdalError.lastIndexOf(QLatin1String("failed: "));
    return at < 0 ? gdalError : gdalError.mid(at + 8);
}

OGRFieldType ogrFieldType(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::Int:
        return OFTInteger;
    case QMetaType::LongLong:
        return OFTInteger64;
    case QMetaType::Double:
        return OFTReal;
    case QMetaType::QDate:
        return OFTDate;
    case QMetaType::QDateTime:
        return OFTDateTime;
    default:
        return OFTString;
    }
}

/// A GeoPackage layer as the thematic layers are made: geometry column geom, fid, spatial index.
Status createOgrLayer(GDALDataset &ds, const LayerDefinition &def, const QString &where)
{
    GdalErrorCollector errors;
    OGRSpatialReference srs;
    const QByteArray crs = def.crs.definition().toUtf8();
    if (srs.SetFromUserInput(crs.constData()) != OGRERR_NONE)
        return Status::failure(
            ProjectStore::tr("%1: the coordinate system %2 is not known.").arg(where, def.crs.authId()));
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char *options[] = {"SPATIAL_INDEX=YES", "GEOMETRY_NAME=geom", "FID=fid", nullptr};
    OGRLayer *layer = ds.CreateLayer(def.name.toUtf8().constData(), &srs, ogr::typeOf(def.kind, def.isMulti),
                                     const_cast<char **>(options));
    if (!layer)
        return Status::failure(ProjectStore::tr("%1: layer “%2” cannot be created: %3")
                                   .arg(where, def.name, errors.lastError()));
    for (const Field &f : def.fields) {
        OGRFieldDefn defn(f.name.toUtf8().constData(), ogrFieldType(f.type));
        if (layer->CreateField(&defn) != OGRERR_NONE)
            return Status::failure(ProjectStore::tr("%1: field “%2” cannot be created: %3")
                                       .arg(where, f.name, errors.lastError()));
    }
    return Status::success();
}

} // namespace

void ProjectStore::DatasetDeleter::operator()(GDALDataset *ds) const
{
    GDALClose(ds);
}

ProjectStore::~ProjectStore() = default;

Status ProjectStore::checkFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Status::failure(tr("Cannot open %1: the file does not exist.").arg(quoted(path)));
    if (fi.isDir())
        return Status::failure(tr("Cannot open %1: it is a folder, not a project file.").arg(quoted(path)));
    QFile file(path);
    if (!(fi.permissions() & (QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)) ||
        !file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot open %1: you have no permission to read it.").arg(quoted(path)));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return Status::failure(
            tr("Cannot open %1 as a project: it is not a GeoPackage (not an SQLite database). "
               "To view other vector files use File > Add Layer.")
                .arg(quoted(path)));

    // Ask SQLite directly, read-only, to tell a locked file from a damaged one before GDAL gets to it.
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(raw, sqlite3_close);
    if (rc != SQLITE_OK)
        return Status::failure(
            tr("Cannot open %1: %2.").arg(quoted(path), QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_busy_timeout(db.get(), 200);
    sqlite3_stmt *stmt = nullptr;
    int step = sqlite3_prepare_v2(db.get(),
                                  "SELECT (SELECT application_id FROM pragma_application_id),"
                                  " (SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_contents')",
                                  -1, &stmt, nullptr);
    quint32 appId = 0;
    int hasContents = 0;
    if (step == SQLITE_OK) {
        step = sqlite3_step(stmt);
        if (step == SQLITE_ROW) {
            appId = static_cast<quint32>(sqlite3_column_int64(stmt, 0));
            hasContents = sqlite3_column_int(stmt, 1);
        }
    }
    sqlite3_finalize(stmt);
    if (step == SQLITE_BUSY || step == SQLITE_LOCKED)
        return Status::failure(
            tr("Cannot open %1: another program is writing to it and holds a lock. "
               "Close that program or wait until it has finished, then open the file again.")
                .arg(quoted(path)));
    if (step == SQLITE_CORRUPT || step == SQLITE_NOTADB)
        return Status::failure(tr("Cannot open %1: the file is damaged (%2). Open a backup copy instead.")
                                   .arg(quoted(path), QString::fromUtf8(sqlite3_errstr(step))));
    if (step != SQLITE_ROW)
        return Status::failure(
            tr("Cannot open %1: %2.").arg(quoted(path), QString::fromUtf8(sqlite3_errmsg(db.get()))));
    if (appId != gpkgApplicationId && !hasContents)
        return Status::failure(
            tr("Cannot open %1 as a project: it is an SQLite database but not a GeoPackage.")
                .arg(quoted(path)));
    return Status::success();
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Access access)
{
    ensureGdalRegistered();
    if (const Status s = checkFile(path); !s)
        return Result<std::unique_ptr<ProjectStore>>::failure(s.error());

    std::unique_ptr<ProjectStore> store(new ProjectStore);
    store->m_path = QFileInfo(path).absoluteFilePath();
    store->m_readOnlyReason = ecoplan::readOnlyReason(path);
    if (access == Access::ReadWrite && store->m_readOnlyReason.isEmpty())
        store->claimForWriting();
    const bool writing = access == Access::ReadWrite && store->m_readOnlyReason.isEmpty();
    GdalErrorCollector errors;
    const char *drivers[] = {"GPKG", nullptr};
    const unsigned flags =
        GDAL_OF_VECTOR | (writing ? GDAL_OF_UPDATE : GDAL_OF_READONLY) | GDAL_OF_VERBOSE_ERROR;
    store->m_dataset.reset(
        GDALDataset::Open(QFile::encodeName(store->m_path).constData(), flags, drivers, nullptr, nullptr));
    if (!store->m_dataset) {
        return Result<std::unique_ptr<ProjectStore>>::failure(
            tr("Cannot open %1 as a GeoPackage: %2")
                .arg(quoted(path), errors.lastError(tr("GDAL could not read it."))));
    }
    if (writing) {
        if (const Status s = store->prepareForWriting(); !s)
            return Result<std::unique_ptr<ProjectStore>>::failure(s.error());
    } else if (access == Access::ReadWrite) {
        store->m_writeLock.reset();
    }
    store->readProvenance();
    return store;
}

void ProjectStore::claimForWriting()
{
    m_writeLock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // Only a live process keeps the project: a lock left by one that died is taken over at once.
    m_writeLock->setStaleLockTime(0);
    if (m_writeLock->tryLock(0))
        return;
    qint64 pid = 0;
    QString host, app;
    if (m_writeLock->error() == QLockFile::LockFailedError && m_writeLock->getLockInfo(&pid, &host, &app))
        m_readOnlyReason =
            tr("it is open for editing in another EcoPlan Workbench (process %1 on %2)").arg(pid).arg(host);
    else
        m_readOnlyReason = tr("its lock file could not be created");
    m_writeLock.reset();
}

Status ProjectStore::prepareForWriting()
{
    // WAL keeps readers and the writer apart and survives a killed process; it needs shared memory that
    // network file systems do not provide, where the rollback journal is the safe choice.
    const bool network = fileSystemKind(m_path) == FileSystemKind::Network;
    for (const char *pragma : {network ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"})
        executeSql(*m_dataset, QString::fromLatin1(pragma));
    if (network) {
        m_warnings
            << tr("%1 is on a network drive: edits are written with SQLite's rollback journal instead of "
                  "WAL, which is slower. Keep only one workbench editing it at a time.")
                   .arg(quoted(m_path));
    } else if (journalMode() != QLatin1String("wal")) {
        m_warnings
            << tr("%1: SQLite could not switch to WAL; edits use the rollback journal.").arg(quoted(m_path));
    }
    // EcoPlan projects are brought up to date (or refused if newer); other GeoPackages are left as they are.
    if (ProjectSchema::version(*m_dataset) == 0)
        return Status::success();
    return ProjectSchema::migrate(*m_dataset, quoted(m_path));
}

Status ProjectStore::checkWritable() const
{
    if (isReadOnly())
        return Status::failure(
            tr("%1 is open read-only (%2); the change was not made.").arg(quoted(m_path), m_readOnlyReason));
    if (!m_writeLock)
        return Status::failure(
            tr("%1 was opened for viewing only; the change was not made.").arg(quoted(m_path)));
    return Status::success();
}

Result<qint64> ProjectStore::apply(const FeatureEdit &edit, const QString &user)
{
    if (const Status writable = checkWritable(); !writable)
        return Result<qint64>::failure(writable.error());
    return FeatureWriter::apply(*m_dataset, edit, user);
}

Result<QList<qint64>> ProjectStore::applyAll(const QList<FeatureEdit> &edits, const QString &user)
{
    if (const Status writable = checkWritable(); !writable)
        return Result<QList<qint64>>::failure(writable.error());
    return FeatureWriter::applyAll(*m_dataset, edits, user);
}

Result<QList<qint64>> ProjectStore::createLayer(const LayerDefinition &def, const QList<FeatureEdit> &edits,
                                                const QString &user)
{
    using R = Result<QList<qint64>>;
    if (isReadOnly() || !m_writeLock)
        return R::failure(
            tr("%1 is open read-only; layer “%2” was not created.").arg(quoted(m_path), def.name));
    if (m_dataset->GetLayerByName(def.name.toUtf8().constData()))
        return R::failure(tr("%1 already has a table “%2”.").arg(quoted(m_path), def.name));
    return FeatureWriter::applyAll(*m_dataset, edits, user, [&def, this](GDALDataset &ds) {
        // GDAL registers the geometry column before the gpkg_contents row it refers to: check at commit.
        if (Status s = executeSql(ds, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s;
        return createOgrLayer(ds, def, quoted(m_path));
    });
}

Result<StoredFeature> ProjectStore::readFeature(const QString &layer, qint64 fid) const
{
    return FeatureWriter::read(*m_dataset, layer, fid);
}

Result<QSet<qint64>> ProjectStore::matchingFids(const QString &layer, const QString &where) const
{
    using R = Result<QSet<qint64>>;
    OGRLayer *table = m_dataset->GetLayerByName(layer.toUtf8().constData());
    if (!table)
        return R::failure(tr("%1 has no layer “%2”.").arg(quoted(m_path), layer));
    const QString expression = where.trimmed().isEmpty() ? QStringLiteral("1") : where.trimmed();
    for (const char *token : {";", "--", "/*"}) {
        if (expression.contains(QLatin1String(token)))
            return R::failure(tr("The filter “%1” must be a single expression without “%2”.")
                                  .arg(expression, QLatin1String(token)));
    }
    const QString name = quotedIdentifier(layer);
    const QString fid = quotedIdentifier(QString::fromUtf8(table->GetFIDColumn()));
    // The outer query keeps the answer to this layer's rows even if the expression closes its parenthesis
    // early to append another query.
    const QString sql =
        QStringLiteral("SELECT %1 AS match_fid FROM %2 WHERE %1 IN (SELECT %1 FROM %2 WHERE (%3))")
            .arg(fid, name, expression);
    GdalErrorCollector errors;
    // GDAL's SQL functions include some that write (e.g. DisableSpatialIndex): whatever runs is undone.
    const bool inTransaction = m_dataset->StartTransaction() == OGRERR_NONE;
    if (!inTransaction && m_writeLock)
        return R::failure(tr("The filter could not run: %1").arg(errors.lastError()));
    QSet<qint64> fids;
    OGRLayer *rows = m_dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    if (rows) {
        for (auto &f : *rows)
            fids.insert(f->GetFieldAsInteger64(0));
        m_dataset->ReleaseResultSet(rows);
    }
    if (inTransaction)
        m_dataset->RollbackTransaction();
    if (!rows || errors.hasErrors())
        return R::failure(tr("The filter “%1” is not valid: %2")
                              .arg(expression, sqliteMessage(errors.lastError(tr("SQLite refused it.")))));
    return fids;
}

Result<QList<AuditEntry>> ProjectStore::auditTrail(const QString &layer, qint64 fid) const
{
    return AuditTrail::read(*m_dataset, layer, fid);
}

Result<qint64> ProjectStore::importPlan(const Plan &plan, const PlanSource &source)
{
    if (const Status writable = checkWritable(); !writable)
        return Result<qint64>::failure(writable.error());
    return PlanWriter::write(*m_dataset, plan, source);
}

Status ProjectStore::removePlan(qint64 planId)
{
    if (const Status writable = checkWritable(); !writable)
        return writable;
    return PlanWriter::remove(*m_dataset, planId);
}

Status ProjectStore::writeLayerStyle(const QString &layer, const LayerStyle &style, GeometryKind kind)
{
    if (const Status writable = checkWritable(); !writable)
        return writable;
    return LayerStyleTable::write(*m_dataset, layer, style, kind);
}

QHash<QString, LayerStyle> ProjectStore::layerStyles(QStringList *warnings) const
{
    return LayerStyleTable::read(*m_dataset, warnings);
}

Result<QList<StoredPlan>> ProjectStore::readPlans() const
{
    return PlanReader::readAll(*m_dataset);
}

qint64 ProjectStore::auditCount() const
{
    OGRLayer *audit = m_dataset->GetLayerByName("audit_log");
    return audit ? audit->GetFeatureCount(TRUE) : 0;
}

QString ProjectStore::journalMode() const
{
    return querySqlValue(*m_dataset, QStringLiteral("PRAGMA journal_mode"));
}

Status ProjectStore::saveCopy(const QString &path) const
{
    const QFileInfo target(path);
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::failure(tr("%1 is the open project; choose another name.").arg(quoted(path)));
    if (!QFileInfo(target.absolutePath()).isWritable())
        return Status::failure(
            tr("Cannot save %1: its folder does not exist or is not writable.").arg(quoted(path)));
    // VACUUM INTO refuses an existing file: write beside it, then swap, so a failure keeps the old file.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QString literal = QFileInfo(partial).absoluteFilePath();
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    const Status vacuum = executeSql(*m_dataset, QStringLiteral("VACUUM INTO '%1'").arg(literal));
    if (!vacuum || !QFileInfo::exists(partial)) {
        QFile::remove(partial);
        return Status::failure(
            tr("Cannot save %1: %2")
                .arg(quoted(path), vacuum ? tr("the copy was not written.") : vacuum.error()));
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        return Status::failure(tr("Cannot replace %1: it is in use or protected.").arg(quoted(path)));
    }
    if (!QFile::rename(partial, path))
        return Status::failure(tr("Cannot save %1: the copy could not be renamed.").arg(quoted(path)));
    return Status::success();
}

QStringList ProjectStore::featureLayerNames() const
{
    QStringList names;
    for (OGRLayer *layer : m_dataset->GetLayers()) {
        if (wkbFlatten(layer->GetGeomType()) != wkbNone)
            names << QString::fromUtf8(layer->GetName());
    }
    return names;
}

Result<ReadLayer> ProjectStore::readLayer(const QString &name) const
{
    return readFeatures(name, std::nullopt);
}

Result<ReadLayer> ProjectStore::readLayerFeature(const QString &name, qint64 fid) const
{
    return readFeatures(name, fid);
}

Result<ReadLayer> ProjectStore::readFeatures(const QString &name, std::optional<qint64> fid) const
{
    OGRLayer *layer = m_dataset->GetLayerByName(name.toUtf8().constData());
    if (!layer)
        return Result<ReadLayer>::failure(tr("%1 has no layer “%2”.").arg(quoted(m_path), name));
    if (fid) {
        // The GeoPackage driver passes the filter to SQLite, which finds the row by its primary key.
        const QByteArray filter =
            QStringLiteral("\"%1\" = %2").arg(QString::fromUtf8(layer->GetFIDColumn())).arg(*fid).toUtf8();
        layer->SetAttributeFilter(filter.constData());
    }
    auto read = readOgrLayer(*layer, quoted(m_path), *m_dataset);
    if (fid)
        layer->SetAttributeFilter(nullptr);
    if (read && !fid) { // one feature is read for its values; its layer already has the field details
        orderValueListsAsWritten(*m_dataset, read->table.fields);
        readFieldTitles(*m_dataset, name, read->table.fields);
    }
    return read;
}

void ProjectStore::readProvenance()
{
    OGRLayer *table = m_dataset->GetLayerByName("provenance");
    if (!table)
        return;
    const int key = table->GetLayerDefn()->GetFieldIndex("key");
    const int value = table->GetLayerDefn()->GetFieldIndex("value");
    if (key < 0 || value < 0)
        return;
    for (auto &f : *table) {
        m_provenance.append(
            {QString::fromUtf8(f->GetFieldAsString(key)), QString::fromUtf8(f->GetFieldAsString(value))});
    }
}

LayerProvenance ProjectStore::layerProvenance(const QString &layerName) const
{
    // The reference file describes the three boundary layers together under "boundaries".
    QString topic = layerName;
    if (layerName == QLatin1String("province") || layerName == QLatin1String("prefectures") ||
        layerName == QLatin1String("counties"))
        topic = QStringLiteral("boundaries");
    LayerProvenance p;
    for (const auto &[k, v] : m_provenance) {
        if (k == QLatin1String("source.") + topic)
            p.source = v;
        else if (k == QLatin1String("licence.") + topic)
            p.licence = v;
        else if (k == QLatin1String("accuracy.") + topic)
            p.accuracy = v;
        else if (k == QLatin1String("vintage.") + topic)
            p.vintage = v;
    }
    return p;
}

Result<std::shared_ptr<const ProgressBook>> ProjectStore::readProgress() const
{
    return ProgressReader::read(*m_dataset);
}

Result<QList<ProgressPhoto>> ProjectStore::readPhotos(qint64 recordId, bool withData) const
{
    return ProgressReader::photos(*m_dataset, recordId, withData);
}

qint64 ProjectStore::nextRowId(const QString &table) const
{
    return ProgressReader::nextId(*m_dataset, table);
}

} // namespace ecoplan
