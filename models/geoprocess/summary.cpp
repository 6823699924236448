// SPDX-License-Identifier: GPL-3.0-or-later
#include "geoprocess/summary.h"

#include "core/bilingual.h"
#include "core/numerictype.h"
#include "geo/coordinatetransform.h"
#include "geo/geodesicmeasure.h"
#include "geoprocess/analysiscrs.h"
#include "geoprocess/chunks.h"
#include "geoprocess/geosfeatureset.h"
#include "geoprocess/geosgeometry.h"
#include "layer/layerdata.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace ecoplan {
namespace {

/// Sums without the last bits of floating-point noise (0.1 + 0.2), which would show in a spreadsheet.
double tidy(double value, double unit)
{
    return std::round(value / unit) * unit;
}

/// The column layout of a summary of one layer, and how a row is filled from the features it counts.
class RowBuilder
{
public:
    /// `measured`: Polygon or Line adds the area or length inside; Unknown adds nothing.
    static Result<RowBuilder> make(const FeatureTable &table, const SummaryOptions &options,
                                   GeometryKind measured);
    void addColumns(SummaryTable &out) const;
    QVariantList row(const QString &code, const QString &name, const std::vector<std::uint32_t> &members,
                     double measure) const;
    /// The values of the category field, in column order.
    const QList<QVariant> &categoryValues() const { return m_categoryValues; }

private:
    const FeatureTable *m_table = nullptr;
    std::vector<int> m_sums;
    GeometryKind m_measured = GeometryKind::Unknown;
    int m_category = -1;
    QList<QVariant> m_categoryValues;
    QHash<QString, int> m_categoryColumn; ///< value as text → position among the category columns
};

Result<RowBuilder> RowBuilder::make(const FeatureTable &table, const SummaryOptions &options,
                                    GeometryKind measured)
{
    RowBuilder b;
    b.m_table = &table;
    b.m_measured = measured;
    for (const QString &name : options.sumFields) {
        const int i = table.fieldIndex(name);
        if (i < 0)
            return Result<RowBuilder>::failure(
                Summary::tr("The layer has no field “%1” to add up.").arg(name));
        if (!isNumericType(table.fields[i].type))
            return Result<RowBuilder>::failure(
                Summary::tr("The field “%1” holds text, not numbers: it cannot be added up.").arg(name));
        b.m_sums.push_back(i);
    }
    if (!options.categoryField.isEmpty()) {
        b.m_category = table.fieldIndex(options.categoryField);
        if (b.m_category < 0)
            return Result<RowBuilder>::failure(
                Summary::tr("The layer has no field “%1” to count by.").arg(options.categoryField));
        // The value list's codes first, in its order, so the columns do not depend on the data; then any
        // other values found, sorted.
        const Field &field = table.fields[b.m_category];
        if (field.valueList) {
            for (const auto &[code, label] : field.valueList->values)
                b.m_categoryValues.append(code);
        }
        QList<QVariant> found;
        QSet<QString> seen;
        for (const QVariant &v : std::as_const(b.m_categoryValues))
            seen.insert(v.toString());
        for (const QVariantList &attributes : table.attributes) {
            const QVariant &v = attributes[b.m_category];
            if (!v.isNull() && !seen.contains(v.toString())) {
                seen.insert(v.toString());
                found.append(v);
            }
        }
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(found.begin(), found.end(), [&](const QVariant &x, const QVariant &y) {
            return collator.compare(x.toString(), y.toString()) < 0;
        });
        b.m_categoryValues += found;
        for (int c = 0; c < b.m_categoryValues.size(); ++c)
            b.m_categoryColumn.insert(b.m_categoryValues[c].toString(), c);
    }
    return b;
}

void RowBuilder::addColumns(SummaryTable &out) const
{
    out.table.columns = {{QStringLiteral("code"), QMetaType::QString},
                         {QStringLiteral("name"), QMetaType::QString},
                         {QStringLiteral("count"), QMetaType::LongLong}};
    out.titles = {Summary::tr("Code"), Summary::tr("Name"), Summary::tr("Count")};
    for (int i : m_sums) {
        out.table.columns.append({m_table->fields[i].name, QMetaType::Double});
        out.titles.append(m_table->fields[i].displayName());
    }
    if (m_measured == GeometryKind::Polygon) {
        out.table.columns.append({QStringLiteral("area_inside_mu"), QMetaType::Double});
        out.titles.append(Summary::tr("Area inside (mu)"));
    } else if (m_measured == GeometryKind::Line) {
        out.table.columns.append({QStringLiteral("length_inside_km"), QMetaType::Double});
        out.titles.append(Summary::tr("Length inside (km)"));
    }
    if (m_category >= 0) {
        const Field &field = m_table->fields[m_category];
        for (const QVariant &v : m_categoryValues) {
            out.table.columns.append({field.name + QLatin1Char('=') + v.toString(), QMetaType::LongLong});
            const QString label = field.valueList ? field.valueList->labelOf(v) : QString();
            out.titles.append(label.isEmpty() ? v.toString() : inUiLanguage(label));
        }
    }
}

QVariantList RowBuilder::row(const QString &code, const QString &name,
                             const std::vector<std::uint32_t> &members, double measure) const
{
    QVariantList row{code, name, qlonglong(members.size())};
    for (int field : m_sums) {
        double total = 0;
        for (std::uint32_t m : members) {
            if (const QVariant &v = m_table->attributes[m][field]; !v.isNull())
                total += v.toDouble();
        }
        row.append(tidy(total, 1e-6));
    }
    if (m_measured != GeometryKind::Unknown)
        row.append(tidy(measure, 0.01));
    if (m_category >= 0) {
        std::vector<qlonglong> counts(m_categoryValues.size(), 0);
        for (std::uint32_t m : members) {
            if (const QVariant &v = m_table->attributes[m][m_category]; !v.isNull())
                ++counts[m_categoryColumn.value(v.toString())];
        }
        for (qlonglong n : counts)
            row.append(n);
    }
    return row;
}

/// A feature of the summarised layer found in an area.
struct Hit
{
    std::uint32_t area;    ///< index into the areas
    std::uint32_t feature; ///< index into the summarised layer
    bool counted;          ///< counts in this area (see Summary)
    double measure;        ///< area (mu) or length (km) of its part inside
};

/// The hits of the features [begin, end) of `features` in `areaMembers`, with GEOS in one context.
std::vector<Hit> findHits(const LayerData &features, const std::vector<GeosFeatureSet::Member> &areaMembers,
                          std::size_t begin, std::size_t end)
{
    geos::Context context;
    const GEOSContextHandle_t h = context.handle();
    GeosFeatureSet areas(h, areaMembers);
    const CoordinateTransform toLonLat(AnalysisCrs::crs(), Crs::fromEpsg(4490));
    const GeometryKind kind = features.kind();
    auto measureOf = [&](const GEOSGeometry *g) {
        return kind == GeometryKind::Polygon
                   ? geos::geodesicArea(h, g, toLonLat) / GeodesicMeasure::squareMetresPerMu
                   : geos::geodesicLength(h, g, toLonLat) / 1000;
    };
    std::vector<Hit> hits;
    for (std::size_t i = begin; i < end; ++i) {
        const Geometry &geometry = features.geometry(i);
        if (geometry.isEmpty())
            continue;
        const auto feature = std::uint32_t(i);
        if (kind == GeometryKind::Point) {
            // A multipoint feature counts where its first point lies.
            const geos::GeomPtr point = geos::wrap(
                h, GEOSGeom_createPointFromXY_r(h, geometry.points[0].x(), geometry.points[0].y()));
            for (std::size_t c : areas.candidates(point.get())) {
                if (GEOSPreparedContains_r(h, areas.prepared(c), point.get()) == 1)
                    hits.push_back({areas.member(c).index, feature, true, 0});
            }
            continue;
        }
        const auto candidates = areas.candidates(features.bounds(i));
        if (candidates.empty())
            continue;
        const geos::GeomPtr g = geos::fromGeometry(h, geometry, kind);
        if (!g)
            continue;
        const geos::GeomPtr inner = kind == GeometryKind::Polygon
                                        ? geos::wrap(h, GEOSPointOnSurface_r(h, g.get()))
                                        : geos::wrap(h, nullptr);
        std::optional<double> whole;
        for (std::size_t c : candidates) {
            const GEOSPreparedGeometry *area = areas.prepared(c);
            if (GEOSPreparedIntersects_r(h, area, g.get()) != 1)
                continue;
            const bool counted =
                kind == GeometryKind::Line || (inner && GEOSPreparedContains_r(h, area, inner.get()) == 1);
            double measure = 0;
            if (GEOSPreparedContainsProperly_r(h, area, g.get()) == 1) {
                if (!whole)
                    whole = measureOf(g.get());
                measure = *whole;
            } else if (const geos::GeomPtr part =
                           geos::wrap(h, GEOSIntersection_r(h, areas.geometry(c), g.get()))) {
                measure = measureOf(part.get());
            }
            hits.push_back({areas.member(c).index, feature, counted, measure});
        }
    }
    return hits;
}

QString textOf(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

int SummaryTable::column(const QString &name) const
{
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].name == name)
            return c;
    }
    return -1;
}

