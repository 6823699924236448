// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressreport.h"

namespace ecoplan {

Table progressReportTable(const std::vector<UnitProgress> &ranked, const QString &name)
{
    Table t;
    t.name = name;
    const auto integer = QMetaType::LongLong;
    t.columns = {{QStringLiteral("rank"), integer},        {QStringLiteral("code"), QMetaType::QString},
                 {QStringLiteral("name"), QMetaType::QString}, {QStringLiteral("linked"), integer}};
    for (ProgressStatus s : allProgressStatuses)
        t.columns.append({ProgressStatuses::code(s), integer});
    t.columns += {{QStringLiteral("overdue"), integer},
                  {QStringLiteral("completion_pct"), QMetaType::Double},
                  {QStringLiteral("change_pts"), QMetaType::Double}};
    for (const UnitProgress &u : ranked) {
        QVariantList row = {qint64(u.rank), u.code, u.name, qint64(u.linked)};
        for (ProgressStatus s : allProgressStatuses)
            row.append(qint64(u.count(s)));
        row << qint64(u.overdue) << u.completionPct() << (u.changePts ? QVariant(*u.changePts) : QVariant());
        t.rows.append(row);
    }
    return t;
}

} // namespace ecoplan
