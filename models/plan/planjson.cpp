// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ecoplan {
namespace {

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray targetsJson(const QList<Target> &targets)
{
    QJsonArray out;
    for (const Target &t : targets) {
        out.append(QJsonObject{{QStringLiteral("indicator"), t.indicator},
                               {QStringLiteral("comparator"), t.comparator},
                               {QStringLiteral("value"), t.value},
                               {QStringLiteral("unit"), t.unit},
                               {QStringLiteral("deadline"), dateOrNull(t.deadline)},
                               {QStringLiteral("text"), t.text}});
    }
    return out;
}

QJsonObject nodeJson(const PlanNode &n)
{
    QJsonArray deadlines;
    for (const QDate &d : n.deadlines)
        deadlines.append(d.toString(Qt::ISODate));
    QJsonArray places;
    for (const PlaceRef &p : n.places)
        places.append(
            QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("code"), stringOrNull(p.code)}});
    QJsonArray children;
    for (const PlanNode &c : n.children)
        children.append(nodeJson(c));
    return QJsonObject{{QStringLiteral("kind"), kindName(n.kind)},
                       {QStringLiteral("number"), n.number},
                       {QStringLiteral("ordinal"), n.ordinal},
                       {QStringLiteral("title"), n.title},
                       {QStringLiteral("title_en"), stringOrNull(n.titleEn)},
                       {QStringLiteral("title_zh"), stringOrNull(n.titleZh)},
                       {QStringLiteral("text"), n.text},
                       {QStringLiteral("category"), stringOrNull(n.category)},
                       {QStringLiteral("deadlines"), deadlines},
                       {QStringLiteral("targets"), targetsJson(n.targets)},
                       {QStringLiteral("lead"), QJsonArray::fromStringList(n.lead)},
                       {QStringLiteral("cooperating"), QJsonArray::fromStringList(n.cooperating)},
                       {QStringLiteral("responsible"), QJsonArray::fromStringList(n.responsible)},
                       {QStringLiteral("places"), places},
                       {QStringLiteral("children"), children}};
}

} // namespace

QJsonDocument planToJson(const Plan &plan)
{
    QJsonArray nodes;
    for (const PlanNode &n : plan.nodes)
        nodes.append(nodeJson(n));
    QJsonObject period{{QStringLiteral("start"), dateOrNull(plan.periodStart)},
                       {QStringLiteral("end"), dateOrNull(plan.periodEnd)}};
    return QJsonDocument(QJsonObject{
        {QStringLiteral("schema"), QString::fromLatin1(planJsonSchema)},
        {QStringLiteral("title"), plan.title},
        {QStringLiteral("title_en"), plan.titleEn ? QJsonValue(*plan.titleEn) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("title_zh"), stringOrNull(plan.titleZh)},
        {QStringLiteral("doc_number"), stringOrNull(plan.docNumber)},
        {QStringLiteral("issuer"), stringOrNull(plan.issuer)},
        {QStringLiteral("issued_date"), dateOrNull(plan.issuedDate)},
        {QStringLiteral("period"), period},
        {QStringLiteral("targets"), targetsJson(plan.targets)},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)}});
}

} // namespace ecoplan
