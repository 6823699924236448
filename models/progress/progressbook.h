// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tasklink.h"

#include <QHash>
#include <QList>

#include <memory>
#include <span>
#include <vector>

namespace ecoplan {

/// All links of a project and their progress records, immutable once built and shared between the views
/// (and threads) that read it. Each link's records are kept together in the order that decides "the
/// latest": by date, then by id (entry order), so a status as of a date is one binary search.
class ProgressBook
{
public:
    static std::shared_ptr<const ProgressBook> build(std::vector<TaskLink> links,
                                                     std::vector<ProgressRecord> records);
    static std::shared_ptr<const ProgressBook> empty();

    const std::vector<TaskLink> &links() const { return m_links; }
    std::size_t size() const { return m_links.size(); }
    const TaskLink &link(std::size_t i) const { return m_links[i]; }
    /// The records of link i, oldest first (same date: in entry order).
    std::span<const ProgressRecord> records(std::size_t i) const
    {
        return {m_records.data() + m_offsets[i], m_records.data() + m_offsets[i + 1]};
    }
    /// The index of the link with this id.
    std::optional<std::size_t> indexOf(qint64 linkId) const;
    /// The indices of the links of one feature (any task).
    QList<std::size_t> linksOf(const QString &layer, qint64 featureId) const;
    /// The date of the earliest record, or an invalid date without records.
    QDate firstRecordDate() const { return m_firstDate; }
    std::size_t recordCount() const { return m_records.size(); }
    /// Records that name a link the book does not have (left out, counted so tests and loaders can say so).
    std::size_t orphanRecords() const { return m_orphans; }

private:
    std::vector<TaskLink> m_links;
    std::vector<ProgressRecord> m_records; ///< grouped by link, in link order
    std::vector<std::size_t> m_offsets;    ///< link i's records are [m_offsets[i], m_offsets[i+1])
    QHash<qint64, std::size_t> m_indexById;
    QHash<QPair<QString, qint64>, QList<std::size_t>> m_byFeature;
    QDate m_firstDate;
    std::size_t m_orphans = 0;
};

} // namespace ecoplan
