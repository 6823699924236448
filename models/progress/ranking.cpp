// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ecoplan {

double UnitProgress::share() const
{
    return linked > 0 ? double(done()) / linked : std::numeric_limits<double>::quiet_NaN();
}

double UnitProgress::completionPct() const
{
    return linked > 0 ? std::round(1000.0 * done() / linked) / 10.0 : 0.0;
}

namespace ranking {

std::vector<UnitProgress> tally(const ProgressBook &book, const std::vector<LinkState> &states,
                                const LinkFilter &filter, const PlaceUnits &units)
{
    std::vector<UnitProgress> rows(units.units().size());
    for (std::size_t u = 0; u < rows.size(); ++u) {
        rows[u].code = units.units()[u].code;
        rows[u].name = units.units()[u].name;
        rows[u].unit = u;
    }
    for (std::size_t l = 0; l < book.size(); ++l) {
        const int u = units.unitOf(l);
        if (u < 0 || !filter.accepts(book.link(l)))
            continue;
        UnitProgress &row = rows[static_cast<std::size_t>(u)];
        ++row.linked;
        ++row.byStatus[static_cast<int>(states[l].status)];
        row.overdue += states[l].overdue ? 1 : 0;
        row.links.push_back(l);
    }
    return rows;
}

std::vector<UnitProgress> ranked(std::vector<UnitProgress> units)
{
    std::erase_if(units, [](const UnitProgress &u) { return u.linked == 0; });
    // Compare shares exactly as fractions (a·d vs c·b), so 1/3 and 2/6 tie and no rounding reorders them.
    std::sort(units.begin(), units.end(), [](const UnitProgress &a, const UnitProgress &b) {
        const qint64 left = qint64(a.done()) * b.linked;
        const qint64 right = qint64(b.done()) * a.linked;
        if (left != right)
            return left > right;
        if (a.overdue != b.overdue)
            return a.overdue < b.overdue;
        return a.code < b.code;
    });
    for (std::size_t i = 0; i < units.size(); ++i)
        units[i].rank = static_cast<int>(i) + 1;
    return units;
}

void setChange(std::vector<UnitProgress> &rows, const std::vector<UnitProgress> &before)
{
    QHash<QString, const UnitProgress *> previous;
    for (const UnitProgress &u : before)
        previous.insert(u.code, &u);
    for (UnitProgress &row : rows) {
        const UnitProgress *p = previous.value(row.code);
        row.changePts = std::round(10.0 * (row.completionPct() - (p ? p->completionPct() : 0.0))) / 10.0;
    }
}

} // namespace ranking
} // namespace ecoplan
