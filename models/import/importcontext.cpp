// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontext.h"

#include "store/projectstore.h"

namespace ecoplan {

Result<ImportContext> ImportContext::fromStore(const ProjectStore &store, const QString &layer)
{
    using R = Result<ImportContext>;
    ImportContext c;
    c.target.name = layer.trimmed();
    if (c.target.name.isEmpty())
        return R::failure(tr("Name the layer to import into."));
    if (store.featureLayerNames().contains(c.target.name)) {
        Result<ReadLayer> read = store.readLayer(c.target.name);
        if (!read)
            return R::failure(read.error());
        c.target.fields = read->table.fields;
        c.target.kind = read->table.kind;
        c.target.isMulti = read->table.isMulti;
        c.target.crs = read->table.crs;
    } else {
        c.isNewLayer = true;
        c.target.crs = Crs::fromEpsg(4490);
    }
    if (store.featureLayerNames().contains(QStringLiteral("province"))) {
        Result<ReadLayer> province = store.readLayer(QStringLiteral("province"));
        if (!province)
            return R::failure(province.error());
        c.provinceCrs = province->table.crs;
        for (qint64 fid : province->table.fids) {
            if (Result<StoredFeature> f = store.readFeature(QStringLiteral("province"), fid);
                f && !f->wkt.isEmpty())
                c.provinceWkt << f->wkt;
        }
    }
    if (store.featureLayerNames().contains(QStringLiteral("counties"))) {
        Result<ReadLayer> counties = store.readLayer(QStringLiteral("counties"));
        if (!counties)
            return R::failure(counties.error());
        c.counties = std::make_shared<const FeatureTable>(std::move(counties->table));
    }
    return c;
}

} // namespace ecoplan
