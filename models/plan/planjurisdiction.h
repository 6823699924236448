// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

namespace ecoplan {

/// Which government a plan belongs to, read from its issuer (or title): 河南省人民政府办公厅 → province,
/// 许昌市人民政府 → city, …县人民政府 → county; "People's Government of Henan Province" → province.
struct PlanJurisdiction
{
    QString level; ///< "province", "city", "county" or empty if the issuer does not say
    QString place; ///< the place as written: 河南省, 许昌市, Henan (empty if none)
};

PlanJurisdiction planJurisdiction(const Plan &plan);

} // namespace ecoplan
