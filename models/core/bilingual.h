// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace ecoplan {

/// Whether the UI is Chinese (QLocale's default, set at start-up from the chosen language).
inline bool isChineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

/// Texts stored in the project file for both UIs are written "中文 / English" (value-list labels, field
/// titles), so that GDAL, QGIS and the file itself show both. The workbench shows the part in its UI
/// language (QLocale's default, set at start-up); a text without " / " is shown as it is.
inline QString inUiLanguage(const QString &bilingual)
{
    const qsizetype at = bilingual.indexOf(QLatin1String(" / "));
    if (at < 0)
        return bilingual;
    return isChineseUi() ? bilingual.left(at) : bilingual.mid(at + 3);
}

} // namespace ecoplan
