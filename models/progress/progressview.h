// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "asof.h"

namespace ecoplan {

/// What the progress views show: whose links (all, a task's, a plan's) and by which unit the map colours
/// and the rankings count them. Held by the Project so that map, panels and charts agree.
struct ProgressView
{
    enum class Units { None, Counties, Prefectures };
    LinkFilter filter;
    Units units = Units::Counties;
    bool showStatus = true; ///< draw linked places by status

    bool operator==(const ProgressView &) const = default;
};

} // namespace ecoplan
