// SPDX-License-Identifier: GPL-3.0-or-later
#include "featurewriter.h"

#include "gdalerrorcollector.h"
#include "geo/ogrwkt.h"
#include "ogrvalues.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {
namespace {

QString json(const std::optional<StoredFeature> &f)
{
    if (!f)
        return {};
    QVariantMap values = f->attributes;
    // A photo's bytes would swell the log; it records their size and keeps the row's other values.
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it->typeId() == QMetaType::QByteArray)
            *it = QStringLiteral("<%1 bytes>").arg(it->toByteArray().size());
    }
    QJsonObject o = QJsonObject::fromVariantMap(values);
    o.insert(QStringLiteral("geometry"), f->wkt);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Fills `feature` from `stored`; fails naming the field that does not exist or the geometry that is bad.
Status fill(OGRFeature &feature, const StoredFeature &stored)
{
    for (auto it = stored.attributes.cbegin(); it != stored.attributes.cend(); ++it) {
        const int i = feature.GetFieldIndex(it.key().toUtf8().constData());
        if (i < 0)
            return Status::failure(
                FeatureWriter::tr("layer “%1” has no field “%2”").arg(stored.layer, it.key()));
        setOgrField(feature, i, it.value());
    }
    if (stored.wkt.isEmpty()) {
        feature.SetGeometryDirectly(nullptr);
        return Status::success();
    }
    OGRGeometry *geometry = nullptr;
    const QByteArray wkt = stored.wkt.toUtf8();
    if (OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &geometry) != OGRERR_NONE || !geometry)
        return Status::failure(FeatureWriter::tr("the geometry of feature %1 in “%2” is not valid WKT")
                                   .arg(stored.fid)
                                   .arg(stored.layer));
    feature.SetGeometryDirectly(geometry);
    return Status::success();
}

Status writeAudit(GDALDataset &ds, const FeatureEdit &edit, qint64 fid, const QString &user)
{
    OGRLayer *audit = ds.GetLayerByName("audit_log");
    if (!audit)
        return Status::success(); // a plain GeoPackage without the EcoPlan tables keeps no log
    OGRFeatureUniquePtr row(OGRFeature::CreateFeature(audit->GetLayerDefn()));
    const char *action = !edit.before ? "insert" : !edit.after ? "delete" : "update";
    row->SetField("at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8().constData());
    row->SetField("user", user.toUtf8().constData());
    row->SetField("action", action);
    row->SetField("table_name", edit.layer().toUtf8().constData());
    row->SetField("row_id", static_cast<GIntBig>(fid));
    if (edit.before)
        row->SetField("before", json(edit.before).toUtf8().constData());
    if (edit.after)
        row->SetField("after", json(edit.after).toUtf8().constData());
    return audit->CreateFeature(row.get()) == OGRERR_NONE
               ? Status::success()
               : Status::failure(FeatureWriter::tr("the audit log could not be written"));
}

} // namespace

namespace {

/// Writes one edit and its audit row inside the caller's transaction; the row's fid.
Result<qint64> write(GDALDataset &ds, const FeatureEdit &edit, const QString &user,
                     GdalErrorCollector &errors)
{
    using R = Result<qint64>;
    const QString layerName = edit.layer();
    OGRLayer *layer = ds.GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return R::failure(FeatureWriter::tr("The project has no layer “%1”.").arg(layerName));
    auto fail = [&](const QString &why) {
        return R::failure(FeatureWriter::tr("The change to “%1” was not saved: %2").arg(layerName, why));
    };
    qint64 fid = edit.after ? edit.after->fid : edit.before->fid;
    if (!edit.after) {
        if (layer->DeleteFeature(fid) != OGRERR_NONE)
            return fail(errors.lastError(FeatureWriter::tr("feature %1 does not exist").arg(fid)));
    } else {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        if (edit.before) {
            // An update replaces the whole row with the "after" values.
            feature.reset(layer->GetFeature(fid));
            if (!feature)
                return fail(FeatureWriter::tr("feature %1 does not exist").arg(fid));
        } else if (fid >= 0) {
            feature->SetFID(fid); // undoing a delete: the row comes back under its own fid
        }
        if (const Status s = fill(*feature, *edit.after); !s)
            return fail(s.error());
        const OGRErr err =
            edit.before ? layer->SetFeature(feature.get()) : layer->CreateFeature(feature.get());
        if (err != OGRERR_NONE)
            return fail(errors.lastError(FeatureWriter::tr("GDAL refused the row")));
        fid = feature->GetFID();
    }
    if (const Status s = writeAudit(ds, edit, fid, user); !s)
        return fail(s.error());
    return fid;
}

} // namespace

Result<qint64> FeatureWriter::apply(GDALDataset &ds, const FeatureEdit &edit, const QString &user)
{
    const Result<QList<qint64>> fids = applyAll(ds, {edit}, user);
    if (!fids)
        return Result<qint64>::failure(fids.error());
    return fids->constFirst();
}

Result<QList<qint64>> FeatureWriter::applyAll(GDALDataset &ds, const QList<FeatureEdit> &edits,
                                              const QString &user,
                                              const std::function<Status(GDALDataset &)> &prepare)
{
    using R = Result<QList<qint64>>;
    GdalErrorCollector errors;
    if (ds.StartTransaction() != OGRERR_NONE)
        return R::failure(tr("The project could not be locked for writing: %1").arg(errors.lastError()));
    if (prepare) {
        if (const Status s = prepare(ds); !s) {
            ds.RollbackTransaction();
            return R::failure(s.error());
        }
    }
    QList<qint64> fids;
    fids.reserve(edits.size());
    for (const FeatureEdit &edit : edits) {
        const Result<qint64> fid = write(ds, edit, user, errors);
        if (!fid) {
            ds.RollbackTransaction();
            return R::failure(fid.error());
        }
        fids.append(*fid);
    }
    if (ds.CommitTransaction() != OGRERR_NONE) {
        ds.RollbackTransaction();
        return R::failure(errors.lastError(tr("the transaction could not be committed")));
    }
    return fids;
}

Result<StoredFeature> FeatureWriter::read(GDALDataset &ds, const QString &layerName, qint64 fid)
{
    OGRLayer *layer = ds.GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return Result<StoredFeature>::failure(tr("The project has no layer “%1”.").arg(layerName));
    OGRFeatureUniquePtr f(layer->GetFeature(fid));
    if (!f)
        return Result<StoredFeature>::failure(tr("Layer “%1” has no feature %2.").arg(layerName).arg(fid));
    StoredFeature out{layerName, fid, {}, {}};
    for (int i = 0; i < f->GetFieldCount(); ++i)
        out.attributes.insert(QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef()), ogrFieldValue(*f, i));
    if (const OGRGeometry *g = f->GetGeometryRef())
        out.wkt = ogr::toWkt(*g);
    return out;
}

} // namespace ecoplan
