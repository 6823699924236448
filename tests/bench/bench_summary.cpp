// SPDX-License-Identifier: GPL-3.0-or-later
// "What lies inside" benchmark: the seeded 100,000 synthetic points summarised against the demo's counties
// and against the canal's protection zones (ProtectionZones: primary and secondary zone per prefecture
// stretch), counting by status. Prints the machine, the median of RUNS Summary::byLayer calls and the
// per-row total as a check. Usage: ecoplan_bench_summary DEMO.gpkg SYNTHETIC.gpkg [RUNS]
#include "geoprocess/protectionzones.h"
#include "geoprocess/summary.h"
#include "project/project.h"
#include "project/projectloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSysInfo>
#include <QThread>

#include <gdal_priv.h>
#include <geos_c.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstdio>

using namespace ecoplan;

namespace {

QString wktOf(const OGRGeometry *g)
{
    char *text = nullptr;
    g->exportToWkt(&text, wkbVariantIso);
    const QString wkt = QString::fromUtf8(text);
    CPLFree(text);
    return wkt;
}

/// The flat rings of an OGR (multi)polygon, as the layer reader stores them.
Geometry flatRings(const OGRGeometry &g)
{
    Geometry out;
    auto addPolygon = [&](const OGRPolygon &p) {
        for (const OGRLinearRing *ring : p) {
            for (const OGRPoint &pt : *ring)
                out.points.emplace_back(pt.getX(), pt.getY());
            out.partEnds.push_back(std::uint32_t(out.points.size()));
        }
    };
    if (wkbFlatten(g.getGeometryType()) == wkbPolygon)
        addPolygon(*g.toPolygon());
    else
        for (const OGRPolygon *p : *g.toMultiPolygon())
            addPolygon(*p);
    return out;
}

/// The canal's protection zones as a layer in the analysis CRS.
std::shared_ptr<const LayerData> protectionZones(const QString &demo)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(demo.toUtf8().constData(), GDAL_OF_VECTOR));
    OGRFeatureUniquePtr canal(ds->GetLayerByName("snwd_canal")->GetNextFeature());
    QList<ProtectionZones::Area> prefectures;
    for (auto &&p : *ds->GetLayerByName("prefectures"))
        prefectures.append({QString::fromUtf8(p->GetFieldAsString("code")),
                            QString::fromUtf8(p->GetFieldAsString("name")), wktOf(p->GetGeometryRef())});
    const auto segments = ProtectionZones::segments(wktOf(canal->GetGeometryRef()), prefectures);
    const auto zones =
        segments ? ProtectionZones::build(*segments) : Result<QList<ZonePolygon>>::failure(segments.error());
    if (!zones) {
        std::fprintf(stderr, "zones: %s\n", qPrintable(zones.error()));
        return nullptr;
    }
    auto table = std::make_shared<FeatureTable>();
    table->kind = GeometryKind::Polygon;
    table->crs = Crs::fromEpsg(4490);
    table->fields = {{QStringLiteral("code")}, {QStringLiteral("name")}};
    for (const ZonePolygon &z : *zones) {
        OGRGeometry *g = nullptr;
        const QByteArray wkt = z.wkt.toUtf8();
        OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &g);
        table->fids.push_back(qint64(table->fids.size()) + 1);
        table->attributes.push_back({QString(z.segmentCode + QLatin1Char('-') + z.zone),
                                     QString(z.segmentName + QLatin1Char(' ') + z.zone)});
        table->geometries.push_back(flatRings(*g));
        OGRGeometryFactory::destroyGeometry(g);
    }
    return LayerData::build(table, Crs::defaultDisplay());
}

struct Timing
{
    double medianMs;
    double minMs;
    qlonglong counted;
    qsizetype rows;
};

Timing time(const std::shared_ptr<const LayerData> &points, const std::shared_ptr<const LayerData> &areas,
            int runs)
{
    std::vector<double> ms;
    qlonglong counted = 0;
    qsizetype rows = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const auto summary = Summary::byLayer(points, areas, {{}, QStringLiteral("status")});
        ms.push_back(timer.nsecsElapsed() / 1e6);
        if (!summary) {
            std::fprintf(stderr, "summary: %s\n", qPrintable(summary.error()));
            std::exit(1);
        }
        counted = 0;
        for (const QVariantList &row : summary->table.rows)
            counted += row[2].toLongLong();
        rows = summary->table.rows.size();
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), counted, rows};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s DEMO.gpkg SYNTHETIC.gpkg [RUNS]\n", argv[0]);
        return 2;
    }
    const QString demo = QFile::decodeName(argv[1]), synthetic = QFile::decodeName(argv[2]);
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 10;
    QElapsedTimer timer;
    timer.start();
    auto project = ProjectLoader::openProject(demo);
    auto layers = ProjectLoader::readVectorFile(synthetic, Crs::defaultDisplay());
    if (!project || !layers) {
        std::fprintf(stderr, "cannot read %s or %s\n", argv[1], argv[2]);
        return 1;
    }
    std::shared_ptr<const LayerData> points;
    for (const auto &l : *layers) {
        if (l->id == QLatin1String("outfalls"))
            points = l->data;
    }
    const auto counties = (*project)->layer(QStringLiteral("counties"))->data;
    const auto zones = protectionZones(demo);
    if (!points || !zones)
        return 1;
    const double loadMs = timer.nsecsElapsed() / 1e6;

    std::printf("machine: %d cores, %s, Qt %s\n", QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()), qVersion());
    std::printf("load (demo, 100k points, zones): %.0f ms; GEOS %s\n", loadMs, GEOSversion());
    std::printf("%-44s %10s %10s %8s %8s\n", "summary (median of runs)", "median_ms", "min_ms", "rows",
                "counted");
    const struct
    {
        const char *name;
        std::shared_ptr<const LayerData> areas;
    } cases[] = {{"100k points by 158 counties", counties}, {"100k points by protection zones", zones}};
    for (const auto &c : cases) {
        const Timing t = time(points, c.areas, runs);
        std::printf("%-44s %10.1f %10.1f %8lld %8lld\n", c.name, t.medianMs, t.minMs, qlonglong(t.rows),
                    t.counted);
    }
    return 0;
}