QStringList Summary::defaultSumFields(const FeatureTable &table)
{
    QStringList out;
    for (const Field &f : table.fields) {
        const QString name = f.name.toLower();
        if (isNumericType(f.type) && !name.startsWith(QLatin1String("is_")) &&
            !name.endsWith(QLatin1String("id")) && name != QLatin1String("fid"))
            out.append(f.name);
    }
    return out;
}

Result<SummaryTable> Summary::byLayer(std::shared_ptr<const LayerData> features,
                                      std::shared_ptr<const LayerData> areas, const SummaryOptions &options,
                                      QThreadPool *pool)
{
    using R = Result<SummaryTable>;
    if (!features || !areas)
        return R::failure(tr("Choose the layer to summarise and the layer to summarise it by."));
    if (areas->kind() != GeometryKind::Polygon)
        return R::failure(tr("Features can only be counted inside polygons: choose a polygon layer to "
                             "summarise by."));
    const GeometryKind measured =
        features->kind() == GeometryKind::Point ? GeometryKind::Unknown : features->kind();
    auto builder = RowBuilder::make(features->table(), options, measured);
    if (!builder)
        return R::failure(builder.error());
    features = AnalysisCrs::layerIn(features);
    areas = AnalysisCrs::layerIn(areas);

    std::vector<GeosFeatureSet::Member> areaMembers;
    for (std::uint32_t i = 0; i < areas->size(); ++i)
        areaMembers.push_back({areas.get(), i});
    const auto chunks = forEachChunk(features->size(), pool, [&](std::size_t begin, std::size_t end) {
        return findHits(*features, areaMembers, begin, end);
    });

    SummaryTable out;
    out.table.name = QStringLiteral("summary");
    if (features->table().hasSampleRows() || areas->table().hasSampleRows())
        out.table.note = sampleDataNote();
    builder->addColumns(out);
    out.rows.resize(areas->size());
    std::vector<double> measures(areas->size(), 0);
    for (const auto &hits : chunks) {
        for (const Hit &hit : hits) {
            if (hit.counted)
                out.rows[hit.area].members.push_back(hit.feature);
            measures[hit.area] += hit.measure;
        }
    }
    const FeatureTable &areaTable = areas->table();
    const int code = areaTable.fieldIndex(QStringLiteral("code"));
    const int name = areaTable.fieldIndex(QStringLiteral("name"));
    for (std::uint32_t a = 0; a < areas->size(); ++a) {
        SummaryRow &row = out.rows[a];
        row.area = a;
        std::sort(row.members.begin(), row.members.end());
        QString codeText = code >= 0 ? textOf(areaTable.attributes[a][code]) : QString();
        if (codeText.isEmpty())
            codeText = QString::number(areaTable.fids[a]);
        out.table.rows.append(builder->row(codeText,
                                           name >= 0 ? textOf(areaTable.attributes[a][name]) : QString(),
                                           row.members, measures[a]));
    }
    return out;
}

