// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planjurisdiction.h"

#include <QRegularExpression>

namespace ecoplan {
namespace {

/// From a match whose group 1 is the place (许昌市) and group 2 its last character (省, 市, 县 or 区).
PlanJurisdiction chinese(const QRegularExpressionMatch &m)
{
    const QString unit = m.captured(2);
    return {unit == u"省"   ? QStringLiteral("province")
            : unit == u"市" ? QStringLiteral("city")
                            : QStringLiteral("county"),
            m.captured(1)};
}

PlanJurisdiction fromText(const QString &text)
{
    // The first government named: 许昌市人民政府(办公室), 河南省人民政府办公厅, 长葛市人民政府 (a
    // county-level city is a city here: its plan implements its prefecture's), 襄城县人民政府.
    static const QRegularExpression zh(QStringLiteral("([\\x{4e00}-\\x{9fff}]{1,8}?(省|市|县|区))人民政府"));
    if (const auto m = zh.match(text); m.hasMatch())
        return chinese(m);
    static const QRegularExpression en(
        QStringLiteral("People'?s\\s+Government\\s+of\\s+([A-Z][a-z]+)\\s+(Province|City|County)"));
    if (const auto m = en.match(text); m.hasMatch())
        return {m.captured(2).toLower(), m.captured(1)};
    static const QRegularExpression enTitle(
        QStringLiteral("\\b(?:in|of)\\s+([A-Z][a-z]+)\\s+(Province|City)\\b"));
    if (const auto m = enTitle.match(text); m.hasMatch())
        return {m.captured(2).toLower(), m.captured(1)};
    static const QRegularExpression zhTitle(QStringLiteral("^([\\x{4e00}-\\x{9fff}]{2,6}?(省|市|县))"));
    if (const auto m = zhTitle.match(text); m.hasMatch())
        return chinese(m);
    return {};
}

} // namespace

PlanJurisdiction planJurisdiction(const Plan &plan)
{
    if (PlanJurisdiction j = fromText(plan.issuer); !j.level.isEmpty())
        return j;
    return fromText(plan.title);
}

} // namespace ecoplan
