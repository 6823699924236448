// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace ecoplan {

/// A row that was not imported: its number as the user counts it in the file, why, and its values (for the
/// rejected-rows CSV).
struct RejectedRow
{
    int row = 0;
    QString reason;
    QVariantList values;
};

} // namespace ecoplan
