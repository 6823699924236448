// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace ecoplan {

/// Where the work at one place stands. The codes are stored in progress_records.status and are part of the
/// ledger and report formats; the order is the order of the report's columns.
enum class ProgressStatus : std::uint8_t { NotStarted, InProgress, Completed, Verified, Blocked };

inline constexpr std::array<ProgressStatus, 5> allProgressStatuses = {
    ProgressStatus::NotStarted, ProgressStatus::InProgress, ProgressStatus::Completed,
    ProgressStatus::Verified, ProgressStatus::Blocked};

class ProgressStatuses
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProgressStatuses)
public:
    /// not_started, in_progress, completed, verified, blocked.
    static QString code(ProgressStatus status);
    /// The label in the UI's language (未开始 / not started …).
    static QString label(ProgressStatus status);
    /// The Chinese label, whatever the UI's language (ledgers and the bilingual value list).
    static QString chineseLabel(ProgressStatus status);
    /// A status from its code or either half of its label ("completed", "已完成", "Completed", "已完成 /
    /// completed"), ignoring case and surrounding spaces; nothing for anything else.
    static std::optional<ProgressStatus> parse(const QString &text);
    /// Completed or verified: the work counts as done.
    static bool isDone(ProgressStatus status)
    {
        return status == ProgressStatus::Completed || status == ProgressStatus::Verified;
    }
};

} // namespace ecoplan
