// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/progressedits.h"

#include "commands/editfeatures.h"
#include "project/project.h"
#include "store/projectstore.h"

#include <QSet>

namespace ecoplan {
namespace {

const QString linksTable = QStringLiteral("task_links");
const QString recordsTable = QStringLiteral("progress_records");
const QString photosTable = QStringLiteral("attachments");

QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optionalText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant optionalDate(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

Status checkStore(const Project &project)
{
    if (!project.store())
        return Status::failure(ProgressEdits::tr("Task links are kept only in a project file."));
    if (!project.store()->canWrite())
        return Status::failure(ProgressEdits::tr("The project is read-only: %1").arg(project.readOnlyReason()));
    return Status::success();
}

/// The rows of `table` whose `column` is one of `ids`, as stored (for deletes that undo can restore).
Result<QList<StoredFeature>> storedRows(const Project &project, const QString &table, const QList<qint64> &ids)
{
    QList<StoredFeature> rows;
    for (qint64 id : ids) {
        Result<StoredFeature> row = project.store()->readFeature(table, id);
        if (!row)
            return Result<QList<StoredFeature>>::failure(row.error());
        rows.append(*row);
    }
    return rows;
}

} // namespace

StoredFeature ProgressEdits::linkRow(const TaskLink &link)
{
    StoredFeature row{linksTable, link.id, {}, {}};
    row.attributes = {
        {QStringLiteral("task_id"), link.taskId},
        {QStringLiteral("layer"), link.layer},
        {QStringLiteral("feature_id"), link.featureId},
        {QStringLiteral("responsible"), optionalText(link.responsible)},
        {QStringLiteral("target_value"), optionalReal(link.targetValue)},
        {QStringLiteral("target_unit"), optionalText(link.targetUnit)},
        {QStringLiteral("target_text"), optionalText(link.targetText)},
        {QStringLiteral("deadline"), optionalDate(link.deadline)},
        {QStringLiteral("note"), optionalText(link.note)},
    };
    return row;
}

Result<int> ProgressEdits::attach(Project &project, qint64 taskId, const QString &layer,
                                  const QList<qint64> &fids, const LinkTerms &terms)
{
    using R = Result<int>;
    if (Status s = checkStore(project); !s)
        return R::failure(s.error());
    const Result<StoredFeature> task = project.store()->readFeature(QStringLiteral("plan_tasks"), taskId);
    if (!task)
        return R::failure(tr("There is no task %1 in the project.").arg(taskId));
    if (!project.layer(layer))
        return R::failure(tr("The project has no layer “%1”.").arg(layer));
    const ProgressBook &book = *project.progressBook();
    QSet<qint64> linked;
    for (std::size_t i = 0; i < book.size(); ++i) {
        if (book.link(i).taskId == taskId && book.link(i).layer == layer)
            linked.insert(book.link(i).featureId);
    }
    const QDate deadline = terms.deadline.isValid() ? terms.deadline
                                                    : task->attributes.value(QStringLiteral("deadline")).toDate();
    const QVariant now = QDateTime::currentDateTimeUtc();
    QList<FeatureEdit> edits;
    for (qint64 fid : fids) {
        if (linked.contains(fid))
            continue;
        linked.insert(fid);
        TaskLink link;
        link.taskId = taskId;
        link.layer = layer;
        link.featureId = fid;
        link.responsible = terms.responsible;
        link.targetValue = terms.targetValue;
        link.targetUnit = terms.targetUnit;
        link.targetText = terms.targetText;
        link.deadline = deadline;
        link.note = terms.note;
        StoredFeature row = linkRow(link);
        row.attributes.insert(QStringLiteral("created_at"), now);
        edits.append({std::nullopt, row});
    }
    if (edits.isEmpty())
        return 0;
    const QString title = task->attributes.value(QStringLiteral("number")).toString();
    const auto fidsWritten =
        EditFeatures::push(project, edits, tr("Attach %n place(s) to task %1", nullptr, int(edits.size())).arg(title));
    if (!fidsWritten)
        return R::failure(fidsWritten.error());
    return static_cast<int>(edits.size());
}

Result<int> ProgressEdits::detach(Project &project, const QList<qint64> &linkIds)
{
    using R = Result<int>;
    if (Status s = checkStore(project); !s)
        return R::failure(s.error());
    const ProgressBook &book = *project.progressBook();
    QList<qint64> recordIds;
    for (qint64 id : linkIds) {
        const std::optional<std::size_t> i = book.indexOf(id);
        if (!i)
            return R::failure(tr("There is no task link %1 in the project.").arg(id));
        for (const ProgressRecord &r : book.records(*i))
            recordIds.append(r.id);
    }
    // Photos first, then records, then links: the order a database with enforced foreign keys needs.
    QList<FeatureEdit> edits;
    for (qint64 recordId : std::as_const(recordIds)) {
        const auto photos = project.store()->readPhotos(recordId, false);
        if (!photos)
            return R::failure(photos.error());
        QList<qint64> photoIds;
        for (const ProgressPhoto &p : *photos)
            photoIds.append(p.id);
        const auto rows = storedRows(project, photosTable, photoIds);
        if (!rows)
            return R::failure(rows.error());
        for (const StoredFeature &row : *rows)
            edits.append({row, std::nullopt});
    }
    for (const auto &[table, ids] : {std::pair{recordsTable, recordIds}, std::pair{linksTable, linkIds}}) {
        const auto rows = storedRows(project, table, ids);
        if (!rows)
            return R::failure(rows.error());
        for (const StoredFeature &row : *rows)
            edits.append({row, std::nullopt});
    }
    if (linkIds.isEmpty())
        return 0;
    const auto done = EditFeatures::push(project, edits, tr("Detach %n place(s)", nullptr, int(linkIds.size())));
    if (!done)
        return R::failure(done.error());
    return static_cast<int>(linkIds.size());
}

Result<qint64> ProgressEdits::updateLink(Project &project, const TaskLink &link)
{
    using R = Result<qint64>;
    if (Status s = checkStore(project); !s)
        return R::failure(s.error());
    const Result<StoredFeature> before = project.store()->readFeature(linksTable, link.id);
    if (!before)
        return R::failure(before.error());
    StoredFeature after = *before;
    const StoredFeature wanted = linkRow(link);
    for (auto it = wanted.attributes.cbegin(); it != wanted.attributes.cend(); ++it)
        after.attributes[it.key()] = it.value();
    if (after == *before)
        return link.id;
    const auto done = EditFeatures::push(project, {{*before, after}}, tr("Edit task link"));
    if (!done)
        return R::failure(done.error());
    return link.id;
}

Result<QList<qint64>> ProgressEdits::addRecords(Project &project, const QList<NewProgressRecord> &records,
                                                const QString &text)
{
    using R = Result<QList<qint64>>;
    if (Status s = checkStore(project); !s)
        return R::failure(s.error());
    const ProgressBook &book = *project.progressBook();
    qint64 nextRecord = project.store()->nextRowId(recordsTable);
    qint64 nextPhoto = project.store()->nextRowId(photosTable);
    const QVariant now = QDateTime::currentDateTimeUtc();
    QList<FeatureEdit> edits;
    QList<qint64> ids;
    for (const NewProgressRecord &n : records) {
        const ProgressRecord &r = n.record;
        const std::optional<std::size_t> i = book.indexOf(r.linkId);
        if (!i)
            return R::failure(tr("There is no task link %1 in the project.").arg(r.linkId));
        if (!r.date.isValid())
            return R::failure(tr("A progress record needs a date."));
        const TaskLink &link = book.link(*i);
        // Ids are given here so that the photos can name their record in the same transaction.
        const qint64 id = nextRecord++;
        StoredFeature row{recordsTable, id, {}, {}};
        row.attributes = {
            {QStringLiteral("task_id"), link.taskId},
            {QStringLiteral("layer"), link.layer},
            {QStringLiteral("feature_id"), link.featureId},
            {QStringLiteral("link_id"), link.id},
            {QStringLiteral("recorded_on"), r.date},
            {QStringLiteral("status"), ProgressStatuses::code(r.status)},
            {QStringLiteral("value"), optionalReal(r.value)},
            {QStringLiteral("note"), optionalText(r.note)},
            {QStringLiteral("author"), optionalText(r.reporter.isEmpty() ? project.userName() : r.reporter)},
            {QStringLiteral("blocked_reason"),
             r.status == ProgressStatus::Blocked ? optionalText(r.blockedReason) : QVariant()},
            {QStringLiteral("created_at"), now},
        };
        edits.append({std::nullopt, row});
        ids.append(id);
        for (const ProgressPhoto &p : n.photos) {
            StoredFeature photo{photosTable, nextPhoto++, {}, {}};
            photo.attributes = {
                {QStringLiteral("progress_id"), id},
                {QStringLiteral("file_name"), p.fileName},
                {QStringLiteral("mime_type"), optionalText(p.mimeType)},
                {QStringLiteral("taken_at"), p.takenAt.isValid() ? QVariant(p.takenAt) : QVariant()},
                {QStringLiteral("latitude"), optionalReal(p.latitude)},
                {QStringLiteral("longitude"), optionalReal(p.longitude)},
                {QStringLiteral("data"), p.data},
            };
            edits.append({std::nullopt, photo});
        }
    }
    if (edits.isEmpty())
        return ids;
    const auto done = EditFeatures::push(project, edits, text);
    if (!done)
        return R::failure(done.error());
    return ids;
}

Result<int> ProgressEdits::removeRecord(Project &project, qint64 recordId)
{
    using R = Result<int>;
    if (Status s = checkStore(project); !s)
        return R::failure(s.error());
    const auto photos = project.store()->readPhotos(recordId, false);
    if (!photos)
        return R::failure(photos.error());
    QList<qint64> photoIds;
    for (const ProgressPhoto &p : *photos)
        photoIds.append(p.id);
    QList<FeatureEdit> edits;
    const auto photoRows = storedRows(project, photosTable, photoIds);
    if (!photoRows)
        return R::failure(photoRows.error());
    for (const StoredFeature &row : *photoRows)
        edits.append({row, std::nullopt});
    const Result<StoredFeature> record = project.store()->readFeature(recordsTable, recordId);
    if (!record)
        return R::failure(record.error());
    edits.append({*record, std::nullopt});
    const auto done = EditFeatures::push(project, edits, tr("Delete progress record"));
    if (!done)
        return R::failure(done.error());
    return 1;
}

} // namespace ecoplan
