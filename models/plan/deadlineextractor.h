// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ecoplan {

/// A deadline phrase found in a text and the last day it allows.
struct DeadlineMatch
{
    qsizetype position = 0;
    qsizetype length = 0;
    QDate date;
};

/// Chinese and English deadline phrases → the last day they allow:
/// 到2025年 / by 2025 → 2025-12-31; 2023年年底前 / 2024年底 / by the end of 2024 → 12-31;
/// 2025年9月底前 / 2024年6月 / by the end of September 2025 → last day of that month;
/// 2025年上半年 → 06-30; "十四五"期间 / the 14th Five-Year Plan period → 2025-12-31.
/// A bare year ("较2022年", "(2023-2025年)") is not a deadline.
class DeadlineExtractor
{
public:
    static QList<DeadlineMatch> find(const QString &text);
    /// Distinct dates in `text`, sorted.
    static QList<QDate> dates(const QString &text);
};

} // namespace ecoplan
