// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressstatus.h"

namespace ecoplan {
namespace {

struct Names
{
    const char *code;
    const char *zh;
    const char *en;
};

constexpr Names names[] = {
    {"not_started", "未开始", "not started"}, {"in_progress", "推进中", "in progress"},
    {"completed", "已完成", "completed"},     {"verified", "已验收", "verified"},
    {"blocked", "受阻", "blocked"},
};

const Names &namesOf(ProgressStatus s)
{
    return names[static_cast<int>(s)];
}

} // namespace

QString ProgressStatuses::code(ProgressStatus status)
{
    return QString::fromLatin1(namesOf(status).code);
}

QString ProgressStatuses::label(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::NotStarted:
        return tr("not started");
    case ProgressStatus::InProgress:
        return tr("in progress");
    case ProgressStatus::Completed:
        return tr("completed");
    case ProgressStatus::Verified:
        return tr("verified");
    case ProgressStatus::Blocked:
        return tr("blocked");
    }
    return {};
}

QString ProgressStatuses::chineseLabel(ProgressStatus status)
{
    return QString::fromUtf8(namesOf(status).zh);
}

std::optional<ProgressStatus> ProgressStatuses::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QStringList halves = t.split(QLatin1Char('/'));
    for (ProgressStatus s : allProgressStatuses) {
        const Names &n = namesOf(s);
        const auto matches = [&](const QString &part) {
            const QString p = part.trimmed();
            return p.compare(QLatin1String(n.code), Qt::CaseInsensitive) == 0 ||
                   p.compare(QLatin1String(n.en), Qt::CaseInsensitive) == 0 ||
                   p == QString::fromUtf8(n.zh);
        };
        // "已完成 / completed" (the value list's label) as well as either half on its own.
        if (matches(t) || (halves.size() == 2 && matches(halves[0]) && matches(halves[1])))
            return s;
    }
    return std::nullopt;
}

} // namespace ecoplan
