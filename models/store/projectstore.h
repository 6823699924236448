// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layer/vectorlayer.h"
#include "ogrlayerreader.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

class GDALDataset;

namespace ecoplan {

/// Owns the connection to a project GeoPackage; nothing else opens it. Opening checks the file first so
/// that a missing, unreadable, locked, damaged or non-GeoPackage file gets a message naming it and the
/// reason. A file the user may not write (permissions, read-only medium) opens read-only, with the reason.
/// Used from one thread at a time.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProjectStore)
public:
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path);
    ~ProjectStore();

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString &readOnlyReason() const { return m_readOnlyReason; }

    /// Writes a consistent copy of the whole project to `path` (SQLite's VACUUM INTO: a snapshot, also while
    /// others write). An existing file at `path` is replaced only once the copy is complete.
    Status saveCopy(const QString &path) const;

    /// Feature tables in the order the file lists them.
    QStringList featureLayerNames() const;
    Result<ReadLayer> readLayer(const QString &name) const;

    /// The key/value `provenance` table, if the file has one.
    const QList<QPair<QString, QString>> &provenance() const { return m_provenance; }
    /// Source, licence, accuracy and vintage of one layer from the provenance table.
    LayerProvenance layerProvenance(const QString &layerName) const;

private:
    ProjectStore() = default;
    static Status checkFile(const QString &path);
    void readProvenance();

    QString m_path;
    QString m_readOnlyReason;
    struct DatasetDeleter
    {
        void operator()(GDALDataset *ds) const;
    };
    std::unique_ptr<GDALDataset, DatasetDeleter> m_dataset;
    QList<QPair<QString, QString>> m_provenance;
};

} // namespace ecoplan
