// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placeref.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoplan {

/// A quantitative goal: "PM2.5 浓度低于41微克/立方米" → {indicator, "<", 41, "微克/立方米", 2025-12-31}.
struct Target
{
    QString indicator;
    QString comparator; ///< one of < <= = >= >
    double value = 0;
    QString unit;
    QDate deadline; ///< invalid if the sentence names none
    QString text;   ///< the clause the target was read from
};

struct PlanNode
{
    enum class Kind { Part, Section, Task };
    Kind kind = Kind::Task;
    QString number; ///< as written: "二", "(一)", "1", "Action 3"
    int ordinal = 0;
    QString title;   ///< as written
    QString titleEn; ///< English title where the document is not English (or a shorter one), else empty
    QString titleZh; ///< Chinese title where the document is not Chinese, else empty
    QString text;
    QList<QDate> deadlines;
    QList<Target> targets;
    QStringList lead;        ///< 牵头 / "takes the lead"
    QStringList cooperating; ///< 配合 / "cooperate"
    QStringList responsible; ///< 负责落实, 按职责分工负责 / "responsible for the implementation"
    QList<PlaceRef> places;
    QString category; ///< air, water, soil, ecology, transport, energy, industry, agriculture, supervision or
                      ///< empty
    QList<PlanNode> children;
};

struct Plan
{
    QString title;
    std::optional<QString> titleEn;
    QString titleZh; ///< Chinese title of a plan read in translation, else empty
    QString docNumber;
    QString issuer;
    QDate issuedDate;
    QDate periodStart;
    QDate periodEnd;
    QList<Target> targets; ///< plan-wide goals (the "主要目标" before the tasks)
    QList<PlanNode> nodes;
    QStringList warnings; ///< what the parser guessed, e.g. a default responsible party
};

QString kindName(PlanNode::Kind kind);
/// All nodes of `kind`, depth first.
QList<const PlanNode *> collectNodes(const Plan &plan, PlanNode::Kind kind);

} // namespace ecoplan