Result<SummaryTable> Summary::byField(std::shared_ptr<const LayerData> features, const QString &field,
                                      const SummaryOptions &options)
{
    using R = Result<SummaryTable>;
    if (!features)
        return R::failure(tr("Choose the layer to summarise."));
    const FeatureTable &table = features->table();
    const int f = table.fieldIndex(field);
    if (f < 0)
        return R::failure(tr("The layer has no field “%1” to group by.").arg(field));
    auto builder = RowBuilder::make(table, options, GeometryKind::Unknown);
    if (!builder)
        return R::failure(builder.error());

    // Groups in the order of the category columns: the value list's, then the other values sorted; the
    // features without a value last.
    SummaryOptions grouping;
    grouping.categoryField = field;
    const QList<QVariant> values = RowBuilder::make(table, grouping, GeometryKind::Unknown)->categoryValues();
    QHash<QString, qsizetype> groupOf;
    for (qsizetype g = 0; g < values.size(); ++g)
        groupOf.insert(values[g].toString(), g);
    std::vector<std::vector<std::uint32_t>> members(values.size());
    std::vector<std::uint32_t> none;
    for (std::uint32_t i = 0; i < table.size(); ++i) {
        const QVariant &v = table.attributes[i][f];
        if (v.isNull())
            none.push_back(i);
        else
            members[groupOf.value(v.toString())].push_back(i);
    }
    SummaryTable out;
    out.table.name = QStringLiteral("summary");
    if (table.hasSampleRows())
        out.table.note = sampleDataNote();
    builder->addColumns(out);
    const Field &groupField = table.fields[f];
    for (qsizetype g = 0; g < values.size(); ++g) {
        if (members[g].empty())
            continue;
        const QString value = values[g].toString();
        const QString label =
            groupField.valueList ? inUiLanguage(groupField.valueList->labelOf(value)) : QString();
        out.table.rows.append(builder->row(value, label.isEmpty() ? value : label, members[g], 0));
        out.rows.push_back({std::nullopt, std::move(members[g])});
    }
    if (!none.empty()) {
        out.table.rows.append(builder->row(QString(), tr("(no value)"), none, 0));
        out.rows.push_back({std::nullopt, std::move(none)});
    }
    return out;
}

} // namespace ecoplan
