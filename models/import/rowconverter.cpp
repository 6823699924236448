// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowconverter.h"

#include "columnmatcher.h"
#include "countyplaces.h"
#include "forms/attributevalidator.h"
#include "geo/ogrwkt.h"
#include "provincecheck.h"
#include "sourcegeometry.h"

#include <algorithm>

namespace ecoplan {
namespace {

int columnIndex(const QStringList &columns, const QString &name)
{
    return static_cast<int>(columns.indexOf(name));
}

QString kindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::Point:
        return RowConverter::tr("point");
    case GeometryKind::Line:
        return RowConverter::tr("line");
    case GeometryKind::Polygon:
        return RowConverter::tr("polygon");
    case GeometryKind::Unknown:
        break;
    }
    return RowConverter::tr("geometry");
}

/// A value-list cell may hold the code or either half of the bilingual label (未开始 or not started).
QVariant codeForLabel(const Field &field, const QVariant &value)
{
    if (!field.valueList || value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString().trimmed();
    for (const auto &[code, label] : field.valueList->values) {
        if (code.toString() == text)
            return code;
        for (const QString &part : label.split(QStringLiteral(" / "))) {
            if (part.compare(text, Qt::CaseInsensitive) == 0)
                return code;
        }
    }
    return value;
}

bool isEmptyCell(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

} // namespace

RowConverter::~RowConverter() = default;

Result<std::unique_ptr<RowConverter>> RowConverter::make(const ImportSpec &spec, const QStringList &columns,
                                                         const Crs &fileCrs, const ImportContext &context,
                                                         const LayerDefinition &target)
{
    using R = Result<std::unique_ptr<RowConverter>>;
    std::unique_ptr<RowConverter> c(new RowConverter);
    c->m_spec = spec;
    c->m_target = target;
    c->m_fileCrs = fileCrs;
    auto column = [&](const QString &name, const QString &role, int &out) -> Status {
        out = columnIndex(columns, name);
        if (out < 0)
            return Status::failure(tr("The file has no column “%1” for %2; its columns are: %3")
                                       .arg(name, role, columns.join(QStringLiteral(", "))));
        return Status::success();
    };
    Status s = Status::success();
    switch (spec.geometry) {
    case GeometrySource::XyColumns:
        s = column(spec.xColumn, tr("x"), c->m_x);
        if (s)
            s = column(spec.yColumn, tr("y"), c->m_y);
        break;
    case GeometrySource::WktColumn:
        s = column(spec.wktColumn, tr("WKT"), c->m_wkt);
        break;
    case GeometrySource::CountyColumn:
        s = column(spec.countyColumn, tr("the county"), c->m_county);
        if (s && !context.counties)
            s = Status::failure(tr("The project has no counties layer to place rows by county."));
        break;
    case GeometrySource::FileGeometry:
        break;
    }
    if (!s)
        return R::failure(s.error());

    for (auto it = spec.fieldMap.cbegin(); it != spec.fieldMap.cend(); ++it) {
        if (columnIndex(columns, it.key()) < 0)
            return R::failure(tr("The file has no column “%1”.").arg(it.key()));
        const bool known = std::any_of(target.fields.begin(), target.fields.end(), [&](const Field &f) {
            return f.name.compare(it.value(), Qt::CaseInsensitive) == 0;
        });
        if (!it.value().isEmpty() && !known)
            return R::failure(
                tr("Layer “%1” has no field “%2” (for column “%3”).").arg(target.name, it.value(), it.key()));
    }
    if (spec.matchByName) {
        // The columns that carry an existing layer's geometry are not its attributes (a new layer keeps
        // every column).
        QStringList geometryColumns;
        if (!context.isNewLayer && spec.geometry == GeometrySource::XyColumns)
            geometryColumns << spec.xColumn << spec.yColumn;
        else if (!context.isNewLayer && spec.geometry == GeometrySource::WktColumn)
            geometryColumns << spec.wktColumn;
        c->m_matching = ColumnMatcher::match(columns, target.fields, spec.fieldMap, geometryColumns);
    } else {
        for (auto it = spec.fieldMap.cbegin(); it != spec.fieldMap.cend(); ++it) {
            if (!it.value().isEmpty())
                c->m_matching.matches << ColumnMatch{it.key(), it.value(), MatchRule::Map};
        }
    }
    for (const QString &col : columns) {
        const QString fieldName = c->m_matching.fieldFor(col);
        int field = -1;
        for (int i = 0; !fieldName.isEmpty() && i < target.fields.size(); ++i) {
            if (target.fields[i].name.compare(fieldName, Qt::CaseInsensitive) == 0)
                field = i;
        }
        c->m_fieldOfColumn << field;
    }
    c->m_defaults = AttributeValidator::newFeatureValues(target.fields);
    c->m_geometry = std::make_unique<SourceGeometry>(spec.crs, target.crs);
    if (!context.provinceWkt.isEmpty()) {
        auto check = ProvinceCheck::make(context.provinceWkt, context.provinceCrs, target.crs, spec.marginKm);
        if (!check)
            return R::failure(check.error());
        c->m_province = std::move(check).value();
    }
    if (context.counties)
        c->m_counties =
            std::make_unique<CountyPlaces>(CountyPlaces::fromTable(*context.counties, target.crs));
    return c;
}

QStringList RowConverter::fieldsForColumns() const
{
    QStringList out;
    for (int f : m_fieldOfColumn)
        out << (f < 0 ? QString() : m_target.fields[f].name);
    return out;
}

Result<OGRGeometryUniquePtr> RowConverter::geometry(const SourceRow &row)
{
    using R = Result<OGRGeometryUniquePtr>;
    const auto text = [&row](int column) { return row.values.value(column).toString(); };
    switch (m_spec.geometry) {
    case GeometrySource::XyColumns:
        return m_geometry->point(text(m_x), text(m_y));
    case GeometrySource::WktColumn:
        return m_geometry->fromWkt(text(m_wkt));
    case GeometrySource::CountyColumn: {
        const Result<QPointF> p = m_counties->find(text(m_county));
        if (!p)
            return R::failure(p.error());
        return OGRGeometryUniquePtr(new OGRPoint(p->x(), p->y()));
    }
    case GeometrySource::FileGeometry:
        break;
    }
    if (row.wkt.isEmpty())
        return R::failure(tr("no geometry"));
    // The file's own CRS unless the user named one (a shapefile without .prj, or a wrong .prj).
    if (m_spec.crsGiven || !m_fileCrs.isValid())
        return m_geometry->fromWkt(row.wkt);
    OGRGeometryUniquePtr g = ogr::fromWkt(row.wkt);
    if (!g)
        return R::failure(tr("the geometry cannot be read"));
    return m_geometry->reproject(std::move(g), m_fileCrs);
}

Status RowConverter::fitToLayer(OGRGeometryUniquePtr &g) const
{
    const GeometryKind kind = ogr::kindOf(*g);
    if (m_target.kind == GeometryKind::Unknown)
        return Status::success(); // a new layer from a WKT column: the first good row decides
    if (kind != m_target.kind)
        return Status::failure(tr("a %1 cannot go into the %2 layer “%3”")
                                   .arg(kindName(kind), kindName(m_target.kind), m_target.name));
    const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    const bool isMulti = OGR_GT_IsSubClassOf(type, wkbGeometryCollection);
    if (m_target.isMulti && !isMulti) {
        g.reset(OGRGeometryFactory::forceTo(g.release(), OGR_GT_GetCollection(type)));
    } else if (!m_target.isMulti && isMulti) {
        const auto *parts = g->toGeometryCollection();
        if (parts->getNumGeometries() != 1)
            return Status::failure(tr("it has %1 parts; layer “%2” holds one %3 per feature")
                                       .arg(parts->getNumGeometries())
                                       .arg(m_target.name, kindName(m_target.kind)));
        g.reset(parts->getGeometryRef(0)->clone());
    }
    return Status::success();
}

std::variant<StoredFeature, RejectedRow> RowConverter::convert(const SourceRow &row)
{
    auto reject = [&row](const QString &reason) { return RejectedRow{row.number, reason, row.values}; };
    Result<OGRGeometryUniquePtr> g = geometry(row);
    if (!g)
        return reject(g.error());
    if (Status s = fitToLayer(*g); !s)
        return reject(s.error());
    if (m_province) {
        if (Status s = m_province->check(**g); !s)
            return reject(s.error());
    }
    QVariantMap input = m_defaults;
    for (int col = 0; col < m_fieldOfColumn.size(); ++col) {
        const int f = m_fieldOfColumn[col];
        const QVariant value = row.values.value(col);
        if (f >= 0 && !isEmptyCell(value))
            input.insert(m_target.fields[f].name, codeForLabel(m_target.fields[f], value));
    }
    const AttributeValidator::Outcome typed = AttributeValidator::validate(m_target.fields, input);
    if (!typed.ok())
        return reject(QStringList(typed.errors.values()).join(QStringLiteral(" ")));
    return StoredFeature{m_target.name, -1, typed.values, ogr::toWkt(**g)};
}

} // namespace ecoplan
