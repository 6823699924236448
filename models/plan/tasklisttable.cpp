// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/tasklisttable.h"

#include "plan/glossary.h"
#include "plan/plannumbering.h"
#include "plan/textsegments.h"

#include <QHash>

namespace ecoplan {
namespace {

const QString listSeparator = QStringLiteral("; ");

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// The title as written with the number from the outline in the document's language: a translation's
/// "(Three) Green and low-carbon …" reads "(3) Green and low-carbon …".
QString numbered(const PlanNode &n)
{
    return titleWithNumber(n, n.title, !isMostlyLatin(n.title)).trimmed();
}

QString names(const QStringList &list, bool chinese)
{
    return Glossary::departments().translate(list, chinese).join(listSeparator);
}

void setTarget(QVariantList &row, const Target &t)
{
    row[TaskListTable::TargetIndicator] = t.indicator;
    row[TaskListTable::TargetComparator] = t.comparator;
    row[TaskListTable::TargetValue] = t.value;
    row[TaskListTable::TargetUnit] = t.unit;
    row[TaskListTable::TargetDeadline] = dateText(t.deadline);
}

QVariantList emptyRow(const StoredPlan &plan)
{
    QVariantList row(TaskListTable::ColumnCount, QString());
    row[TaskListTable::PlanTitle] = plan.plan.title;
    row[TaskListTable::TargetValue] = QVariant();
    return row;
}

/// The section a task sits in (its nearest section, else its part), numbered as in the document.
QString sectionOf(const StoredPlan &plan, const StoredTask &task,
                  const QHash<qint64, const StoredTask *> &byId)
{
    const StoredTask *part = nullptr;
    for (auto id = task.parentId; id;) {
        const StoredTask *t = byId.value(*id);
        if (!t || t->planId != plan.id)
            break;
        if (t->node.kind == PlanNode::Kind::Section)
            return numbered(t->node);
        if (t->node.kind == PlanNode::Kind::Part && !part)
            part = t;
        id = t->parentId;
    }
    return part ? numbered(part->node) : QString();
}

} // namespace

const QStringList &TaskListTable::columnNames()
{
    static const QStringList names = {
        QStringLiteral("plan"),
        QStringLiteral("section"),
        QStringLiteral("number"),
        QStringLiteral("title"),
        QStringLiteral("title_en"),
        QStringLiteral("title_zh"),
        QStringLiteral("category"),
        QStringLiteral("deadline"),
        QStringLiteral("lead"),
        QStringLiteral("cooperating"),
        QStringLiteral("responsible"),
        QStringLiteral("places"),
        QStringLiteral("implements"),
        QStringLiteral("target_indicator"),
        QStringLiteral("target_comparator"),
        QStringLiteral("target_value"),
        QStringLiteral("target_unit"),
        QStringLiteral("target_deadline"),
        QStringLiteral("lead_zh"),
        QStringLiteral("cooperating_zh"),
        QStringLiteral("responsible_zh"),
        QStringLiteral("lead_en"),
        QStringLiteral("cooperating_en"),
        QStringLiteral("responsible_en"),
    };
    return names;
}

TaskListTable TaskListTable::build(const QList<StoredPlan> &plans, std::optional<qint64> planId)
{
    QHash<qint64, const StoredTask *> byId; // across plans: `implements` points into another plan
    for (const StoredPlan &p : plans) {
        for (const StoredTask &t : p.tasks)
            byId.insert(t.id, &t);
    }
    TaskListTable table;
    for (const StoredPlan &p : plans) {
        if (planId && p.id != *planId)
            continue;
        for (const Target &goal : p.plan.targets) {
            QVariantList row = emptyRow(p);
            setTarget(row, goal);
            table.rows.append(row);
        }
        for (const StoredTask &t : p.tasks) {
            if (t.node.kind != PlanNode::Kind::Task)
                continue;
            const PlanNode &n = t.node;
            QVariantList row = emptyRow(p);
            row[Section] = sectionOf(p, t, byId);
            row[Number] = n.number;
            row[Title] = n.title;
            row[TitleEn] = n.titleEn;
            row[TitleZh] = n.titleZh;
            row[Category] = n.category;
            row[Deadline] = dateText(t.deadline);
            row[Lead] = n.lead.join(listSeparator);
            row[Cooperating] = n.cooperating.join(listSeparator);
            row[Responsible] = n.responsible.join(listSeparator);
            for (const bool chinese : {true, false}) {
                row[chinese ? LeadZh : LeadEn] = names(n.lead, chinese);
                row[chinese ? CooperatingZh : CooperatingEn] = names(n.cooperating, chinese);
                row[chinese ? ResponsibleZh : ResponsibleEn] = names(n.responsible, chinese);
            }
            QStringList places;
            for (const PlaceRef &place : n.places)
                places.append(place.name);
            row[Places] = places.join(listSeparator);
            if (const StoredTask *province = t.implementsTaskId ? byId.value(*t.implementsTaskId) : nullptr)
                row[Implements] = numbered(province->node);
            if (n.targets.isEmpty()) {
                table.rows.append(row);
                continue;
            }
            for (const Target &target : n.targets) {
                setTarget(row, target);
                table.rows.append(row);
            }
        }
    }
    return table;
}

Table TaskListTable::toTable() const
{
    Table table{QStringLiteral("tasks"), {}, rows};
    for (int c = 0; c < ColumnCount; ++c)
        table.columns.append({columnNames()[c], c == TargetValue ? QMetaType::Double : QMetaType::QString});
    return table;
}

} // namespace ecoplan
