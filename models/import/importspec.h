// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace ecoplan {

/// The coordinate system a file's coordinates are written in. Beside any EPSG code, two cases PROJ cannot
/// express as one CRS: Gauss-Krüger 3-degree coordinates whose X carries the zone number (38512345.6 is zone
/// 38), where each row names its own zone, and the shifted coordinates of Chinese online maps (GCJ-02,
/// BD-09), which are converted to WGS84 with ChinaOffsets first.
struct SourceCrs
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::SourceCrs)
public:
    enum class Kind { Epsg, GaussKrugerZonePrefix, Gcj02, Bd09 };
    Kind kind = Kind::Epsg;
    int epsg = 4326; ///< Kind::Epsg only

    static SourceCrs fromEpsg(int code) { return {Kind::Epsg, code}; }
    /// "4326", "EPSG:4490", "gk3" (zone from the X prefix), "gk3:114" (no prefix, central meridian 114E →
    /// EPSG:4547), "gcj02", "bd09"; a failure says what is accepted.
    static Result<SourceCrs> parse(const QString &text);
    /// The form parse() reads back.
    QString toText() const;
    /// CGCS2000 3-degree Gauss-Krüger: EPSG code for a zone number with prefix (25–45 → 4513–4533) and for
    /// a central meridian without prefix (75–135E → 4534–4554); 0 if there is none.
    static int gk3ZoneEpsg(int zone);
    static int gk3CentralMeridianEpsg(int centralMeridian);

    bool operator==(const SourceCrs &o) const
    {
        return kind == o.kind && (kind != Kind::Epsg || epsg == o.epsg);
    }
};

/// Where each row's geometry comes from.
enum class GeometrySource {
    FileGeometry, ///< the file's own (Shapefile, GeoJSON, KML, GeoPackage, GML, DXF, …)
    XyColumns,    ///< two columns: x/longitude/easting and y/latitude/northing
    WktColumn,    ///< one column of WKT
    CountyColumn, ///< a county code or name: the row is placed inside that county (its label point)
};

/// Everything the import wizard asks and `ecoplan import` takes as options. A plain value.
struct ImportSpec
{
    QString file;
    QString sheet;     ///< XLSX sheet or layer of a multi-layer file; empty: the first
    int headerRow = 1; ///< CSV/XLSX: the row holding the column names (1 = the first); 0: no header row
    QString encoding;  ///< "UTF-8", "GB18030" (GBK), …; empty: detect (CSV) or the .cpg (Shapefile)
    GeometrySource geometry = GeometrySource::FileGeometry;
    QString xColumn, yColumn, wktColumn, countyColumn;
    /// Where the file names no CRS (CSV, XLSX, a shapefile without .prj), or to override it.
    SourceCrs crs;
    bool crsGiven = false; ///< the user chose `crs`; otherwise the file's own is used where it has one
    /// Source column → target field; a column mapped to "" is left out. When matchByName is set, the other
    /// columns go to the field ColumnMatcher finds (name, title, alias, a register header holding one).
    QMap<QString, QString> fieldMap;
    bool matchByName = true;
    /// Rows further than this outside the province boundary are rejected.
    double marginKm = 20;
};

/// The encoding of a text file's bytes: UTF-8 if they are valid UTF-8 (with or without BOM), else GB18030,
/// of which GBK and GB2312 are subsets.
QString detectTextEncoding(const QByteArray &bytes);

} // namespace ecoplan
