// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreview.h"

#include "geo/ogrwkt.h"
#include "store/gdalsetup.h"
#include "store/ogrlayerreader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace ecoplan {

std::shared_ptr<const FeatureTable> importPreviewTable(const PreparedImport &prepared)
{
    ensureGdalRegistered();
    GDALDriver *memory = GetGDALDriverManager()->GetDriverByName("Memory");
    GDALDatasetUniquePtr ds(memory ? memory->Create("", 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    if (!ds)
        return nullptr;
    OGRSpatialReference srs;
    srs.SetFromUserInput(prepared.target.crs.definition().toUtf8().constData());
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds->CreateLayer("preview", &srs, wkbUnknown, nullptr);
    OGRFieldDefn name("name", OFTString);
    layer->CreateField(&name);
    for (const FeatureEdit &edit : prepared.edits) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField(0, edit.after->attributes.value(QStringLiteral("name")).toString().toUtf8().constData());
        f->SetGeometryDirectly(ogr::fromWkt(edit.after->wkt).release());
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return nullptr;
    }
    Result<ReadLayer> read = readOgrLayer(*layer, QStringLiteral("preview"), *ds);
    if (!read)
        return nullptr;
    read->table.kind = prepared.target.kind;
    read->table.crs = prepared.target.crs;
    return std::make_shared<const FeatureTable>(std::move(read->table));
}

} // namespace ecoplan
