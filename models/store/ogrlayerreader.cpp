// SPDX-License-Identifier: GPL-3.0-or-later
#include "ogrlayerreader.h"

#include "gdalerrorcollector.h"
#include "geo/labelanchor.h"
#include "geo/ogrwkt.h"
#include "ogrvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <numeric>

namespace ecoplan {
namespace {

void appendCurve(const OGRSimpleCurve &curve, Geometry &out)
{
    const int n = curve.getNumPoints();
    out.points.reserve(out.points.size() + n);
    for (int i = 0; i < n; ++i)
        out.points.emplace_back(curve.getX(i), curve.getY(i));
    out.partEnds.push_back(static_cast<std::uint32_t>(out.points.size()));
}

/// Flattens any geometry into parts of the given kind; other kinds inside a collection are skipped.
void appendGeometry(const OGRGeometry &g, GeometryKind kind, Geometry &out)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint:
        if (kind == GeometryKind::Point && !g.IsEmpty()) {
            out.points.emplace_back(g.toPoint()->getX(), g.toPoint()->getY());
            out.partEnds.push_back(static_cast<std::uint32_t>(out.points.size()));
        }
        return;
    case wkbLineString:
        if (kind == GeometryKind::Line)
            appendCurve(*g.toLineString(), out);
        return;
    case wkbPolygon:
        if (kind == GeometryKind::Polygon) {
            for (const OGRLinearRing *ring : *g.toPolygon())
                appendCurve(*ring, out);
        }
        return;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *g.toGeometryCollection())
            appendGeometry(*part, kind, out);
        return;
    default:
        // Curves (arcs) are approximated by line segments.
        if (g.hasCurveGeometry()) {
            std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
            if (linear)
                appendGeometry(*linear, kind, out);
        }
    }
}

Crs layerCrs(OGRLayer &layer, QStringList &warnings, const QString &where)
{
    const OGRSpatialReference *srs = layer.GetSpatialRef();
    if (srs) {
        const char *auth = srs->GetAuthorityName(nullptr);
        const char *code = srs->GetAuthorityCode(nullptr);
        if (auth && code && qstrcmp(auth, "EPSG") == 0)
            return Crs::fromEpsg(QByteArray(code).toInt());
        char *wkt = nullptr;
        const char *options[] = {"FORMAT=WKT2_2019", nullptr};
        if (srs->exportToWkt(&wkt, options) == OGRERR_NONE) {
            const Crs crs = Crs::fromDefinition(QString::fromUtf8(wkt));
            CPLFree(wkt);
            if (crs.isValid())
                return crs;
        }
    }
    warnings << QCoreApplication::translate("ecoplan::OgrLayerReader",
                                            "%1, layer “%2”: no coordinate system is given; assuming WGS 84 "
                                            "longitude/latitude (EPSG:4326).")
                    .arg(where, QString::fromUtf8(layer.GetName()));
    return Crs::wgs84();
}

/// The value lists of the layer's coded domains, read once per domain and shared by the fields using it.
using ValueLists = QHash<QString, std::shared_ptr<const ValueList>>;

std::shared_ptr<const ValueList> valueListOf(const OGRFieldDefn &fd, const GDALDataset &ds, ValueLists &cache)
{
    const std::string &domainName = fd.GetDomainName();
    if (domainName.empty())
        return nullptr;
    const QString name = QString::fromStdString(domainName);
    if (const auto it = cache.constFind(name); it != cache.cend())
        return it.value();
    std::shared_ptr<ValueList> list;
    // Range and glob domains constrain values without listing them; only coded domains become lists.
    if (const auto *coded = dynamic_cast<const OGRCodedFieldDomain *>(ds.GetFieldDomain(domainName))) {
        list = std::make_shared<ValueList>();
        list->name = name;
        const QMetaType::Type type = qtTypeOf(fd.GetType());
        for (const OGRCodedValue *v = coded->GetEnumeration(); v && v->pszCode; ++v) {
            QVariant code = QString::fromUtf8(v->pszCode);
            code.convert(QMetaType(type));
            const QString label = v->pszValue ? QString::fromUtf8(v->pszValue) : code.toString();
            list->values.append({code, label});
        }
    }
    cache.insert(name, list);
    return list;
}

