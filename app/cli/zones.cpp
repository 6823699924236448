// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan zones --project P [--primary M] [--secondary M] [--management M] [--segment CODE]`: builds the
// canal's protection zones (models/geoprocess/protectionzones.h) and replaces the project's canal_zones in
// one transaction. Widths not given are those each stretch was last built with, else the defaults; --segment
// limits the new widths to one prefecture's stretch. Prints each stretch's widths and zone areas.
#include "command.h"

#include "geo/geodesicmeasure.h"
#include "geoprocess/protectionzonelayer.h"
#include "project/project.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace ecoplan::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecoplan::ZonesCommand", text);
}

/// A width option's value in metres, if given; false if it is not a number.
bool width(const QCommandLineParser &parser, const QString &name, std::optional<double> &out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    out = parser.value(name).toDouble(&ok);
    return ok;
}

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("project"), QStringLiteral("Project GeoPackage (it is changed)."),
         QStringLiteral("file")},
        {QStringLiteral("primary"),
         QStringLiteral("Primary zone: metres beyond the management boundary, both sides."),
         QStringLiteral("m")},
        {QStringLiteral("secondary"),
         QStringLiteral("Secondary zone: metres beyond the primary zone, both sides."), QStringLiteral("m")},
        {QStringLiteral("management"),
         QStringLiteral("Half-width of the canal's management corridor from the centreline, metres."),
         QStringLiteral("m")},
        {QStringLiteral("segment"),
         QStringLiteral("Apply the widths to this prefecture's stretch only (its code)."),
         QStringLiteral("code")},
    };
}

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addOptions(options());
    parser.addHelpOption();
    QStringList args = arguments;
    args.removeAt(1); // the command's name
    parser.process(args);
    const QString usage =
        tr("usage: ecoplan zones --project P [--primary M] [--secondary M] [--management M] "
           "[--segment CODE]");
    if (!parser.isSet(QStringLiteral("project"))) {
        err << "ecoplan zones: " << usage << Qt::endl;
        return 1;
    }
    std::optional<double> primary, secondary, management;
    if (!width(parser, QStringLiteral("primary"), primary) ||
        !width(parser, QStringLiteral("secondary"), secondary) ||
        !width(parser, QStringLiteral("management"), management)) {
        err << "ecoplan zones: " << tr("widths are numbers of metres") << Qt::endl;
        return 1;
    }
    auto store = ProjectStore::open(parser.value(QStringLiteral("project")), ProjectStore::Access::ReadWrite);
    if (!store) {
        err << "ecoplan zones: " << store.error() << Qt::endl;
        return 1;
    }
    if ((*store)->isReadOnly()) {
        err << "ecoplan zones: " << (*store)->readOnlyReason() << Qt::endl;
        return 1;
    }
    Project project;
    project.setStore(std::move(store).value());
    Result<QList<CanalSegment>> segments = ProtectionZoneLayer::segments(*project.store());
    if (!segments) {
        err << "ecoplan zones: " << segments.error() << Qt::endl;
        return 1;
    }
    const QString only = parser.value(QStringLiteral("segment"));
    bool matched = only.isEmpty();
    for (CanalSegment &s : *segments) {
        if (!only.isEmpty() && s.code != only)
            continue;
        matched = true;
        if (primary)
            s.widths.primaryLeft = s.widths.primaryRight = *primary;
        if (secondary)
            s.widths.secondaryLeft = s.widths.secondaryRight = *secondary;
        if (management)
            s.widths.managementHalfWidth = *management;
    }
    if (!matched) {
        err << "ecoplan zones: " << tr("the canal does not cross a prefecture with code %1").arg(only)
            << Qt::endl;
        return 1;
    }
    const Result<QList<ZonePolygon>> zones = ProtectionZones::build(*segments);
    const Result<QList<FeatureEdit>> edits = zones
                                                 ? ProtectionZoneLayer::replacement(*project.store(), *zones)
                                                 : Result<QList<FeatureEdit>>::failure(zones.error());
    const Result<QList<qint64>> written =
        edits ? project.applyEdits(*edits) : Result<QList<qint64>>::failure(edits.error());
    if (!written) {
        err << "ecoplan zones: " << written.error() << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    for (qsizetype i = 0; i + 1 < zones->size(); i += 2) {
        const ZonePolygon &p = zones->at(i);
        const ZoneWidths &w = p.widths;
        out << p.segmentCode << ' ' << p.segmentName << ": "
            << tr("management %1 m, primary %2/%3 m (%4), secondary %5/%6 m (%7)")
                   .arg(w.managementHalfWidth)
                   .arg(w.primaryLeft)
                   .arg(w.primaryRight)
                   .arg(GeodesicMeasure::formatArea(ProtectionZones::area(p)))
                   .arg(w.secondaryLeft)
                   .arg(w.secondaryRight)
                   .arg(GeodesicMeasure::formatArea(ProtectionZones::area(zones->at(i + 1))))
            << '\n';
    }
    return 0;
}

} // namespace

Command zonesCommand()
{
    return {
        QStringLiteral("zones"),
        QT_TRANSLATE_NOOP("ecoplan::cli", "Build the canal's protection zones into a project."),
        QStringLiteral("--project P.gpkg [--primary M] [--secondary M] [--management M] [--segment CODE]"),
        options(), run};
}

} // namespace ecoplan::cli
