// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace ecoplan {

/// A coordinate reference system, identified by a definition PROJ understands ("EPSG:4547", WKT, PROJJSON).
/// A plain value; the PROJ objects that transform between systems live in CoordinateTransform.
/// Any thread may use it.
class Crs
{
public:
    Crs() = default;
    static Crs fromEpsg(int code);
    /// Accepts "EPSG:n", WKT or PROJJSON; an invalid definition gives an invalid Crs.
    static Crs fromDefinition(const QString &definition);

    bool isValid() const { return !m_definition.isEmpty(); }
    const QString &definition() const { return m_definition; }
    /// EPSG code, or 0 when the system has none.
    int epsg() const { return m_epsg; }
    const QString &name() const { return m_name; }
    bool isGeographic() const { return m_isGeographic; }
    /// "EPSG:4547" where there is a code, otherwise the name.
    QString authId() const;

    bool operator==(const Crs &other) const { return m_definition == other.m_definition; }
    bool operator!=(const Crs &other) const { return !(*this == other); }

    /// The display systems offered to Henan's planners, default first.
    static QList<Crs> displayChoices();
    static Crs defaultDisplay() { return fromEpsg(4547); }
    static Crs wgs84() { return fromEpsg(4326); }

private:
    QString m_definition;
    QString m_name;
    int m_epsg = 0;
    bool m_isGeographic = false;
};

} // namespace ecoplan

Q_DECLARE_METATYPE(ecoplan::Crs)
