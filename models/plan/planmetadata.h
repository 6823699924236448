// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

namespace ecoplan {

/// Title, document number, issuer, issue date and period from the text before the first heading (and, for
/// news-style translations, from the sentence that announces the plan). Fills only what it finds.
void readPlanMetadata(const QString &preamble, Plan &plan);

/// The first addressee of a Chinese circular ("各县(市、区)人民政府,市…管委会:"), empty if none.
QString firstAddressee(const QString &preamble);

} // namespace ecoplan
