// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the plan parser: any bytes, decoded as UTF-8, must give a plan or a reason,
// never a crash, a hang or an empty plan reported as success.
#include "plan/planjson.h"
#include "plan/planparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ecoplan::Result<ecoplan::Plan> plan = ecoplan::PlanParser::parse(text);
    if (plan.ok()) {
        if (ecoplan::collectNodes(*plan, ecoplan::PlanNode::Kind::Task).isEmpty())
            std::abort();
        (void)ecoplan::planToJson(*plan).toJson();
    } else if (plan.error().isEmpty()) {
        std::abort();
    }
    return 0;
}
