// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreader.h"

#include "gdalerrorcollector.h"
#include "ogrvalues.h"
#include "plan/departmentextractor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {
namespace {

/// Field access by name that tolerates a column an older file lacks (then empty).
class Row
{
public:
    explicit Row(const OGRFeature &f) : m_f(f) {}
    QString text(const char *field) const
    {
        const int i = m_f.GetFieldIndex(field);
        return i >= 0 && m_f.IsFieldSetAndNotNull(i) ? QString::fromUtf8(m_f.GetFieldAsString(i)) : QString();
    }
    std::optional<qint64> id(const char *field) const
    {
        const int i = m_f.GetFieldIndex(field);
        if (i < 0 || !m_f.IsFieldSetAndNotNull(i))
            return std::nullopt;
        return m_f.GetFieldAsInteger64(i);
    }
    double real(const char *field) const
    {
        const int i = m_f.GetFieldIndex(field);
        return i >= 0 && m_f.IsFieldSetAndNotNull(i) ? m_f.GetFieldAsDouble(i) : 0.0;
    }
    /// GDAL gives DATE columns as dates ("2025/12/31" as text), TEXT columns as ISO text: both read.
    QDate date(const char *field) const
    {
        const int i = m_f.GetFieldIndex(field);
        return i >= 0 ? ogrFieldValue(m_f, i).toDate() : QDate();
    }

private:
    const OGRFeature &m_f;
};

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

PlanNode::Kind kindOf(const QString &kind)
{
    return kind == QLatin1String("part")      ? PlanNode::Kind::Part
           : kind == QLatin1String("section") ? PlanNode::Kind::Section
                                              : PlanNode::Kind::Task;
}

Target readTarget(const Row &r)
{
    Target t;
    t.indicator = r.text("indicator");
    t.comparator = r.text("comparator");
    t.value = r.real("value");
    t.unit = r.text("unit");
    t.deadline = r.date("deadline");
    t.text = r.text("text");
    return t;
}

StoredTask readTask(const OGRFeature &f)
{
    const Row r(f);
    StoredTask t;
    t.id = f.GetFID();
    t.planId = r.id("plan_id").value_or(-1);
    t.parentId = r.id("parent_id");
    PlanNode &n = t.node;
    n.kind = kindOf(r.text("kind"));
    n.number = r.text("number");
    n.ordinal = static_cast<int>(r.id("ordinal").value_or(0));
    n.title = r.text("title");
    n.titleEn = r.text("title_en");
    n.titleZh = r.text("title_zh");
    n.text = r.text("text");
    n.category = r.text("category");
    n.lead = splitNameList(r.text("lead"));
    n.cooperating = splitNameList(r.text("cooperating"));
    n.responsible = splitNameList(r.text("responsible"));
    for (const QJsonValue &d : jsonArray(r.text("deadlines")))
        n.deadlines.append(QDate::fromString(d.toString(), Qt::ISODate));
    for (const QJsonValue &p : jsonArray(r.text("places"))) {
        const QJsonObject o = p.toObject();
        n.places.append(
            {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("code")).toString()});
    }
    t.deadline = r.date("deadline");
    t.implementsTaskId = r.id("implements_task_id");
    t.implementsConfirmed = r.id("implements_confirmed").value_or(0) != 0;
    return t;
}

} // namespace

Result<QList<StoredPlan>> PlanReader::readAll(GDALDataset &ds)
{
    using R = Result<QList<StoredPlan>>;
    OGRLayer *plans = ds.GetLayerByName("plans");
    OGRLayer *tasks = ds.GetLayerByName("plan_tasks");
    OGRLayer *targets = ds.GetLayerByName("task_targets");
    if (!plans || !tasks || !targets)
        return QList<StoredPlan>{};
    GdalErrorCollector errors;
    QList<StoredPlan> out;
    QHash<qint64, qsizetype> planIndex;
    plans->ResetReading();
    for (auto &&f : *plans) {
        const Row r(*f);
        StoredPlan p;
        p.id = f->GetFID();
        p.plan.title = r.text("title");
        if (const QString en = r.text("title_en"); !en.isEmpty())
            p.plan.titleEn = en;
        p.plan.titleZh = r.text("title_zh");
        p.plan.docNumber = r.text("doc_number");
        p.plan.issuer = r.text("issuer");
        p.plan.issuedDate = r.date("issued_date");
        p.plan.periodStart = r.date("period_start");
        p.plan.periodEnd = r.date("period_end");
        p.level = r.text("level");
        p.regionCode = r.text("region_code");
        p.sourceFile = r.text("source_file");
        p.importedAt = QDateTime::fromString(r.text("imported_at"), Qt::ISODate);
        planIndex.insert(p.id, out.size());
        out.append(std::move(p));
    }
    // Tasks were written depth first, so fid order is document order.
    QHash<qint64, std::pair<qsizetype, qsizetype>> taskIndex; // task id → (plan, task) positions
    tasks->ResetReading();
    for (auto &&f : *tasks) {
        StoredTask t = readTask(*f);
        const auto plan = planIndex.constFind(t.planId);
        if (plan == planIndex.constEnd())
            continue; // an orphan row (a plan deleted outside the workbench)
        QList<StoredTask> &list = out[*plan].tasks;
        taskIndex.insert(t.id, {*plan, list.size()});
        list.append(std::move(t));
    }
    targets->ResetReading();
    for (auto &&f : *targets) {
        const Row r(*f);
        const Target t = readTarget(r);
        if (const std::optional<qint64> task = r.id("task_id")) {
            if (const auto at = taskIndex.constFind(*task); at != taskIndex.constEnd())
                out[at->first].tasks[at->second].node.targets.append(t);
        } else if (const std::optional<qint64> plan = r.id("plan_id")) {
            if (const auto at = planIndex.constFind(*plan); at != planIndex.constEnd())
                out[*at].plan.targets.append(t);
        }
    }
    if (errors.hasErrors())
        return R::failure(tr("The plans could not be read: %1").arg(errors.lastError()));
    return out;
}

} // namespace ecoplan
