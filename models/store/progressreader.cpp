// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressreader.h"

#include "gdalerrorcollector.h"
#include "gdalsql.h"
#include "ogrvalues.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {
namespace {

/// An ExecuteSQL result set, released however the reading ends.
class Query
{
public:
    Query(GDALDataset &ds, const QString &sql)
        : m_ds(ds), m_layer(ds.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr))
    {
    }
    ~Query()
    {
        if (m_layer)
            m_ds.ReleaseResultSet(m_layer);
    }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    OGRLayer *operator->() const { return m_layer; }
    OGRLayer &operator*() const { return *m_layer; }
    explicit operator bool() const { return m_layer != nullptr; }

private:
    GDALDataset &m_ds;
    OGRLayer *m_layer;
};

/// A result row read by column name: GDAL turns a table's integer primary key into the row's FID rather
/// than a field, so "id" is read from the FID when it is not a field; dates are read as dates, whatever
/// string form GDAL gives them.
class Row
{
public:
    explicit Row(const OGRFeature &f) : m_f(f) {}
    qint64 id(const char *name) const
    {
        const int i = m_f.GetFieldIndex(name);
        return i >= 0 ? m_f.GetFieldAsInteger64(i) : m_f.GetFID();
    }
    qint64 integer(const char *name) const
    {
        const int i = m_f.GetFieldIndex(name);
        return i >= 0 && m_f.IsFieldSetAndNotNull(i) ? m_f.GetFieldAsInteger64(i) : -1;
    }
    QString text(const char *name) const
    {
        const int i = m_f.GetFieldIndex(name);
        return i >= 0 && m_f.IsFieldSetAndNotNull(i) ? QString::fromUtf8(m_f.GetFieldAsString(i)) : QString();
    }
    std::optional<double> real(const char *name) const
    {
        const int i = m_f.GetFieldIndex(name);
        return i >= 0 && m_f.IsFieldSetAndNotNull(i) ? std::optional<double>(m_f.GetFieldAsDouble(i))
                                                     : std::nullopt;
    }
    QDate date(const char *name) const
    {
        const int i = m_f.GetFieldIndex(name);
        return i >= 0 ? ogrFieldValue(m_f, i).toDate() : QDate();
    }
    QDateTime dateTime(const char *name) const
    {
        const int i = m_f.GetFieldIndex(name);
        return i >= 0 ? ogrFieldValue(m_f, i).toDateTime() : QDateTime();
    }
    QByteArray bytes(const char *name) const
    {
        const int i = m_f.GetFieldIndex(name);
        if (i < 0 || !m_f.IsFieldSetAndNotNull(i))
            return {};
        int size = 0;
        const GByte *data = m_f.GetFieldAsBinary(i, &size);
        return QByteArray(reinterpret_cast<const char *>(data), size);
    }

private:
    const OGRFeature &m_f;
};

} // namespace

Result<std::shared_ptr<const ProgressBook>> ProgressReader::read(GDALDataset &ds)
{
    using R = Result<std::shared_ptr<const ProgressBook>>;
    if (!ds.GetLayerByName("task_links"))
        return ProgressBook::empty();
    GdalErrorCollector errors;
    std::vector<TaskLink> links;
    {
        Query q(ds, QStringLiteral(
                        "SELECT l.id, l.task_id, t.plan_id, l.layer, l.feature_id, l.responsible, "
                        "l.target_value, l.target_unit, l.target_text, l.deadline, l.note FROM task_links l "
                        "JOIN plan_tasks t ON t.id = l.task_id ORDER BY l.id"));
        if (!q)
            return R::failure(errors.lastError(tr("the task links could not be read")));
        for (auto &f : *q) {
            const Row row(*f);
            TaskLink l;
            l.id = row.id("id");
            l.taskId = row.integer("task_id");
            l.planId = row.integer("plan_id");
            l.layer = row.text("layer");
            l.featureId = row.integer("feature_id");
            l.responsible = row.text("responsible");
            l.targetValue = row.real("target_value");
            l.targetUnit = row.text("target_unit");
            l.targetText = row.text("target_text");
            l.deadline = row.date("deadline");
            l.note = row.text("note");
            links.push_back(std::move(l));
        }
    }
    std::vector<ProgressRecord> records;
    {
        Query q(ds, QStringLiteral("SELECT id, link_id, recorded_on, status, value, note, author, "
                                   "blocked_reason FROM progress_records WHERE link_id IS NOT NULL"));
        if (!q)
            return R::failure(errors.lastError(tr("the progress records could not be read")));
        records.reserve(static_cast<std::size_t>(q->GetFeatureCount()));
        for (auto &f : *q) {
            const Row row(*f);
            ProgressRecord r;
            r.id = row.id("id");
            r.linkId = row.integer("link_id");
            r.date = row.date("recorded_on");
            // A status another tool wrote that we do not know counts as not started rather than vanish.
            r.status = ProgressStatuses::parse(row.text("status")).value_or(ProgressStatus::NotStarted);
            r.value = row.real("value");
            r.note = row.text("note");
            r.reporter = row.text("author");
            r.blockedReason = row.text("blocked_reason");
            records.push_back(std::move(r));
        }
    }
    return ProgressBook::build(std::move(links), std::move(records));
}

Result<QList<ProgressPhoto>> ProgressReader::photos(GDALDataset &ds, qint64 recordId, bool withData)
{
    using R = Result<QList<ProgressPhoto>>;
    GdalErrorCollector errors;
    Query q(ds, QStringLiteral("SELECT id, progress_id, file_name, mime_type, taken_at, latitude, longitude%1 "
                               "FROM attachments WHERE progress_id = %2 ORDER BY id")
                    .arg(withData ? QStringLiteral(", data") : QString())
                    .arg(recordId));
    if (!q)
        return R::failure(errors.lastError(tr("the photos could not be read")));
    QList<ProgressPhoto> out;
    for (auto &f : *q) {
        const Row row(*f);
        ProgressPhoto p;
        p.id = row.id("id");
        p.recordId = row.integer("progress_id");
        p.fileName = row.text("file_name");
        p.mimeType = row.text("mime_type");
        p.takenAt = row.dateTime("taken_at");
        p.latitude = row.real("latitude");
        p.longitude = row.real("longitude");
        if (withData)
            p.data = row.bytes("data");
        out.append(std::move(p));
    }
    return out;
}

qint64 ProgressReader::nextId(GDALDataset &ds, const QString &table)
{
    // sqlite_sequence remembers the largest id ever given (also of deleted rows), as AUTOINCREMENT does.
    const QString seq = querySqlValue(
        ds, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = %1").arg(sqlLiteral(table)));
    const QString max = querySqlValue(ds, QStringLiteral("SELECT MAX(id) FROM %1").arg(table));
    return std::max(seq.toLongLong(), max.toLongLong()) + 1;
}

} // namespace ecoplan
