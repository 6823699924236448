// SPDX-License-Identifier: GPL-3.0-or-later
#include "protectionzonelayer.h"

#include "store/projectstore.h"

#include <QHash>

namespace ecoplan {
namespace {

const QString zonesLayer = QStringLiteral("canal_zones");

/// Every row of a layer as stored.
Result<QList<StoredFeature>> rowsOf(const ProjectStore &store, const QString &layer)
{
    using R = Result<QList<StoredFeature>>;
    const Result<QSet<qint64>> fids = store.matchingFids(layer, QStringLiteral("1"));
    if (!fids)
        return R::failure(fids.error());
    QList<qint64> sorted(fids->begin(), fids->end());
    std::sort(sorted.begin(), sorted.end());
    QList<StoredFeature> rows;
    for (const qint64 fid : sorted) {
        Result<StoredFeature> row = store.readFeature(layer, fid);
        if (!row)
            return R::failure(row.error());
        rows.append(std::move(row).value());
    }
    return rows;
}

double number(const StoredFeature &f, const char *field, double fallback)
{
    const QVariant v = f.attributes.value(QLatin1String(field));
    return v.isNull() || !v.isValid() ? fallback : v.toDouble();
}

} // namespace

Result<QList<CanalSegment>> ProtectionZoneLayer::segments(const ProjectStore &store,
                                                          const ZoneWidths &defaults)
{
    using R = Result<QList<CanalSegment>>;
    const auto canal = rowsOf(store, QStringLiteral("snwd_canal"));
    const auto prefectures = rowsOf(store, QStringLiteral("prefectures"));
    const auto zones = rowsOf(store, zonesLayer);
    if (!canal || !prefectures || !zones)
        return R::failure(!canal ? canal.error() : !prefectures ? prefectures.error() : zones.error());
    if (canal->isEmpty())
        return R::failure(tr("The project has no South-to-North canal centreline (layer snwd_canal)."));
    QList<ProtectionZones::Area> areas;
    for (const StoredFeature &p : *prefectures)
        areas.append({p.attributes.value(QStringLiteral("code")).toString(),
                      p.attributes.value(QStringLiteral("name")).toString(), p.wkt});
    Result<QList<CanalSegment>> segments =
        ProtectionZones::segments(canal->constFirst().wkt, areas, defaults);
    if (!segments)
        return segments;
    // The widths each stretch was last built with.
    QHash<QString, ZoneWidths> stored;
    for (const StoredFeature &z : *zones) {
        const QString code = z.attributes.value(QStringLiteral("segment_code")).toString();
        if (code.isEmpty())
            continue;
        if (!stored.contains(code))
            stored.insert(code, defaults);
        ZoneWidths &w = stored[code];
        w.managementHalfWidth = number(z, "management_half_width_m", w.managementHalfWidth);
        const bool primary =
            z.attributes.value(QStringLiteral("zone")).toString() == QLatin1String("primary");
        double &left = primary ? w.primaryLeft : w.secondaryLeft;
        double &right = primary ? w.primaryRight : w.secondaryRight;
        left = number(z, "width_left_m", left);
        right = number(z, "width_right_m", right);
    }
    for (CanalSegment &s : *segments)
        s.widths = stored.value(s.code, defaults);
    return segments;
}

Result<QList<FeatureEdit>> ProtectionZoneLayer::replacement(const ProjectStore &store,
                                                            const QList<ZonePolygon> &zones)
{
    using R = Result<QList<FeatureEdit>>;
    const auto existing = rowsOf(store, zonesLayer);
    if (!existing)
        return R::failure(existing.error());
    QList<FeatureEdit> edits;
    for (const StoredFeature &row : *existing)
        edits.append({row, std::nullopt});
    for (const ZonePolygon &z : zones) {
        const bool primary = z.zone == QLatin1String("primary");
        StoredFeature f;
        f.layer = zonesLayer;
        f.wkt = z.wkt;
        f.attributes = {
            {QStringLiteral("zone"), z.zone},
            {QStringLiteral("segment"), z.segmentName},
            {QStringLiteral("segment_code"), z.segmentCode},
            {QStringLiteral("width_left_m"), primary ? z.widths.primaryLeft : z.widths.secondaryLeft},
            {QStringLiteral("width_right_m"), primary ? z.widths.primaryRight : z.widths.secondaryRight},
            {QStringLiteral("management_half_width_m"), z.widths.managementHalfWidth},
            // Stored as text for GDAL, QGIS and the form, in both languages like the layer's labels.
            {QStringLiteral("basis"),
             QStringLiteral(
                 "按设定宽度由中心线缓冲生成，需与官方划定核对 / Buffered from the centreline with "
                 "the widths set; check against the official zoning")},
            {QStringLiteral("notes"),
             primary
                 ? QStringLiteral("管理范围外延 %1 米 / %1 m beyond the management boundary")
                       .arg(
                           z.widths.primaryLeft == z.widths.primaryRight
                               ? QString::number(z.widths.primaryLeft)
                               : QStringLiteral("%1–%2").arg(z.widths.primaryLeft).arg(z.widths.primaryRight))
                 : QStringLiteral("一级保护区外 %1 米 / %1 m beyond the primary zone")
                       .arg(z.widths.secondaryLeft == z.widths.secondaryRight
                                ? QString::number(z.widths.secondaryLeft)
                                : QStringLiteral("%1–%2")
                                      .arg(z.widths.secondaryLeft)
                                      .arg(z.widths.secondaryRight))},
        };
        edits.append({std::nullopt, f});
    }
    return edits;
}

} // namespace ecoplan
