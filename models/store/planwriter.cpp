// SPDX-License-Identifier: GPL-3.0-or-later
#include "planwriter.h"

#include "gdalerrorcollector.h"
#include "gdalsql.h"
#include "plan/departmentextractor.h"
#include "plan/implementslinker.h"
#include "plan/planjurisdiction.h"
#include "planreader.h"
#include "projectschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace ecoplan {
namespace {

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString sqlText(QString s)
{
    s.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

void setText(OGRFeature &f, const char *field, const QString &value)
{
    if (!value.isEmpty())
        f.SetField(field, value.toUtf8().constData());
}

void setDate(OGRFeature &f, const char *field, const QDate &date)
{
    if (date.isValid())
        f.SetField(field, date.year(), date.month(), date.day());
}

const char *kindText(PlanNode::Kind kind)
{
    switch (kind) {
    case PlanNode::Kind::Part:
        return "part";
    case PlanNode::Kind::Section:
        return "section";
    case PlanNode::Kind::Task:
        return "task";
    }
    return "task";
}

class Writer
{
public:
    Writer(GDALDataset &ds, qint64 planId) : m_ds(ds), m_planId(planId) {}

    Status writeNodes(const QList<PlanNode> &nodes, std::optional<qint64> parent)
    {
        for (const PlanNode &node : nodes) {
            const Result<qint64> id = writeNode(node, parent);
            if (!id)
                return Status::failure(id.error());
            if (Status s = writeNodes(node.children, *id); !s)
                return s;
        }
        return Status::success();
    }

    Status writeTargets(const QList<Target> &targets, std::optional<qint64> task)
    {
        OGRLayer *layer = m_ds.GetLayerByName("task_targets");
        if (!layer)
            return Status::failure(PlanWriter::tr("the project has no task_targets table"));
        for (const Target &t : targets) {
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            if (task)
                f->SetField("task_id", static_cast<GIntBig>(*task));
            f->SetField("plan_id", static_cast<GIntBig>(m_planId));
            setText(*f, "indicator", t.indicator.isEmpty() ? t.text.left(80) : t.indicator);
            setText(*f, "comparator", t.comparator);
            f->SetField("value", t.value);
            setText(*f, "unit", t.unit);
            setDate(*f, "deadline", t.deadline);
            setText(*f, "text", t.text);
            if (layer->CreateFeature(f.get()) != OGRERR_NONE)
                return Status::failure(m_errors.lastError(PlanWriter::tr("a target could not be written")));
        }
        return Status::success();
    }

private:
    Result<qint64> writeNode(const PlanNode &node, std::optional<qint64> parent)
    {
        using R = Result<qint64>;
        OGRLayer *layer = m_ds.GetLayerByName("plan_tasks");
        if (!layer)
            return R::failure(PlanWriter::tr("the project has no plan_tasks table"));
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("plan_id", static_cast<GIntBig>(m_planId));
        if (parent)
            f->SetField("parent_id", static_cast<GIntBig>(*parent));
        f->SetField("kind", kindText(node.kind));
        setText(*f, "number", node.number);
        f->SetField("ordinal", node.ordinal);
        setText(*f, "title", node.title);
        setText(*f, "title_en", node.titleEn);
        setText(*f, "title_zh", node.titleZh);
        setText(*f, "text", node.text);
        setText(*f, "category", node.category);
        // The task's own deadline is its last one ("80% by 2023, 100% by 2024" is done in 2024).
        if (!node.deadlines.isEmpty())
            setDate(*f, "deadline", *std::max_element(node.deadlines.begin(), node.deadlines.end()));
        setText(*f, "lead", joinNameList(node.lead));
        setText(*f, "cooperating", joinNameList(node.cooperating));
        setText(*f, "responsible", joinNameList(node.responsible));
        QJsonArray deadlines, places;
        for (const QDate &d : node.deadlines)
            deadlines.append(d.toString(Qt::ISODate));
        for (const PlaceRef &p : node.places)
            places.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("code"), p.code.isEmpty() ? QJsonValue() : p.code}});
        if (!deadlines.isEmpty())
            setText(*f, "deadlines", json(deadlines));
        if (!places.isEmpty())
            setText(*f, "places", json(places));
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return R::failure(
                m_errors.lastError(PlanWriter::tr("task %1 could not be written").arg(node.number)));
        const qint64 id = f->GetFID();
        if (Status s = writeTargets(node.targets, id); !s)
            return R::failure(s.error());
        if (Status s = linkPlaces(node.places, id); !s)
            return R::failure(s.error());
        return id;
    }

    /// Places with an administrative code are linked to the prefecture or county with that code, rivers
    /// ("river:…") to the river of that name where the layer has it. Others (reservoirs, the canal) stay in
    /// the task's places list only.
    Status linkPlaces(const QList<PlaceRef> &places, qint64 task)
    {
        for (const PlaceRef &p : places) {
            QStringList statements;
            if (p.code.startsWith(QLatin1String("river:"))) {
                statements << QStringLiteral("INSERT OR IGNORE INTO task_links_rivers (base_id, related_id) "
                                             "SELECT fid, %1 FROM rivers WHERE name = %2")
                                  .arg(task)
                                  .arg(sqlText(p.name));
            } else if (!p.code.isEmpty() && p.code.front().isDigit()) { // an administrative code
                for (const char *layer : {"prefectures", "counties"})
                    statements << QStringLiteral("INSERT OR IGNORE INTO task_links_%1 (base_id, related_id) "
                                                 "SELECT fid, %2 FROM %1 WHERE code = %3")
                                      .arg(QLatin1String(layer))
                                      .arg(task)
                                      .arg(sqlText(p.code));
            }
            for (const QString &sql : std::as_const(statements)) {
                if (Status s = executeSql(m_ds, sql); !s)
                    return s;
            }
        }
        return Status::success();
    }

    GDALDataset &m_ds;
    qint64 m_planId;
    GdalErrorCollector m_errors;
};

