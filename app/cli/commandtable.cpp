// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

namespace ecoplan::cli {

const QList<Command> &commands()
{
    // The one table: `ecoplan --help`, `ecoplan COMMAND --help`, dispatch and the bash completion read it.
    static const QList<Command> table = {
        renderCommand(),    importCommand(), parsePlanCommand(),  importPlanCommand(), exportTasksCommand(),
        summarizeCommand(), zonesCommand(),  completionCommand(), makeDemoCommand(),   stressEditsCommand(),
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace ecoplan::cli
