// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace ecoplan {

/// Splits [0, count) into one contiguous chunk per thread of `pool` (a pool of its own if null: the
/// caller blocks, which must never happen inside the global pool, see docs/ARCHITECTURE.md) and runs
/// `work(begin, end)` on each in parallel; the chunks' results in order. Small inputs stay in one chunk,
/// since every chunk repeats the set-up (GEOS geometries of the other layer).
template <typename Work>
auto forEachChunk(std::size_t count, QThreadPool *pool, Work &&work)
    -> std::vector<std::invoke_result_t<Work, std::size_t, std::size_t>>
{
    constexpr std::size_t minimumChunk = 2000;
    std::unique_ptr<QThreadPool> own;
    if (!pool) {
        own = std::make_unique<QThreadPool>();
        pool = own.get();
    }
    const std::size_t chunks =
        std::clamp<std::size_t>(count / minimumChunk, 1, std::size_t(std::max(1, pool->maxThreadCount())));
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (std::size_t c = 0; c < chunks; ++c)
        ranges.emplace_back(count * c / chunks, count * (c + 1) / chunks);
    std::vector<std::invoke_result_t<Work, std::size_t, std::size_t>> results(chunks);
    std::vector<std::size_t> order(chunks);
    for (std::size_t c = 0; c < chunks; ++c)
        order[c] = c;
    if (chunks == 1) {
        results[0] = work(ranges[0].first, ranges[0].second);
    } else {
        QtConcurrent::blockingMap(
            pool, order, [&](std::size_t c) { results[c] = work(ranges[c].first, ranges[c].second); });
    }
    return results;
}

} // namespace ecoplan
