// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QJsonDocument>

namespace ecoplan {

/// The schema written by planToJson; docs/plan-json.md documents it. Bump on incompatible changes.
inline constexpr char planJsonSchema[] = "ecoplan-plan/1";

/// A plan as JSON (schema ecoplan-plan/1): dates as ISO strings, missing values as null.
QJsonDocument planToJson(const Plan &plan);

} // namespace ecoplan
