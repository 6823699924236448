// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "protectionzones.h"
#include "store/featureedit.h"

#include <QCoreApplication>

namespace ecoplan {

class ProjectStore;

/// The protection zones as the project stores them, in the canal_zones layer: one feature per zone and
/// stretch, with the widths it was built from (so the next regeneration starts from them) and the basis.
class ProtectionZoneLayer
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProtectionZoneLayer)
public:
    /// The canal (snwd_canal) cut by prefecture, each stretch with the widths its stored zones were built
    /// from, or `defaults` where it has none.
    static Result<QList<CanalSegment>> segments(const ProjectStore &store, const ZoneWidths &defaults = {});
    /// The edits that replace every stored zone with `zones` (deletes, then inserts), for one transaction.
    static Result<QList<FeatureEdit>> replacement(const ProjectStore &store, const QList<ZonePolygon> &zones);
};

} // namespace ecoplan
