// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendercache.h"

namespace ecoplan {

QString RenderCache::keyOf(const std::vector<const LayerSnapshot *> &layers)
{
    QString key;
    for (const LayerSnapshot *l : layers) {
        key += QStringLiteral("%1@%2#%3*%4;")
                   .arg(l->id)
                   .arg(reinterpret_cast<quintptr>(l->data.get()), 0, 16)
                   .arg(l->revision)
                   .arg(l->opacity);
    }
    return key;
}

QImage RenderCache::image(const QString &key, const MapSettings &settings) const
{
    if (!m_settings.hasSameView(settings))
        return {};
    return m_images.value(key);
}

void RenderCache::replace(const QHash<QString, QImage> &images, const MapSettings &settings)
{
    m_images = images;
    m_settings = settings;
}

} // namespace ecoplan
