// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a seeded synthetic GeoPackage for scale benchmarks: N outfall points and M mine polygons inside
// Henan's bounding box (EPSG:4326), the same distribution as shared/bench/make_synthetic.py, so that the
// same file can be rendered by EcoPlan and by QGIS. Usage: ecoplan_make_synthetic OUT.gpkg [N] [M]
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <random>
#include <string>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT.gpkg [points] [polygons]\n", argv[0]);
        return 2;
    }
    const long points = argc > 2 ? std::stol(argv[2]) : 100000;
    const long polygons = argc > 3 ? std::stol(argv[3]) : 5000;
    const double minx = 110.35, miny = 31.38, maxx = 116.65, maxy = 36.37;
    std::mt19937_64 rng(20231231);
    std::uniform_real_distribution<double> ux(minx, maxx), uy(miny, maxy), ur(0.002, 0.01), ua(5, 300);

    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(argv[1], 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    OGRLayer *pts = ds->CreateLayer("outfalls", &srs, wkbPoint);
    OGRFieldDefn code("code", OFTString), status("status", OFTString);
    pts->CreateField(&code);
    pts->CreateField(&status);
    const char *statuses[] = {"not_started", "in_progress", "completed", "verified"};
    ds->StartTransaction();
    for (long i = 0; i < points; ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(pts->GetLayerDefn()));
        char buf[16];
        std::snprintf(buf, sizeof buf, "OF%06ld", i);
        f->SetField("code", buf);
        f->SetField("status", statuses[i % 4]);
        const double x = ux(rng), y = uy(rng);
        OGRPoint p(x, y);
        f->SetGeometry(&p);
        if (pts->CreateFeature(f.get()) != OGRERR_NONE)
            return 1;
    }
    ds->CommitTransaction();

    OGRLayer *polys = ds->CreateLayer("mines", &srs, wkbPolygon);
    OGRFieldDefn mcode("code", OFTString), area("area_mu", OFTReal);
    polys->CreateField(&mcode);
    polys->CreateField(&area);
    ds->StartTransaction();
    for (long i = 0; i < polygons; ++i) {
        const double cx = ux(rng), cy = uy(rng), r = ur(rng);
        OGRLinearRing ring;
        constexpr int k = 24;
        for (int j = 0; j <= k; ++j) {
            const double t = 2 * M_PI * (j % k) / k;
            const double rr = r * (0.7 + 0.3 * std::sin(3 * t + double(i)));
            ring.addPoint(cx + rr * std::cos(t), cy + rr * std::sin(t));
        }
        OGRPolygon poly;
        poly.addRing(&ring);
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(polys->GetLayerDefn()));
        char buf[16];
        std::snprintf(buf, sizeof buf, "MN%05ld", i);
        f->SetField("code", buf);
        f->SetField("area_mu", std::round(ua(rng) * 10) / 10);
        f->SetGeometry(&poly);
        if (polys->CreateFeature(f.get()) != OGRERR_NONE)
            return 1;
    }
    ds->CommitTransaction();
    std::printf("wrote %s: %ld points, %ld polygons\n", argv[1], points, polygons);
    return 0;
}