/// A field's default as a value; GDAL gives the SQL literal ('text', 12, CURRENT_DATE, ...).
QVariant defaultOf(const OGRFieldDefn &fd)
{
    const char *def = fd.GetDefault();
    if (!def || fd.IsDefaultDriverSpecific())
        return {};
    QString literal = QString::fromUtf8(def);
    if (literal.size() >= 2 && literal.startsWith(QLatin1Char('\'')) && literal.endsWith(QLatin1Char('\'')))
        return literal.mid(1, literal.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    QVariant value = literal;
    // Expressions such as CURRENT_TIMESTAMP are evaluated by the database, not offered in forms.
    return value.convert(QMetaType(qtTypeOf(fd.GetType()))) ? value : QVariant();
}

Field fieldOf(const OGRFieldDefn &fd, const GDALDataset &ds, ValueLists &valueLists)
{
    Field f;
    f.name = QString::fromUtf8(fd.GetNameRef());
    f.type = qtTypeOf(fd.GetType());
    f.isRequired = !fd.IsNullable();
    f.width = fd.GetWidth();
    f.defaultValue = defaultOf(fd);
    f.valueList = valueListOf(fd, ds, valueLists);
    return f;
}

} // namespace

Result<ReadLayer> readOgrLayer(OGRLayer &layer, const QString &where, const GDALDataset &dataset)
{
    GdalErrorCollector errors;
    ReadLayer out;
    out.name = QString::fromUtf8(layer.GetName());
    FeatureTable &t = out.table;

    OGRFeatureDefn *defn = layer.GetLayerDefn();
    ValueLists valueLists;
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        t.fields.append(fieldOf(*defn->GetFieldDefn(i), dataset, valueLists));
    t.kind = ogr::kindOf(layer.GetGeomType());
    t.isMulti = OGR_GT_IsSubClassOf(wkbFlatten(layer.GetGeomType()), wkbGeometryCollection);
    t.crs = layerCrs(layer, out.warnings, where);

    const GIntBig count = layer.GetFeatureCount(FALSE);
    if (count > 0) {
        t.fids.reserve(count);
        t.attributes.reserve(count);
        t.geometries.reserve(count);
    }
    std::vector<std::unique_ptr<OGRGeometry>> polygons; // for the label anchors, computed below
    layer.ResetReading();
    for (auto &feature : layer) {
        const OGRGeometry *g = feature->GetGeometryRef();
        // Layers declared "Geometry" (GeoJSON, KML) take their kind from the first feature that has one.
        if (t.kind == GeometryKind::Unknown && g) {
            t.kind = ogr::kindOf(g->getGeometryType());
            t.isMulti = OGR_GT_IsSubClassOf(wkbFlatten(g->getGeometryType()), wkbGeometryCollection);
        }
        Geometry geometry;
        if (g)
            appendGeometry(*g, t.kind, geometry);
        QVariantList values;
        values.reserve(t.fields.size());
        for (int i = 0; i < t.fields.size(); ++i)
            values.append(ogrFieldValue(*feature, i));
        if (t.kind == GeometryKind::Polygon)
            polygons.emplace_back(g ? g->clone() : nullptr);
        t.fids.push_back(feature->GetFID());
        t.attributes.push_back(std::move(values));
        t.geometries.push_back(std::move(geometry));
    }
    // The anchor search is the costliest part of reading polygons; spread it over the cores.
    t.labelAnchors.assign(polygons.size(), QPointF(NAN, NAN));
    std::vector<std::size_t> indices(polygons.size());
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(indices, [&](std::size_t i) {
        if (polygons[i])
            t.labelAnchors[i] = polygonLabelAnchor(*polygons[i]);
    });
    if (errors.hasErrors()) {
        return Result<ReadLayer>::failure(
            QCoreApplication::translate("ecoplan::OgrLayerReader", "Cannot read layer “%1” of %2: %3")
                .arg(out.name, where, errors.lastError()));
    }
    if (t.kind == GeometryKind::Unknown && !t.fids.empty())
        out.warnings << QCoreApplication::translate(
                            "ecoplan::OgrLayerReader",
                            "%1, layer “%2” has no geometry; it is listed but not drawn.")
                            .arg(where, out.name);
    return out;
}

} // namespace ecoplan
