// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plantitles.h"

#include "store/csvrows.h"

#include <QHash>

namespace ecoplan {
namespace {

void index(QList<PlanNode> &nodes, QStringList numbers, QHash<QString, PlanNode *> &out)
{
    for (PlanNode &n : nodes) {
        numbers.append(n.number);
        out.insert(PlanTitles::path(numbers), &n);
        index(n.children, numbers, out);
        numbers.removeLast();
    }
}

void setIfGiven(QString &title, const QString &given)
{
    if (!given.isEmpty())
        title = given;
}

} // namespace

Status PlanTitles::apply(Plan &plan, const QString &csvPath)
{
    const Result<CsvRows> csv = CsvRows::read(csvPath);
    if (!csv)
        return Status::failure(tr("The title translations cannot be read: %1").arg(csv.error()));
    if (!csv->columns.contains(QStringLiteral("path")))
        return Status::failure(tr("The title translations “%1” have no column “path”.").arg(csvPath));
    Plan edited = plan;
    QHash<QString, PlanNode *> nodes;
    index(edited.nodes, {}, nodes);
    int row = 1;
    for (const QStringList &r : csv->rows) {
        ++row;
        const QString path = csv->value(r, QStringLiteral("path"));
        const QString zh = csv->value(r, QStringLiteral("title_zh"));
        const QString en = csv->value(r, QStringLiteral("title_en"));
        if (path.isEmpty()) {
            setIfGiven(edited.titleZh, zh);
            if (!en.isEmpty())
                edited.titleEn = en;
            continue;
        }
        PlanNode *node = nodes.value(path);
        if (!node)
            return Status::failure(tr("The title translations “%1”, row %2: the plan has no node “%3”.")
                                       .arg(csvPath)
                                       .arg(row)
                                       .arg(path));
        setIfGiven(node->titleZh, zh);
        setIfGiven(node->titleEn, en);
    }
    plan = std::move(edited);
    return Status::success();
}

} // namespace ecoplan
