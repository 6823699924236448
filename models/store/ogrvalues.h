// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QVariant>

#include <ogr_core.h>

class OGRFeature;

namespace ecoplan {

/// The Qt type a GDAL field type is held in.
QMetaType::Type qtTypeOf(OGRFieldType type);
/// A field's value as a QVariant of qtTypeOf(its type); null when unset or null.
QVariant ogrFieldValue(const OGRFeature &feature, int field);
/// Sets a field from a QVariant (null clears it); the value is converted to the field's type.
void setOgrField(OGRFeature &feature, int field, const QVariant &value);

} // namespace ecoplan
