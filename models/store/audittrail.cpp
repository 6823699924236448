// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include "gdalerrorcollector.h"
#include "ogrvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace ecoplan {
namespace {

QVariantMap parseJson(const OGRFeature &f, const char *field)
{
    const int i = f.GetFieldIndex(field);
    if (i < 0 || !f.IsFieldSetAndNotNull(i))
        return {};
    return QJsonDocument::fromJson(QByteArray(f.GetFieldAsString(i))).object().toVariantMap();
}

AuditEntry::Action actionOf(const char *text)
{
    if (qstrcmp(text, "insert") == 0)
        return AuditEntry::Action::Insert;
    if (qstrcmp(text, "delete") == 0)
        return AuditEntry::Action::Delete;
    return AuditEntry::Action::Update;
}

bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

} // namespace

QList<FieldChange> AuditEntry::changes() const
{
    const QString geometry = QStringLiteral("geometry");
    QStringList names = before.keys() + after.keys();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    // The geometry last: it is the least readable value.
    std::stable_partition(names.begin(), names.end(), [&](const QString &n) { return n != geometry; });
    QList<FieldChange> out;
    for (const QString &name : std::as_const(names)) {
        const QVariant b = before.value(name), a = after.value(name);
        if (isEmptyValue(b) && isEmptyValue(a))
            continue;
        // JSON makes numbers doubles: compare as text so 3 and 3.0 are the same value.
        if (!isEmptyValue(b) && !isEmptyValue(a) && b.toString() == a.toString())
            continue;
        out.append({name, b, a});
    }
    return out;
}

Result<QList<AuditEntry>> AuditTrail::read(GDALDataset &ds, const QString &table, qint64 rowId)
{
    using R = Result<QList<AuditEntry>>;
    OGRLayer *log = ds.GetLayerByName("audit_log");
    if (!log)
        return QList<AuditEntry>();
    GdalErrorCollector errors;
    QString quotedTable = table;
    quotedTable.replace(QLatin1Char('\''), QStringLiteral("''"));
    // The GeoPackage driver hands the filter to SQLite.
    const QByteArray filter =
        QStringLiteral("table_name = '%1' AND row_id = %2").arg(quotedTable).arg(rowId).toUtf8();
    log->SetAttributeFilter(filter.constData());
    QList<AuditEntry> entries;
    for (auto &f : *log) {
        AuditEntry e;
        e.id = f->GetFID();
        e.at = ogrFieldValue(*f, f->GetFieldIndex("at")).toDateTime().toUTC();
        e.user = QString::fromUtf8(f->GetFieldAsString("user"));
        e.action = actionOf(f->GetFieldAsString("action"));
        e.table = table;
        e.rowId = rowId;
        e.before = parseJson(*f, "before");
        e.after = parseJson(*f, "after");
        entries.append(std::move(e));
    }
    log->SetAttributeFilter(nullptr);
    if (errors.hasErrors())
        return R::failure(tr("The audit log could not be read: %1").arg(errors.lastError()));
    std::sort(entries.begin(), entries.end(),
              [](const AuditEntry &a, const AuditEntry &b) { return a.id > b.id; });
    return entries;
}

} // namespace ecoplan
