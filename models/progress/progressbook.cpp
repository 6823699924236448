// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressbook.h"

#include <algorithm>

namespace ecoplan {

std::shared_ptr<const ProgressBook> ProgressBook::build(std::vector<TaskLink> links,
                                                        std::vector<ProgressRecord> records)
{
    auto book = std::make_shared<ProgressBook>();
    book->m_links = std::move(links);
    book->m_indexById.reserve(static_cast<qsizetype>(book->m_links.size()));
    for (std::size_t i = 0; i < book->m_links.size(); ++i) {
        const TaskLink &l = book->m_links[i];
        book->m_indexById.insert(l.id, i);
        book->m_byFeature[{l.layer, l.featureId}].append(i);
    }
    // Counting sort by link index keeps it linear for a million records; then each group by (date, id).
    std::vector<std::size_t> linkOf(records.size());
    std::vector<std::size_t> counts(book->m_links.size() + 1, 0);
    for (std::size_t r = 0; r < records.size(); ++r) {
        const auto it = book->m_indexById.constFind(records[r].linkId);
        if (it == book->m_indexById.cend() || !records[r].date.isValid()) {
            linkOf[r] = SIZE_MAX;
            ++book->m_orphans;
            continue;
        }
        linkOf[r] = *it;
        ++counts[*it + 1];
    }
    for (std::size_t i = 1; i < counts.size(); ++i)
        counts[i] += counts[i - 1];
    book->m_offsets = counts;
    book->m_records.resize(records.size() - book->m_orphans);
    std::vector<std::size_t> next(counts.begin(), counts.end() - 1);
    for (std::size_t r = 0; r < records.size(); ++r) {
        if (linkOf[r] != SIZE_MAX)
            book->m_records[next[linkOf[r]]++] = std::move(records[r]);
    }
    for (std::size_t i = 0; i < book->m_links.size(); ++i) {
        auto first = book->m_records.begin() + static_cast<std::ptrdiff_t>(book->m_offsets[i]);
        auto last = book->m_records.begin() + static_cast<std::ptrdiff_t>(book->m_offsets[i + 1]);
        std::sort(first, last, [](const ProgressRecord &a, const ProgressRecord &b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });
        if (first != last && (!book->m_firstDate.isValid() || first->date < book->m_firstDate))
            book->m_firstDate = first->date;
    }
    return book;
}

std::shared_ptr<const ProgressBook> ProgressBook::empty()
{
    static const std::shared_ptr<const ProgressBook> none = build({}, {});
    return none;
}

std::optional<std::size_t> ProgressBook::indexOf(qint64 linkId) const
{
    const auto it = m_indexById.constFind(linkId);
    if (it == m_indexById.cend())
        return std::nullopt;
    return *it;
}

QList<std::size_t> ProgressBook::linksOf(const QString &layer, qint64 featureId) const
{
    return m_byFeature.value({layer, featureId});
}

} // namespace ecoplan
