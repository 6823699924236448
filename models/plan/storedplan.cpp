// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/storedplan.h"

namespace ecoplan {

const StoredTask *StoredPlan::task(qint64 id) const
{
    for (const StoredTask &t : tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace ecoplan