/// The code of the province, prefecture or county named `place` (河南省, 许昌市, Henan, Yuzhou), if the
/// project has the layer.
QString regionCodeOf(GDALDataset &ds, const QString &place)
{
    if (place.isEmpty())
        return {};
    for (const char *layer : {"province", "prefectures", "counties"}) {
        if (!ds.GetLayerByName(layer))
            continue;
        const QString code = querySqlValue(
            ds, QStringLiteral("SELECT code FROM %1 WHERE name = %2 OR lower(name_en) = lower(%2) OR "
                               "lower(name_en) = lower(%3) LIMIT 1")
                    .arg(QLatin1String(layer), sqlText(place), sqlText(place + QStringLiteral(" City"))));
        if (!code.isEmpty())
            return code;
    }
    return {};
}

/// Suggests, for the tasks of each lower-level plan that implement nothing yet, the task of a higher-level
/// plan they carry out, whichever side `planId` (just written) is on. Suggestions stay unconfirmed.
Status suggestLinks(GDALDataset &ds, qint64 planId)
{
    const Result<QList<StoredPlan>> plans = PlanReader::readAll(ds);
    if (!plans)
        return Status::failure(plans.error());
    const auto rank = [](const QString &level) {
        return level == QLatin1String("province") ? 3
               : level == QLatin1String("city")   ? 2
               : level == QLatin1String("county") ? 1
                                                  : 0;
    };
    for (const StoredPlan &lower : *plans) {
        QHash<qint64, LinkSuggestion> best; // per lower task, over all higher plans
        for (const StoredPlan &higher : *plans) {
            if ((lower.id != planId && higher.id != planId) || rank(lower.level) == 0 ||
                rank(higher.level) <= rank(lower.level))
                continue;
            for (const LinkSuggestion &s : ImplementsLinker::suggest(lower, higher)) {
                if (s.score > best.value(s.cityTaskId).score)
                    best.insert(s.cityTaskId, s);
            }
        }
        for (const LinkSuggestion &s : std::as_const(best)) {
            const Status st = executeSql(
                ds, QStringLiteral("UPDATE plan_tasks SET implements_task_id = %1, implements_confirmed = 0 "
                                   "WHERE id = %2 AND implements_task_id IS NULL")
                        .arg(s.provinceTaskId)
                        .arg(s.cityTaskId));
            if (!st)
                return st;
        }
    }
    return Status::success();
}

} // namespace

