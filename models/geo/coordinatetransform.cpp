// SPDX-License-Identifier: GPL-3.0-or-later
#include "coordinatetransform.h"

#include <QHash>
#include <QMutex>

#include <cmath>
#include <limits>
#include <vector>

namespace ecoplan {
namespace {

/// Operations found before, as PROJ pipeline strings. Choosing an operation queries proj.db (about 30 ms);
/// instantiating a known pipeline does not. Only single, exactly expressible operations are cached.
QMutex pipelineMutex;
QHash<QString, QByteArray> &pipelineCache()
{
    static QHash<QString, QByteArray> cache;
    return cache;
}

} // namespace

CoordinateTransform::CoordinateTransform(const Crs &source, const Crs &destination)
    : m_source(source), m_destination(destination)
{
    if (source == destination) {
        m_isIdentity = true;
        return;
    }
    m_ctx.reset(proj_context_create());
    proj_log_level(m_ctx.get(), PJ_LOG_NONE);
    const QString key = source.definition() + QLatin1Char('\n') + destination.definition();
    {
        QMutexLocker lock(&pipelineMutex);
        if (const auto it = pipelineCache().constFind(key); it != pipelineCache().cend()) {
            m_pj.reset(proj_create(m_ctx.get(), it->constData()));
            if (m_pj)
                return;
        }
    }
    proj::PjPtr raw(proj_create_crs_to_crs(m_ctx.get(), source.definition().toUtf8().constData(),
                                           destination.definition().toUtf8().constData(), nullptr));
    if (!raw)
        return;
    // Lon/lat and easting/northing order whatever the authority's axis order says.
    m_pj.reset(proj_normalize_for_visualization(m_ctx.get(), raw.get()));
    // A set of alternative operations (chosen per point by area of use) has no single pipeline string.
    if (m_pj && proj_get_type(m_pj.get()) != PJ_TYPE_UNKNOWN) {
        if (const char *pipeline = proj_as_proj_string(m_ctx.get(), m_pj.get(), PJ_PROJ_5, nullptr)) {
            QMutexLocker lock(&pipelineMutex);
            pipelineCache().insert(key, QByteArray(pipeline));
        }
    }
}

bool CoordinateTransform::transform(double *x, double *y, std::size_t count, bool inverse) const
{
    if (m_isIdentity)
        return true;
    if (!m_pj)
        return false;
    proj_errno_reset(m_pj.get());
    const std::size_t done =
        proj_trans_generic(m_pj.get(), inverse ? PJ_INV : PJ_FWD, x, sizeof(double), count, y, sizeof(double),
                           count, nullptr, 0, 0, nullptr, 0, 0);
    // PROJ marks failed points with HUGE_VAL; callers test for NaN only.
    for (std::size_t i = 0; i < count; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]))
            x[i] = y[i] = std::numeric_limits<double>::quiet_NaN();
    }
    return done == count || count == 0;
}

QPointF CoordinateTransform::transform(const QPointF &p, bool inverse) const
{
    double x = p.x();
    double y = p.y();
    if (!transform(&x, &y, 1, inverse))
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return {x, y};
}

QRectF CoordinateTransform::transformBounds(const QRectF &r, bool inverse) const
{
    if (m_isIdentity || r.isNull())
        return r;
    constexpr int steps = 20;
    std::vector<double> xs;
    std::vector<double> ys;
    for (int i = 0; i <= steps; ++i) {
        const double fx = r.left() + r.width() * i / steps;
        const double fy = r.top() + r.height() * i / steps;
        xs.insert(xs.end(), {fx, fx, r.left(), r.right()});
        ys.insert(ys.end(), {r.top(), r.bottom(), fy, fy});
    }
    transform(xs.data(), ys.data(), xs.size(), inverse);
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (std::isnan(xs[i]))
            continue;
        minX = std::min(minX, xs[i]);
        maxX = std::max(maxX, xs[i]);
        minY = std::min(minY, ys[i]);
        maxY = std::max(maxY, ys[i]);
    }
    if (minX > maxX)
        return {};
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace ecoplan
