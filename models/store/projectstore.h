// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audittrail.h"
#include "core/result.h"
#include "featureedit.h"
#include "layer/vectorlayer.h"
#include "layerdefinition.h"
#include "ogrlayerreader.h"
#include "planreader.h"
#include "planwriter.h"
#include "progress/progressbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class GDALDataset;
class QLockFile;

namespace ecoplan {

/// Owns the connection to a project GeoPackage; nothing else opens it. Opening checks the file first so
/// that a missing, unreadable, locked, damaged or non-GeoPackage file gets a message naming it and the
/// reason. A file the user may not write (permissions, read-only medium, open in another workbench) opens
/// read-only, with the reason. Opened for writing, it uses WAL on local disks and the rollback journal on
/// network file systems, and holds a lock file (<project>.lock) that other workbenches respect.
/// Used from one thread at a time.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProjectStore)
public:
    enum class Access {
        ReadOnly,  ///< look, never write (the command line, previews)
        ReadWrite, ///< the workbench: write if allowed, else read-only with the reason
    };
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path, Access access = Access::ReadOnly);
    ~ProjectStore();

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Whether edits can be written: neither read-only nor opened for viewing only.
    bool canWrite() const { return checkWritable().ok(); }
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    /// Things the user should know that do not stop the work (e.g. no WAL on a network drive).
    const QStringList &warnings() const { return m_warnings; }
    /// SQLite's journal mode for the connection ("wal", "delete", ...).
    QString journalMode() const;

    /// Writes one edit in its own transaction together with its audit-log row (who, when, table, row, the
    /// values before and after), so the file holds either both or neither. An insert with fid < 0 gets a
    /// new fid, returned; undo re-inserts a deleted row under its old fid. Fails on a read-only project.
    Result<qint64> apply(const FeatureEdit &edit, const QString &user);
    /// Several edits in one transaction: all written with their audit rows, or none. The fids in order.
    Result<QList<qint64>> applyAll(const QList<FeatureEdit> &edits, const QString &user);
    /// Creates a layer (fields, geometry type, CRS) and writes `edits` into it, in one transaction: the
    /// layer with all its rows, or nothing. Fails if the name is taken. The fids in order.
    Result<QList<qint64>> createLayer(const LayerDefinition &layer, const QList<FeatureEdit> &edits,
                                      const QString &user);
    /// The row as stored, or a failure naming the layer and fid.
    Result<StoredFeature> readFeature(const QString &layer, qint64 fid) const;
    /// The fids of the rows of `layer` for which the SQL expression `where` (a WHERE clause, e.g.
    /// `status = 'in_progress' AND area_mu > 100`) is true, as SQLite evaluates it on the file. An invalid
    /// expression fails with SQLite's message. Only an expression is accepted: no `;` or comments, and the
    /// query runs in a transaction that is rolled back, so no function it calls can change the file.
    Result<QSet<qint64>> matchingFids(const QString &layer, const QString &where) const;
    /// Every logged change to feature `fid` of `layer`, newest first (none if the file keeps no log).
    Result<QList<AuditEntry>> auditTrail(const QString &layer, qint64 fid) const;
    /// Stores a parsed plan with its tasks, targets and place links in one transaction; the plan's id.
    Result<qint64> importPlan(const Plan &plan, const PlanSource &source);
    /// Deletes a plan with everything that belongs to it, in one transaction.
    Status removePlan(qint64 planId);
    /// The plans stored in the project, with their tasks and targets.
    Result<QList<StoredPlan>> readPlans() const;
    /// Every task link with its progress records (empty before project schema 7).
    Result<std::shared_ptr<const ProgressBook>> readProgress() const;
    /// The photos of a progress record; their bytes only if `withData`.
    Result<QList<ProgressPhoto>> readPhotos(qint64 recordId, bool withData) const;
    /// The id the next row of `table` gets: lets one transaction insert rows that refer to each other.
    qint64 nextRowId(const QString &table) const;
    /// The number of rows in the audit log (0 if the file has none).
    qint64 auditCount() const;

    /// Writes a consistent copy of the whole project to `path` (SQLite's VACUUM INTO: a snapshot, also while
    /// others write). An existing file at `path` is replaced only once the copy is complete.
    Status saveCopy(const QString &path) const;

    /// Feature tables in the order the file lists them.
    QStringList featureLayerNames() const;
    Result<ReadLayer> readLayer(const QString &name) const;
    /// Feature `fid` of a layer read as readLayer() reads it: a table of one feature, or of none if the
    /// layer has no such feature. Lets the view follow an edit without re-reading the layer. Its fields'
    /// value lists are left in the driver's order (readLayer() has read the layer's).
    Result<ReadLayer> readLayerFeature(const QString &name, qint64 fid) const;

    /// Stores a layer's style (ours and, regenerated from it, QGIS's) in one transaction.
    Status writeLayerStyle(const QString &layer, const LayerStyle &style, GeometryKind kind);
    /// The styles stored in the project by layer; unreadable ones are named in `warnings` and left out.
    QHash<QString, LayerStyle> layerStyles(QStringList *warnings = nullptr) const;

    /// The key/value `provenance` table, if the file has one.
    const QList<QPair<QString, QString>> &provenance() const { return m_provenance; }
    /// Source, licence, accuracy and vintage of one layer from the provenance table.
    LayerProvenance layerProvenance(const QString &layerName) const;

private:
    ProjectStore() = default;
    static Status checkFile(const QString &path);
    /// Why nothing may be written (read-only, or opened for viewing only), or success.
    Status checkWritable() const;
    void readProvenance();
    Result<ReadLayer> readFeatures(const QString &name, std::optional<qint64> fid) const;
    void claimForWriting();
    Status prepareForWriting();

    QString m_path;
    QString m_readOnlyReason;
    struct DatasetDeleter
    {
        void operator()(GDALDataset *ds) const;
    };
    std::unique_ptr<GDALDataset, DatasetDeleter> m_dataset;
    QList<QPair<QString, QString>> m_provenance;
    QStringList m_warnings;
    /// Held while this process may write: a second workbench sees it and opens the project read-only.
    std::unique_ptr<QLockFile> m_writeLock;
};

} // namespace ecoplan
