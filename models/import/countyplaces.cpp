// SPDX-License-Identifier: GPL-3.0-or-later
#include "countyplaces.h"

#include "geo/coordinatetransform.h"

#include <cmath>

namespace ecoplan {

CountyPlaces CountyPlaces::fromTable(const FeatureTable &counties, const Crs &target)
{
    CountyPlaces places;
    const CoordinateTransform toTarget(counties.crs, target);
    for (std::size_t i = 0; i < counties.size(); ++i) {
        const QPointF anchor =
            i < counties.labelAnchors.size() ? counties.labelAnchors[i] : QPointF(NAN, NAN);
        if (!std::isfinite(anchor.x()))
            continue;
        const int index = static_cast<int>(places.m_points.size());
        places.m_points << toTarget.transform(anchor);
        const QString name = counties.value(i, QStringLiteral("name")).toString().trimmed();
        places.m_names << name;
        const QString english = counties.value(i, QStringLiteral("name_en")).toString().trimmed().toLower();
        auto list = [&](const char *field) {
            return counties.value(i, QString::fromLatin1(field))
                .toString()
                .split(QLatin1Char(';'), Qt::SkipEmptyParts);
        };
        // Registers written before a change still use the former codes and full names (淮阳县 411626 for
        // 淮阳区 411603; 孟津区 has two of each). Former names are not shortened: 许昌县 (now 建安区) would
        // make 许昌 a county.
        QStringList keys = QStringList{counties.value(i, QStringLiteral("code")).toString(), name, english} +
                           list("old_code") + list("old_name");
        if (name.size() > 2) // 禹州 for 禹州市: registers often leave the suffix out
            keys << name.chopped(1);
        for (const char *suffix : {" city", " county", " district"}) {
            if (english.endsWith(QLatin1String(suffix)))
                keys << english.chopped(static_cast<int>(qstrlen(suffix)));
        }
        for (const QString &k : std::as_const(keys)) {
            const QString key = k.trimmed();
            if (!key.isEmpty() && !places.m_keys.value(key).contains(index))
                places.m_keys[key].append(index);
        }
    }
    return places;
}

Result<QPointF> CountyPlaces::find(const QString &text) const
{
    const QString key = text.trimmed();
    if (key.isEmpty())
        return Result<QPointF>::failure(tr("no county given"));
    QList<int> hits = m_keys.value(key);
    if (hits.isEmpty())
        hits = m_keys.value(key.toLower());
    if (hits.isEmpty())
        return Result<QPointF>::failure(tr("“%1” is not a county of Henan").arg(key));
    if (hits.size() > 1) {
        QStringList names;
        for (int i : std::as_const(hits))
            names << m_names[i];
        return Result<QPointF>::failure(tr("“%1” fits several counties (%2); give the county code")
                                            .arg(key, names.join(QStringLiteral("、"))));
    }
    return m_points[hits.constFirst()];
}

} // namespace ecoplan
