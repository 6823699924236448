// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalsql.h"

#include "gdalerrorcollector.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {

Status executeSql(GDALDataset &ds, const QString &sql)
{
    GdalErrorCollector errors;
    // ExecuteSQL returns a result set only for queries; it must go back to the dataset.
    if (OGRLayer *rs = ds.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr))
        ds.ReleaseResultSet(rs);
    if (errors.hasErrors())
        return Status::failure(errors.lastError());
    return Status::success();
}

QString querySqlValue(GDALDataset &ds, const QString &sql)
{
    GdalErrorCollector quiet;
    OGRLayer *rs = ds.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    if (!rs)
        return {};
    QString value;
    if (OGRFeatureUniquePtr f{rs->GetNextFeature()})
        value = QString::fromUtf8(f->GetFieldAsString(0));
    ds.ReleaseResultSet(rs);
    return value;
}

QString sqlLiteral(QString text)
{
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace ecoplan
