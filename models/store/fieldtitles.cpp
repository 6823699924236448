// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldtitles.h"

#include "gdalerrorcollector.h"

#include <QHash>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {

void readFieldTitles(GDALDataset &gpkg, const QString &layer, QList<Field> &fields)
{
    GdalErrorCollector quiet; // a GeoPackage without the table simply has no titles
    QString table = layer;
    table.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString sql = QStringLiteral("SELECT column_name, title FROM gpkg_data_columns WHERE table_name = "
                                       "'%1' AND title IS NOT NULL AND title <> ''")
                            .arg(table);
    QHash<QString, QString> titles;
    if (OGRLayer *rows = gpkg.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr)) {
        for (auto &row : *rows)
            titles.insert(QString::fromUtf8(row->GetFieldAsString(0)),
                          QString::fromUtf8(row->GetFieldAsString(1)));
        gpkg.ReleaseResultSet(rows);
    }
    for (Field &f : fields)
        f.title = titles.value(f.name);
}

} // namespace ecoplan
