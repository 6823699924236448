// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/storedplan.h"

#include "core/bilingual.h"
#include "plan/planjurisdiction.h"
#include "plan/plannumbering.h"

#include <algorithm>

namespace ecoplan {
namespace {

QString titleInUiLanguage(const QString &title, const QString &en, const QString &zh)
{
    const QString &translated = isChineseUi() ? zh : en;
    return translated.isEmpty() ? title : translated;
}

} // namespace

const StoredTask *StoredPlan::task(qint64 id) const
{
    for (const StoredTask &t : tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString displayTitle(const PlanNode &node)
{
    return titleInUiLanguage(node.title, node.titleEn, node.titleZh);
}

QString displayTitle(const Plan &plan)
{
    return titleInUiLanguage(plan.title, plan.titleEn.value_or(QString()), plan.titleZh);
}

QString numberedTitle(const PlanNode &node)
{
    return titleWithNumber(node, displayTitle(node), isChineseUi());
}

QString planLevel(const StoredPlan &plan)
{
    if (!plan.level.isEmpty())
        return plan.level;
    const QString &code = plan.regionCode;
    if (code.size() == 6 && code.front().isDigit())
        return code.endsWith(QLatin1String("0000")) ? QStringLiteral("province")
               : code.endsWith(QLatin1String("00")) ? QStringLiteral("city")
                                                    : QStringLiteral("county");
    // The issuer (or title) names the government: 河南省人民政府, 许昌市人民政府.
    return planJurisdiction(plan.plan).level;
}

QList<const StoredTask *> implementCandidates(const QList<StoredPlan> &plans, const StoredPlan &own)
{
    const bool anyProvince = std::any_of(plans.begin(), plans.end(), [&](const StoredPlan &p) {
        return p.id != own.id && planLevel(p) == QLatin1String("province");
    });
    QList<const StoredTask *> out;
    for (const StoredPlan &p : plans) {
        if (p.id == own.id || (anyProvince && planLevel(p) != QLatin1String("province")))
            continue;
        for (const StoredTask &t : p.tasks) {
            if (t.node.kind == PlanNode::Kind::Task)
                out << &t;
        }
    }
    return out;
}

} // namespace ecoplan
