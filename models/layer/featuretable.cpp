// SPDX-License-Identifier: GPL-3.0-or-later
#include "featuretable.h"

#include <algorithm>

namespace ecoplan {

int ValueList::indexOf(const QVariant &code) const
{
    for (int i = 0; i < values.size(); ++i) {
        // Codes are compared as text: a list of integer codes also matches the string "2".
        if (values[i].first.toString() == code.toString())
            return i;
    }
    return -1;
}

QString ValueList::labelOf(const QVariant &code) const
{
    const int i = indexOf(code);
    return i < 0 ? QString() : values[i].second;
}

int FeatureTable::fieldIndex(const QString &name) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QVariant FeatureTable::value(std::size_t feature, const QString &field) const
{
    const int i = fieldIndex(field);
    if (i < 0 || feature >= attributes.size())
        return {};
    return attributes[feature].value(i);
}

std::size_t FeatureTable::vertexCount() const
{
    std::size_t n = 0;
    for (const Geometry &g : geometries)
        n += g.points.size();
    return n;
}

bool FeatureTable::hasSampleRows() const
{
    const int column = fieldIndex(QStringLiteral("is_sample"));
    if (column < 0)
        return false;
    return std::any_of(attributes.begin(), attributes.end(),
                       [column](const QVariantList &row) { return row.value(column).toInt() != 0; });
}

} // namespace ecoplan
