// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plandocument.h"

#include "plan/documentreader.h"
#include "plan/gazetteer.h"
#include "plan/planparser.h"

namespace ecoplan {

Result<PlanDocument> PlanDocumentReader::read(const QString &path, const QString &gazetteerCsv)
{
    Result<QString> text = DocumentReader::readText(path);
    if (!text)
        return Result<PlanDocument>::failure(text.error()); // names the file already
    Result<Plan> plan = PlanParser::parse(*text);
    if (!plan)
        return Result<PlanDocument>::failure(path + QStringLiteral(": ") + plan.error());
    PlanDocument doc{std::move(plan).value(), std::move(text).value(), {}};
    // Places are named against the gazetteer; without one the plan is still worth having.
    const QString csv = gazetteerCsv.isEmpty() ? Gazetteer::shippedPath() : gazetteerCsv;
    const Result<Gazetteer> gazetteer =
        csv.isEmpty() ? Result<Gazetteer>::failure(tr("no gazetteer found")) : Gazetteer::load(csv);
    if (gazetteer)
        resolvePlaces(doc.plan.nodes, *gazetteer);
    else
        doc.placesWarning = tr("places are not resolved: %1").arg(gazetteer.error());
    return doc;
}

void resolvePlaces(QList<PlanNode> &nodes, const Gazetteer &gazetteer)
{
    for (PlanNode &n : nodes) {
        n.places = gazetteer.findPlaces(n.title + QLatin1Char('\n') + n.text);
        resolvePlaces(n.children, gazetteer);
    }
}

int countTasks(const QList<PlanNode> &nodes)
{
    int n = 0;
    for (const PlanNode &node : nodes)
        n += (node.kind == PlanNode::Kind::Task ? 1 : 0) + countTasks(node.children);
    return n;
}

} // namespace ecoplan
