// SPDX-License-Identifier: GPL-3.0-or-later
#include "provincecheck.h"

#include "geo/ogrwkt.h"
#include "sourcegeometry.h"

#include <ogr_api.h>

#include <cmath>

namespace ecoplan {
namespace {

const Crs &metricCrs()
{
    static const Crs crs = Crs::fromEpsg(4547); // CGCS2000 / 3-degree Gauss-Kruger CM 114E
    return crs;
}

Status transformInPlace(OGRGeometry &g, const CoordinateTransform &t)
{
    return forEachVertexRun(g, [&t](double *x, double *y, int n) {
        t.transform(x, y, static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
                return Status::failure(ProvinceCheck::tr("coordinates outside the range of EPSG:4547"));
        }
        return Status::success();
    });
}

} // namespace

ProvinceCheck::ProvinceCheck(const Crs &target) : m_toMetres(target, metricCrs()) {}
ProvinceCheck::~ProvinceCheck() = default;

Result<std::unique_ptr<ProvinceCheck>> ProvinceCheck::make(const QStringList &wkt, const Crs &crs,
                                                           const Crs &target, double marginKm)
{
    using R = Result<std::unique_ptr<ProvinceCheck>>;
    auto check = std::unique_ptr<ProvinceCheck>(new ProvinceCheck(target));
    check->m_marginKm = marginKm;
    const CoordinateTransform toMetres(crs, metricCrs());
    auto all = std::make_unique<OGRMultiPolygon>();
    for (const QString &w : wkt) {
        OGRGeometryUniquePtr g = ogr::fromWkt(w);
        if (!g || !transformInPlace(*g, toMetres))
            return R::failure(tr("The province boundary cannot be read."));
        if (wkbFlatten(g->getGeometryType()) == wkbPolygon) {
            all->addGeometryDirectly(g.release());
        } else if (wkbFlatten(g->getGeometryType()) == wkbMultiPolygon) {
            for (const OGRPolygon *part : *g->toMultiPolygon())
                all->addGeometry(part);
        }
    }
    check->m_province.reset(all->UnionCascaded());
    if (!check->m_province)
        check->m_province.reset(all.release());
    OGRGeometryUniquePtr simple(check->m_province->SimplifyPreserveTopology(200));
    check->m_withMargin.reset((simple ? simple.get() : check->m_province.get())->Buffer(marginKm * 1000, 8));
    if (!check->m_withMargin)
        return R::failure(tr("The province boundary cannot be widened by %1 km.").arg(marginKm));
    check->m_prepared.reset(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(check->m_withMargin.get())));
    return check;
}

Status ProvinceCheck::check(const OGRGeometry &g)
{
    OGRGeometryUniquePtr metric(g.clone());
    if (!m_toMetres.isIdentity()) {
        if (Status s = transformInPlace(*metric, m_toMetres); !s)
            return Status::failure(tr("outside Henan (%1)").arg(s.error()));
    }
    const bool near =
        m_prepared ? OGRPreparedGeometryIntersects(m_prepared.get(), OGRGeometry::ToHandle(metric.get()))
                   : m_withMargin->Intersects(metric.get());
    if (near)
        return Status::success();
    const double km = m_province->Distance(metric.get()) / 1000;
    return Status::failure(tr("outside Henan: %1 km beyond the boundary (more than %2 km allowed)")
                               .arg(km, 0, 'f', 0)
                               .arg(m_marginKm));
}

} // namespace ecoplan
