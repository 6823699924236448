// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcegeometry.h"

#include "geo/chinaoffsets.h"
#include "geo/ogrwkt.h"

#include <QLocale>

#include <cmath>
#include <vector>

namespace ecoplan {
namespace {

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && std::isfinite(v) ? std::optional(v) : std::nullopt;
}

bool isGkWithoutPrefix(int epsg)
{
    return epsg >= 4534 && epsg <= 4554;
}

bool isGkWithPrefix(int epsg)
{
    return epsg >= 4513 && epsg <= 4533;
}

} // namespace

Status forEachVertexRun(OGRGeometry &g, const std::function<Status(double *, double *, int)> &fn)
{
    const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
    if (type == wkbPoint) {
        auto *p = g.toPoint();
        if (p->IsEmpty())
            return Status::success();
        double x = p->getX(), y = p->getY();
        if (Status s = fn(&x, &y, 1); !s)
            return s;
        p->setX(x);
        p->setY(y);
        return Status::success();
    }
    if (OGR_GT_IsSubClassOf(type, wkbCurve) && dynamic_cast<OGRSimpleCurve *>(&g)) {
        auto *curve = dynamic_cast<OGRSimpleCurve *>(&g);
        const int n = curve->getNumPoints();
        std::vector<double> xs(n), ys(n);
        curve->getPoints(xs.data(), sizeof(double), ys.data(), sizeof(double));
        if (Status s = fn(xs.data(), ys.data(), n); !s)
            return s;
        curve->setPoints(n, xs.data(), ys.data());
        return Status::success();
    }
    if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon)) {
        for (OGRCurve *ring : *g.toCurvePolygon()) {
            if (Status s = forEachVertexRun(*ring, fn); !s)
                return s;
        }
        return Status::success();
    }
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (OGRGeometry *part : *g.toGeometryCollection()) {
            if (Status s = forEachVertexRun(*part, fn); !s)
                return s;
        }
        return Status::success();
    }
    return Status::failure(SourceGeometry::tr("%1 geometries cannot be imported")
                               .arg(QString::fromUtf8(OGRGeometryTypeToName(g.getGeometryType()))));
}

SourceGeometry::SourceGeometry(const SourceCrs &source, const Crs &target)
    : m_source(source), m_target(target)
{
}

SourceGeometry::From &SourceGeometry::from(const Crs &crs)
{
    From &f = m_fromCrs[crs.definition()];
    if (!f.transform) {
        f.transform = std::make_unique<CoordinateTransform>(crs, m_target);
        f.isGeographic = crs.isGeographic();
    }
    return f;
}

SourceGeometry::From &SourceGeometry::fromEpsg(int code)
{
    From *&f = m_fromEpsg[code];
    if (!f)
        f = &from(Crs::fromEpsg(code));
    return *f;
}

Status SourceGeometry::checkInput(const SourceCrs &crs, bool isGeographic, double x, double y) const
{
    const bool geographic =
        crs.kind == SourceCrs::Kind::Gcj02 || crs.kind == SourceCrs::Kind::Bd09 || isGeographic;
    if (geographic) {
        // Henan lies at 110–117 E, 31–37 N: the other way round the columns were swapped.
        if (x > 30 && x < 38 && y > 109 && y < 118)
            return Status::failure(tr("x %1 and y %2 look swapped (longitude is x)").arg(x).arg(y));
        if (std::abs(x) > 180 || std::abs(y) > 90)
            return Status::failure(tr("(%1, %2) is not a longitude/latitude").arg(x, 0, 'f').arg(y, 0, 'f'));
        return Status::success();
    }
    if (crs.kind == SourceCrs::Kind::Epsg && isGkWithoutPrefix(crs.epsg) && std::abs(x) >= 1e6)
        return Status::failure(
            tr("X %1 starts with a zone number; choose Gauss-Krüger with zone number").arg(x, 0, 'f', 2));
    if (crs.kind == SourceCrs::Kind::Epsg && isGkWithPrefix(crs.epsg) && std::abs(x) < 1e6)
        return Status::failure(
            tr("X %1 has no zone number; choose Gauss-Krüger by central meridian").arg(x, 0, 'f', 2));
    return Status::success();
}

