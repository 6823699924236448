// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace ecoplan {

/// Whether a field of this type holds numbers (summed in summaries, classed in graduated styles, aligned
/// right in tables). One rule, so that a field counts as a number everywhere or nowhere.
inline bool isNumericType(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace ecoplan
