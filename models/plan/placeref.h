// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoplan {

/// A place named in a plan: identical to the struct in plan.h, so the two can be unified.
struct PlaceRef
{
    QString name;
    QString code;
};

} // namespace ecoplan