Status SourceGeometry::convert(OGRGeometry &g)
{
    // A zoned Gauss-Krüger geometry takes its zone from its first vertex.
    std::optional<int> zone;
    return forEachVertexRun(g, [&](double *x, double *y, int n) -> Status {
        SourceCrs crs = m_source;
        if (m_source.kind == SourceCrs::Kind::GaussKrugerZonePrefix) {
            if (!zone)
                zone = static_cast<int>(std::floor(x[0] / 1e6));
            crs = SourceCrs::fromEpsg(SourceCrs::gk3ZoneEpsg(*zone));
            if (crs.epsg == 0)
                return Status::failure(
                    tr("X %1 has no Gauss-Krüger zone number (25–45) in front, e.g. 38512345.6")
                        .arg(x[0], 0, 'f', 2));
        }
        const bool shifted = crs.kind == SourceCrs::Kind::Gcj02 || crs.kind == SourceCrs::Kind::Bd09;
        From &source = fromEpsg(shifted ? 4326 : crs.epsg);
        for (int i = 0; i < n; ++i) {
            if (Status s = checkInput(crs, source.isGeographic, x[i], y[i]); !s)
                return s;
            if (m_source.kind == SourceCrs::Kind::GaussKrugerZonePrefix && std::floor(x[i] / 1e6) != *zone)
                return Status::failure(tr("the vertices lie in different Gauss-Krüger zones"));
        }
        if (crs.kind == SourceCrs::Kind::Gcj02 || crs.kind == SourceCrs::Kind::Bd09) {
            for (int i = 0; i < n; ++i) {
                const QPointF p = crs.kind == SourceCrs::Kind::Gcj02
                                      ? ChinaOffsets::gcj02ToWgs84({x[i], y[i]})
                                      : ChinaOffsets::bd09ToWgs84({x[i], y[i]});
                x[i] = p.x();
                y[i] = p.y();
            }
            crs = SourceCrs::fromEpsg(4326);
        }
        const CoordinateTransform &t = *source.transform;
        if (!t.isValid())
            return Status::failure(
                tr("EPSG:%1 cannot be transformed to %2").arg(crs.epsg).arg(m_target.authId()));
        t.transform(x, y, static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
                return Status::failure(
                    tr("the coordinates cannot be transformed from EPSG:%1").arg(crs.epsg));
        }
        return Status::success();
    });
}

Result<OGRGeometryUniquePtr> SourceGeometry::point(const QString &xText, const QString &yText)
{
    using R = Result<OGRGeometryUniquePtr>;
    if (xText.trimmed().isEmpty() || yText.trimmed().isEmpty())
        return R::failure(tr("no coordinates"));
    const std::optional<double> x = number(xText), y = number(yText);
    if (!x)
        return R::failure(tr("x “%1” is not a number").arg(xText));
    if (!y)
        return R::failure(tr("y “%1” is not a number").arg(yText));
    OGRGeometryUniquePtr p(new OGRPoint(*x, *y));
    if (Status s = convert(*p); !s)
        return R::failure(s.error());
    return p;
}

Result<OGRGeometryUniquePtr> SourceGeometry::fromWkt(const QString &wkt)
{
    using R = Result<OGRGeometryUniquePtr>;
    if (wkt.trimmed().isEmpty())
        return R::failure(tr("no geometry"));
    OGRGeometryUniquePtr g = ogr::fromWkt(wkt.trimmed());
    if (!g)
        return R::failure(tr("“%1” is not WKT").arg(wkt.left(40)));
    if (g->hasCurveGeometry()) // arcs become line segments: layers hold simple geometries
        g.reset(g->getLinearGeometry());
    if (Status s = convert(*g); !s)
        return R::failure(s.error());
    return g;
}

Result<OGRGeometryUniquePtr> SourceGeometry::reproject(OGRGeometryUniquePtr g, const Crs &crs)
{
    using R = Result<OGRGeometryUniquePtr>;
    if (g->hasCurveGeometry())
        g.reset(g->getLinearGeometry());
    const CoordinateTransform &t = *from(crs).transform;
    if (!t.isValid())
        return R::failure(tr("%1 cannot be transformed to %2").arg(crs.authId(), m_target.authId()));
    const Status s = forEachVertexRun(*g, [&t](double *x, double *y, int n) {
        t.transform(x, y, static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
                return Status::failure(tr("the coordinates cannot be transformed"));
        }
        return Status::success();
    });
    if (!s)
        return R::failure(s.error());
    return g;
}

} // namespace ecoplan
