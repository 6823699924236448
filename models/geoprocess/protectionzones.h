// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ecoplan {

/// Widths of the canal's protection zones on one stretch, metres, per side of the centreline ("left" and
/// "right" as seen looking along the line as digitised: the canal runs south to north, so left is west).
/// Zones are measured from the canal's management boundary, which the reference data does not have: it is
/// taken as the centreline offset by `managementHalfWidth`.
struct ZoneWidths
{
    double managementHalfWidth = 100;
    double primaryLeft = 50;
    double primaryRight = 50;
    double secondaryLeft = 1000;
    double secondaryRight = 1000;

    bool operator==(const ZoneWidths &) const = default;
    /// Why the widths cannot be used (a negative or absurd width), empty if they can.
    QString problem() const;
};

/// A stretch of the canal with its own widths: the part inside one prefecture.
struct CanalSegment
{
    QString code; ///< the prefecture's division code
    QString name; ///< 许昌市
    QString wkt;  ///< the stretch, longitude/latitude (CGCS2000 or WGS84)
    ZoneWidths widths;
};

/// One zone of one stretch, as stored in the canal_zones layer.
struct ZonePolygon
{
    QString segmentCode;
    QString segmentName;
    QString zone; ///< "primary" or "secondary" (the layer's protection_zone codes)
    QString wkt;  ///< MultiPolygon, longitude/latitude
    ZoneWidths widths;
};

/// The primary and secondary protection zones of the South-to-North canal as buffers of its centreline,
/// computed with GEOS in a transverse Mercator projection centred on each stretch (so a width in metres is
/// a width on the ground to well under 0.1 %). The primary zone is the management corridor plus its width
/// beyond; the secondary zone is the band beyond the primary one. Unequal sides use GEOS's single-sided
/// buffers. Pure: geometry in, geometry out.
class ProtectionZones
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ProtectionZones)
public:
    struct Area
    {
        QString code;
        QString name;
        QString wkt; ///< polygon, longitude/latitude
    };
    /// The canal (`canalWkt`) cut into the parts inside each of `areas` (prefectures), in the order of
    /// `areas`; areas it does not cross are left out. Each segment gets `widths`.
    static Result<QList<CanalSegment>> segments(const QString &canalWkt, const QList<Area> &areas,
                                                const ZoneWidths &widths = {});
    /// Two zones per segment: primary, then secondary.
    static Result<QList<ZonePolygon>> build(const QList<CanalSegment> &segments);
    /// The zone's area on the ellipsoid, square metres (outer rings less holes).
    static double area(const ZonePolygon &zone);
};

} // namespace ecoplan
