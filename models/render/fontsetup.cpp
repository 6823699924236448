// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontsetup.h"

#include <QFile>
#include <QFontDatabase>

namespace ecoplan {
namespace {
QString &family()
{
    static QString f;
    return f;
}
} // namespace

QString registerLabelFont()
{
    if (!family().isEmpty())
        return family();
    const QString candidates[] = {
        QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        QStringLiteral("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    };
    for (const QString &path : candidates) {
        if (!QFile::exists(path))
            continue;
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty()) {
            family() = families.first();
            return family();
        }
    }
    family() = QStringLiteral("sans-serif");
    return family();
}

QString labelFontFamily()
{
    return family().isEmpty() ? QStringLiteral("sans-serif") : family();
}

} // namespace ecoplan
