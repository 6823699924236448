// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace ecoplan {

/// Makes the bundled demo project from the reference GeoPackage: a copy with an English/pinyin name
/// (`name_en`) on the province, prefectures and counties, read from data/names/admin_names.csv, upgraded
/// to the current project schema (empty thematic layers and plan tables). File > New copies it.
class DemoProjectBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::DemoProjectBuilder)
public:
    static Status build(const QString &referenceGpkg, const QString &namesCsv, const QString &outPath);
};

} // namespace ecoplan
