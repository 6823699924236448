// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "asof.h"
#include "placeunits.h"

#include <array>
#include <optional>
#include <vector>

namespace ecoplan {

/// One county's or prefecture's progress as of a date: the counts of a ranking row, the choropleth's
/// share and label, and the links behind them (to select their places).
struct UnitProgress
{
    QString code;
    QString name;
    std::size_t unit = 0; ///< index in PlaceUnits::units() (= the feature in the units layer)
    int linked = 0;
    std::array<int, 5> byStatus{}; ///< indexed by ProgressStatus
    int overdue = 0;
    int rank = 0;                  ///< 1 = best; 0 = not ranked (no links)
    std::optional<double> changePts; ///< completion points gained since the previous period
    std::vector<std::size_t> links;  ///< link indices

    int count(ProgressStatus s) const { return byStatus[static_cast<int>(s)]; }
    int done() const { return count(ProgressStatus::Completed) + count(ProgressStatus::Verified); }
    /// Completion share: (completed + verified) / linked; NaN without links.
    double share() const;
    /// The share in percent, rounded to one decimal, as reports print it.
    double completionPct() const;
    /// "12/20": done of linked, the choropleth's label.
    QString label() const { return QStringLiteral("%1/%2").arg(done()).arg(linked); }
};

namespace ranking {

/// Every unit of `units` with the links `filter` accepts counted by their state (`states` from
/// asof::states on the same book), in the units layer's order; units without links have linked = 0.
std::vector<UnitProgress> tally(const ProgressBook &book, const std::vector<LinkState> &states,
                                const LinkFilter &filter, const PlaceUnits &units);
/// Ranks the units with at least one link: completion share descending, then overdue ascending, then code
/// ascending; returns them in rank order (units without links are left out).
std::vector<UnitProgress> ranked(std::vector<UnitProgress> units);
/// Sets each row's change in points since `before` (rows matched by code; the previous share of a unit
/// that had no links then counts as 0).
void setChange(std::vector<UnitProgress> &rows, const std::vector<UnitProgress> &before);

} // namespace ranking
} // namespace ecoplan
