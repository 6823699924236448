// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "geometryedit.h"

#include <QCoreApplication>

#include <functional>

namespace ecoplan {

/// Whether a geometry (WKT) is valid by GEOS's rules, and its repair. Invalid polygons are never stored:
/// they are refused with GEOS's reason or, if the user agrees, repaired.
class GeometryValidity
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::GeometryValidity)
public:
    /// Success, or a message naming the problem and where it is (e.g. "Self-intersection at 113.5, 34.2").
    static Status check(const QString &wkt);
    /// OGR's MakeValid, converted to the layer's type (a polygon that repair splits becomes a
    /// multipolygon). Refused if the repair yields another kind of geometry, nothing, or several parts for
    /// a single-part layer.
    static Result<QString> repair(const QString &wkt, LayerGeometryType type);
    /// `wkt` if valid; otherwise asks `askRepair` with the problem and repairs if it says yes. Fails with
    /// the problem if it says no (or is empty) and with the reason if the repair does not work.
    static Result<QString> ensureValid(const QString &wkt, LayerGeometryType type,
                                       const std::function<bool(const QString &problem)> &askRepair);
};

} // namespace ecoplan
