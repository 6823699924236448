// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crs.h"
#include "projhandles.h"

#include <QPointF>
#include <QRectF>

#include <cstddef>

namespace ecoplan {

/// Transforms coordinates between two CRSs with PROJ, always in x = easting/longitude, y = northing/latitude
/// order. Owns its PROJ context, so one object must be used by one thread at a time; make one per thread.
class CoordinateTransform
{
public:
    CoordinateTransform(const Crs &source, const Crs &destination);
    CoordinateTransform(CoordinateTransform &&) = default;
    CoordinateTransform &operator=(CoordinateTransform &&) = default;

    bool isValid() const { return m_isIdentity || m_pj != nullptr; }
    bool isIdentity() const { return m_isIdentity; }
    const Crs &source() const { return m_source; }
    const Crs &destination() const { return m_destination; }

    /// Transforms in place; points that cannot be transformed become NaN. Returns false if PROJ failed
    /// wholesale.
    bool transform(double *x, double *y, std::size_t count, bool inverse = false) const;
    /// A point that cannot be transformed comes back as (NaN, NaN).
    QPointF transform(const QPointF &p, bool inverse = false) const;
    /// The bounding box of the transformed rectangle, densified along the edges so curved edges are covered.
    QRectF transformBounds(const QRectF &r, bool inverse = false) const;

private:
    Crs m_source;
    Crs m_destination;
    proj::ContextPtr m_ctx;
    proj::PjPtr m_pj;
    bool m_isIdentity = false;
};

} // namespace ecoplan
