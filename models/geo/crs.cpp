// SPDX-License-Identifier: GPL-3.0-or-later
#include "crs.h"

#include "projhandles.h"

namespace ecoplan {

Crs Crs::fromEpsg(int code)
{
    return fromDefinition(QStringLiteral("EPSG:%1").arg(code));
}

Crs Crs::fromDefinition(const QString &definition)
{
    Crs crs;
    proj::ContextPtr ctx(proj_context_create());
    proj_log_level(ctx.get(), PJ_LOG_NONE);
    proj::PjPtr pj(proj_create(ctx.get(), definition.toUtf8().constData()));
    if (!pj || !proj_is_crs(pj.get()))
        return crs;
    crs.m_definition = definition;
    crs.m_name = QString::fromUtf8(proj_get_name(pj.get()));
    const PJ_TYPE type = proj_get_type(pj.get());
    crs.m_isGeographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
    if (const char *auth = proj_get_id_auth_name(pj.get(), 0); auth && qstrcmp(auth, "EPSG") == 0) {
        crs.m_epsg = QByteArray(proj_get_id_code(pj.get(), 0)).toInt();
        return crs;
    }
    // WKT read from a file often lacks an ID: ask PROJ which EPSG entry it is, and take it only when sure.
    int *confidence = nullptr;
    if (PJ_OBJ_LIST *matches = proj_identify(ctx.get(), pj.get(), "EPSG", nullptr, &confidence)) {
        if (proj_list_get_count(matches) > 0 && confidence && confidence[0] >= 90) {
            proj::PjPtr best(proj_list_get(ctx.get(), matches, 0));
            crs.m_epsg = QByteArray(proj_get_id_code(best.get(), 0)).toInt();
        }
        proj_list_destroy(matches);
    }
    proj_int_list_destroy(confidence);
    return crs;
}

QString Crs::authId() const
{
    return m_epsg ? QStringLiteral("EPSG:%1").arg(m_epsg) : m_name;
}

QList<Crs> Crs::displayChoices()
{
    // GK 3-degree zones with central meridians 111E, 114E, 117E cover Henan (EPSG:4546-4548).
    return {fromEpsg(4547), fromEpsg(4546), fromEpsg(4548), fromEpsg(4490), fromEpsg(4326), fromEpsg(3857)};
}

} // namespace ecoplan
