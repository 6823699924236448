// SPDX-License-Identifier: GPL-3.0-or-later
#include "asof.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace ecoplan::asof {

LinkState stateOf(const ProgressBook &book, std::size_t link, const QDate &date)
{
    LinkState state;
    const std::span<const ProgressRecord> records = book.records(link);
    // The first record dated after `date`; the one before it is the latest on or before it (records are in
    // (date, id) order, so among same-date records the later entry comes last).
    const auto after = std::upper_bound(records.begin(), records.end(), date,
                                        [](const QDate &d, const ProgressRecord &r) { return d < r.date; });
    if (after != records.begin()) {
        state.latest = &*(after - 1);
        state.status = state.latest->status;
        for (auto it = after; it != records.begin();) {
            --it;
            if (it->value) {
                state.achieved = it->value;
                break;
            }
        }
    }
    const QDate &deadline = book.link(link).deadline;
    state.overdue = deadline.isValid() && deadline < date && !ProgressStatuses::isDone(state.status);
    return state;
}

std::vector<LinkState> states(const ProgressBook &book, const QDate &date)
{
    std::vector<LinkState> out(book.size());
    constexpr std::size_t chunk = 16384;
    if (book.size() < 2 * chunk) {
        for (std::size_t i = 0; i < book.size(); ++i)
            out[i] = stateOf(book, i, date);
        return out;
    }
    std::vector<std::size_t> starts((book.size() + chunk - 1) / chunk);
    std::iota(starts.begin(), starts.end(), std::size_t(0));
    QtConcurrent::blockingMap(starts, [&](std::size_t c) {
        const std::size_t end = std::min(book.size(), (c + 1) * chunk);
        for (std::size_t i = c * chunk; i < end; ++i)
            out[i] = stateOf(book, i, date);
    });
    return out;
}

} // namespace ecoplan::asof