Result<qint64> PlanWriter::write(GDALDataset &ds, const Plan &plan, const PlanSource &source)
{
    using R = Result<qint64>;
    OGRLayer *plans = ds.GetLayerByName("plans");
    if (!plans)
        return R::failure(tr("The project has no plans table; it was made by an older workbench."));
    GdalErrorCollector errors;
    if (ds.StartTransaction() != OGRERR_NONE)
        return R::failure(tr("The project could not be locked for writing: %1").arg(errors.lastError()));
    auto fail = [&](const QString &why) {
        ds.RollbackTransaction();
        return R::failure(tr("The plan was not imported: %1").arg(why));
    };
    OGRFeatureUniquePtr row(OGRFeature::CreateFeature(plans->GetLayerDefn()));
    setText(*row, "title", plan.title);
    setText(*row, "title_en", plan.titleEn.value_or(QString()));
    setText(*row, "title_zh", plan.titleZh);
    setText(*row, "doc_number", plan.docNumber);
    setText(*row, "issuer", plan.issuer);
    setDate(*row, "issued_date", plan.issuedDate);
    setDate(*row, "period_start", plan.periodStart);
    setDate(*row, "period_end", plan.periodEnd);
    // A plan's level and region say which plans it implements; read from its issuer unless given.
    const PlanJurisdiction jurisdiction = planJurisdiction(plan);
    setText(*row, "level", source.level.isEmpty() ? jurisdiction.level : source.level);
    setText(*row, "region_code",
            source.regionCode.isEmpty() ? regionCodeOf(ds, jurisdiction.place) : source.regionCode);
    setText(*row, "source_file", source.fileName);
    setText(*row, "source_text", source.text);
    setText(*row, "imported_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (plans->CreateFeature(row.get()) != OGRERR_NONE)
        return fail(errors.lastError(tr("GDAL refused the plan row")));
    Writer writer(ds, row->GetFID());
    if (Status s = writer.writeTargets(plan.targets, std::nullopt); !s)
        return fail(s.error());
    if (Status s = writer.writeNodes(plan.nodes, std::nullopt); !s)
        return fail(s.error());
    if (Status s = suggestLinks(ds, row->GetFID()); !s)
        return fail(s.error());
    if (ds.CommitTransaction() != OGRERR_NONE)
        return fail(errors.lastError(tr("the transaction could not be committed")));
    return row->GetFID();
}

Status PlanWriter::remove(GDALDataset &ds, qint64 planId)
{
    if (!ds.GetLayerByName("plans"))
        return Status::failure(tr("The project has no plans table."));
    GdalErrorCollector errors;
    if (ds.StartTransaction() != OGRERR_NONE)
        return Status::failure(tr("The project could not be locked for writing: %1").arg(errors.lastError()));
    const QString tasks = QStringLiteral("(SELECT id FROM plan_tasks WHERE plan_id = %1)").arg(planId);
    QStringList statements;
    for (const QString &layer : ProjectSchema::linkableLayers()) {
        const QString links = QStringLiteral("task_links_") + layer;
        if (ds.GetLayerByName(links.toUtf8().constData()))
            statements << QStringLiteral("DELETE FROM %1 WHERE related_id IN %2").arg(links, tasks);
    }
    statements << QStringLiteral("DELETE FROM attachments WHERE progress_id IN "
                                 "(SELECT id FROM progress_records WHERE task_id IN %1)")
                      .arg(tasks);
    if (ds.GetLayerByName("task_links"))
        statements << QStringLiteral("DELETE FROM task_links WHERE task_id IN %1").arg(tasks);
    statements << QStringLiteral("DELETE FROM progress_records WHERE task_id IN %1").arg(tasks)
               << QStringLiteral("UPDATE plan_tasks SET implements_task_id = NULL, implements_confirmed = 0 "
                                 "WHERE implements_task_id IN %1")
                      .arg(tasks)
               << QStringLiteral("DELETE FROM task_targets WHERE plan_id = %1").arg(planId)
               << QStringLiteral("DELETE FROM plan_tasks WHERE plan_id = %1").arg(planId)
               << QStringLiteral("DELETE FROM plans WHERE id = %1").arg(planId);
    for (const QString &sql : std::as_const(statements)) {
        if (Status st = executeSql(ds, sql); !st) {
            ds.RollbackTransaction();
            return Status::failure(tr("The plan was not removed: %1").arg(st.error()));
        }
    }
    if (ds.CommitTransaction() != OGRERR_NONE)
        return Status::failure(tr("The plan was not removed: %1").arg(errors.lastError()));
    return Status::success();
}

} // namespace ecoplan
