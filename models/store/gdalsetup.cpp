// SPDX-License-Identifier: GPL-3.0-or-later
#include "gdalsetup.h"

#include <cpl_conv.h>
#include <gdal.h>

#include <mutex>

namespace ecoplan {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Shapefiles without a .cpg are read as declared by their DBF code page; with one, GDAL recodes to
        // UTF-8.
        CPLSetConfigOption("OGR_SQLITE_CACHE", "64");
        GDALAllRegister();
    });
}

} // namespace ecoplan
