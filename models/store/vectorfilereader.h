// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ogrlayerreader.h"

#include <QCoreApplication>

#include <vector>

namespace ecoplan {

/// Reads, read-only, every vector layer of any file GDAL opens (Shapefile, GeoJSON, KML, GeoPackage, ...).
class VectorFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::VectorFileReader)
public:
    struct Contents
    {
        QString format; ///< GDAL driver short name
        std::vector<ReadLayer> layers;
    };
    static Result<Contents> read(const QString &path);
};

} // namespace ecoplan
