// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/table.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QThreadPool;

namespace ecoplan {

class LayerData;
struct FeatureTable;

/// What a summary adds up besides the count.
struct SummaryOptions
{
    QStringList sumFields; ///< numeric fields of the summarised layer to add up (e.g. area_mu)
    QString categoryField; ///< if set, one count column per value of this field (e.g. outfall_type)
};

/// One row of a summary and what it stands for, so a view can show it on the map.
struct SummaryRow
{
    std::optional<std::uint32_t> area;  ///< the feature of the "by" layer (by-layer summaries)
    std::vector<std::uint32_t> members; ///< the summarised features counted in this row, ascending
};

/// The summary: a Table whose columns are code, name, count, then the sums, the measured area or length
/// inside (by-layer summaries of polygons or lines) and the category counts; `titles` are the column
/// headings to show; rows[i] belongs to table.rows[i].
struct SummaryTable
{
    Table table;
    QStringList titles;
    std::vector<SummaryRow> rows;
    int column(const QString &name) const;
};

/// "What lies inside": the features of one layer counted and added up per feature of another (county,
/// prefecture, protection zone) or per value of one of their own fields (a receiving river, a basin).
///
/// Which features count in an area (each counted feature adds its sums and category):
/// * points: those the area contains (GEOS Contains: a point exactly on a border counts in neither);
/// * polygons: those whose point on surface (GEOS PointOnSurface, inside the polygon even for a crescent,
///   unlike the centroid) the area contains, so each mine counts once even where it straddles a border;
///   `area_inside_mu` is the geodesic area of the parts of all polygons meeting the area that lie inside
///   it, so a straddling mine's area is shared out between the areas;
/// * lines: those that meet the area, each in every area it crosses; `length_inside_km` is the geodesic
///   length of the parts inside.
/// Overlapping areas each count what they hold. GEOS with an STR tree over the areas and each area
/// prepared, in the analysis CRS (AnalysisCrs), in parallel over chunks of the summarised features on
/// `pool` (own threads if null; the caller blocks). Headless and pure.
class Summary
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::Summary)
public:
    /// One row per feature of `areas` (a polygon layer), in its order. Rows are named by the areas' `code`
    /// and `name` fields where they have them (else the fid and nothing).
    static Result<SummaryTable> byLayer(std::shared_ptr<const LayerData> features,
                                        std::shared_ptr<const LayerData> areas, const SummaryOptions &options,
                                        QThreadPool *pool = nullptr);
    /// One row per value of `field` of `features` (code and name: the value and its label), in the value
    /// list's order, else sorted; features without a value come last.
    static Result<SummaryTable> byField(std::shared_ptr<const LayerData> features, const QString &field,
                                        const SummaryOptions &options);
    /// The numeric fields worth adding up: all but flags (is_*) and identifiers (*id).
    static QStringList defaultSumFields(const FeatureTable &table);
};

} // namespace ecoplan
