// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuelistorder.h"

#include "gdalerrorcollector.h"

#include <QHash>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace ecoplan {
namespace {

/// The codes of one enum constraint in the order of its rows.
QStringList writtenOrder(GDALDataset &gpkg, QString domain)
{
    GdalErrorCollector quiet; // a GeoPackage without the table simply has no lists to order
    domain.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString sql =
        QStringLiteral("SELECT value FROM gpkg_data_column_constraints WHERE constraint_name = "
                       "'%1' AND constraint_type = 'enum' ORDER BY rowid")
            .arg(domain);
    QStringList codes;
    if (OGRLayer *rows = gpkg.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr)) {
        for (auto &row : *rows)
            codes << QString::fromUtf8(row->GetFieldAsString(0));
        gpkg.ReleaseResultSet(rows);
    }
    return codes;
}

} // namespace

void orderValueListsAsWritten(GDALDataset &gpkg, QList<Field> &fields)
{
    // Fields sharing a list keep sharing the reordered one.
    QHash<const ValueList *, std::shared_ptr<const ValueList>> reordered;
    for (Field &field : fields) {
        if (!field.valueList)
            continue;
        auto it = reordered.find(field.valueList.get());
        if (it == reordered.end()) {
            const QStringList order = writtenOrder(gpkg, field.valueList->name);
            auto list = std::make_shared<ValueList>(*field.valueList);
            std::stable_sort(list->values.begin(), list->values.end(),
                             [&order](const auto &a, const auto &b) {
                                 return order.indexOf(a.first.toString()) < order.indexOf(b.first.toString());
                             });
            it = reordered.insert(field.valueList.get(), std::move(list));
        }
        field.valueList = it.value();
    }
}

} // namespace ecoplan
