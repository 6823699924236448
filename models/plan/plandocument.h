// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "plan/plan.h"

#include <QCoreApplication>

namespace ecoplan {

class Gazetteer;

/// A plan document as read for import: the parsed plan with its places resolved, and the text it came from.
struct PlanDocument
{
    Plan plan;
    QString text;          ///< the document's text as parsed (stored with the plan)
    QString placesWarning; ///< why places are not resolved (no gazetteer), else empty
};

/// Reads and parses a plan document (.txt, .docx, .pdf) and resolves the places it names: the one path the
/// command line and the workbench share. Pure apart from reading the two files, so it may run on any thread.
class PlanDocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::PlanDocumentReader)
public:
    /// `gazetteerCsv` empty: the shipped one (Gazetteer::shippedPath()). Without a gazetteer the plan is
    /// still read, with placesWarning saying why its places are empty. Fails with the file and the reason.
    static Result<PlanDocument> read(const QString &path, const QString &gazetteerCsv = {});
};

/// Sets each node's places to those the gazetteer finds in its title and text.
void resolvePlaces(QList<PlanNode> &nodes, const Gazetteer &gazetteer);
/// The number of task nodes in a tree.
int countTasks(const QList<PlanNode> &nodes);

} // namespace ecoplan
