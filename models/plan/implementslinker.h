// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/storedplan.h"

namespace ecoplan {

/// A city task and the province task it most likely carries out.
struct LinkSuggestion
{
    qint64 cityTaskId = -1;
    qint64 provinceTaskId = -1;
    double score = 0; ///< 0…1.1: shared wording (0…1) plus 0.1 when the categories agree
};

/// Suggests which task of a higher-level plan each task of a lower-level plan implements, by shared wording:
/// Chinese character pairs and English word stems of titles (in both languages where a translation is kept)
/// and texts, weighted by how rare each term is across the two plans. A city plan written in Chinese and a
/// province plan kept in English translation meet through their translated titles. Suggestions are for a
/// user to confirm; none is made below `threshold`.
class ImplementsLinker
{
public:
    static constexpr double defaultThreshold = 0.2;
    static QList<LinkSuggestion> suggest(const StoredPlan &lower, const StoredPlan &higher,
                                         double threshold = defaultThreshold);
};

} // namespace ecoplan
