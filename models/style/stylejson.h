// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layer/layerstyle.h"

#include <QByteArray>

namespace ecoplan {

/// A layer style as JSON: what the project stores (table layer_style_sources, project schema 6) and
/// regenerates the QGIS style from. Colours are "#aarrggbb" or null (none); enums are names, so the text is
/// readable and stable when enums grow.
namespace stylejson {

QByteArray write(const LayerStyle &style);
/// The style, or an error naming what is wrong; `where` names the source in the message.
Result<LayerStyle> read(const QByteArray &json, const QString &where);

} // namespace stylejson
} // namespace ecoplan
