#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the demo project's SAMPLE thematic data: outfalls along the rivers, historical-mine polygons in the
hills of the west and south-west, and villages inside the canal's protection zones. Deterministic (a fixed
seed, features read in fid order): the same project gives the same data. Every row has is_sample = 1 and a
note saying it is sample data; none of it is a real register.

    make_sample_data.py --project henan-demo.gpkg [--seed 2023]

Run after `ecoplan zones` (the villages are placed in the zones it stores). Re-running replaces the sample
rows and leaves any other row alone."""
import argparse
import math
import random

from osgeo import gdal, ogr, osr

gdal.PushErrorHandler("CPLQuietErrorHandler")  # IsValid() reports what it rejects; we just retry
ogr.UseExceptions()
osr.UseExceptions()

NOTE = "示例数据，非真实登记 / sample data, not a real register"

# Basins by prefecture (the dominant one; a prefecture on the Yellow River gets it for the 黄河 itself).
BASIN = {
    "410100": "淮河", "410200": "淮河", "410300": "黄河", "410400": "淮河", "410500": "海河",
    "410600": "海河", "410700": "海河", "410800": "黄河", "410900": "海河", "411000": "淮河",
    "411100": "淮河", "411200": "黄河", "411300": "长江", "411400": "淮河", "411500": "淮河",
    "411600": "淮河", "411700": "淮河", "419001": "黄河",
}
# How many outfalls a river of each basin draws, per km: the plan's work is in the Yellow and Huai basins.
BASIN_WEIGHT = {"黄河": 3.0, "淮河": 3.0, "海河": 1.5, "长江": 1.0}

# Counties with historical mines (hills of the west and south-west, the Taihang foothills, and Xuchang's
# Yuzhou and Xiangcheng, which the Xuchang plan names), with relative weights.
MINE_COUNTIES = {
    "411081": 14, "411025": 10,  # 禹州市, 襄城县 (Xuchang)
    "410185": 8, "410183": 6, "410181": 6,  # 登封市, 新密市, 巩义市
    "411221": 6, "411224": 6, "411282": 8, "411203": 5,  # 渑池县, 卢氏县, 灵宝市, 陕州区 (411222 was 陕县)
    "410324": 6, "410327": 5, "410329": 5, "410326": 4, "410323": 5,  # 栾川, 宜阳, 伊川, 汝阳, 新安
    "410422": 6, "410423": 5, "410482": 5,  # 叶县, 鲁山县, 汝州市
    "411323": 5, "411324": 5, "411326": 4, "411381": 3,  # 西峡, 镇平, 淅川, 邓州
    "410782": 6, "410821": 5,  # 辉县市, 修武县
    "419001": 5,  # 济源
}
MINERALS = ["石灰岩", "建筑石料", "铝土矿", "煤", "耐火黏土", "铁矿", "白云岩", "花岗岩"]

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
PLACE_WORDS = ["庄", "寨", "营", "湾", "楼", "店", "沟", "岗", "桥", "集", "屯", "坡", "河", "岭"]


def transforms():
    geo = osr.SpatialReference()
    geo.ImportFromEPSG(4490)
    geo.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    gk = osr.SpatialReference()
    gk.ImportFromEPSG(4547)  # CGCS2000 / 3-degree GK CM 114E: metres
    gk.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(geo, gk), osr.CoordinateTransformation(gk, geo)


def read(ds, name, fields, to_gk):
    """[(fields..., geometry in EPSG:4547)] in fid order."""
    layer = ds.GetLayerByName(name)
    rows = []
    for f in sorted(layer, key=lambda f: f.GetFID()):
        g = f.GetGeometryRef().Clone()
        g.Transform(to_gk)
        rows.append(tuple(f.GetField(x) for x in fields) + (g,))
    return rows


def random_point_in(rng, polygon, tries=2000):
    minx, maxx, miny, maxy = polygon.GetEnvelope()
    for _ in range(tries):
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if polygon.Contains(p):
            return p
    return None


def county_of(point, counties):
    for code, name, geom in counties:
        if geom.Contains(point):
            return code, name
    return None, None


def village_name(rng):
    return rng.choice(SURNAMES) + rng.choice(PLACE_WORDS) + "村"


def dates(rng, status):
    start = f"2023-{rng.randint(3, 12):02d}-{rng.randint(1, 28):02d}"
    due = rng.choice(["2023-12-31", "2024-12-31", "2025-06-30", "2025-12-31"])
    done = None
    if status in ("completed", "verified"):
        done = f"{rng.choice([2023, 2024])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        done = max(done, start)
    return start, due, done


def status_of(rng):
    return rng.choices(["not_started", "in_progress", "completed", "verified"], [2, 4, 3, 1])[0]


def write(layer, geom_gk, to_geo, values):
    f = ogr.Feature(layer.GetLayerDefn())
    for k, v in values.items():
        if v is not None:
            f.SetField(k, v)
    g = geom_gk.Clone()
    g.Transform(to_geo)
    if layer.GetGeomType() == ogr.wkbMultiPolygon and g.GetGeometryType() == ogr.wkbPolygon:
        g = ogr.ForceToMultiPolygon(g)
    f.SetGeometry(g)
    layer.CreateFeature(f)


def outfalls(rng, ds, counties, prefectures, rivers, province, to_geo, count):
    layer = ds.GetLayerByName("outfalls")
    # Rivers cut into pieces by prefecture, each weighted by its length and basin.
    pieces = []
    for name, river in rivers:
        for pcode, pname, pgeom in prefectures:
            if not river.Intersects(pgeom):
                continue
            part = river.Intersection(pgeom)
            if part.Length() < 1000:
                continue
            basin = "黄河" if name == "黄河" else BASIN.get(pcode, "淮河")
            pieces.append((name or "", basin, pcode, part, part.Length() / 1000 * BASIN_WEIGHT[basin]))
    total = sum(p[4] for p in pieces)
    types = ["municipal", "industrial", "agricultural", "rainwater", "other"]
    written = 0
    serial = {}
    while written < count:
        r = rng.uniform(0, total)
        for river, basin, pcode, part, w in pieces:
            r -= w
            if r <= 0:
                break
        # A point along the piece, set back 30–200 m from the bank, on either side.
        lines = [part.GetGeometryRef(i) for i in range(part.GetGeometryCount())] \
            if part.GetGeometryType() in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection) else [part]
        lines = [l for l in lines if l.GetGeometryType() == ogr.wkbLineString and l.GetPointCount() > 1]
        if not lines:
            continue
        line = rng.choice(lines)
        i = rng.randrange(line.GetPointCount() - 1)
        (x0, y0), (x1, y1) = line.GetPoint_2D(i), line.GetPoint_2D(i + 1)
        t, length = rng.random(), math.hypot(x1 - x0, y1 - y0)
        if length == 0:
            continue
        off = rng.uniform(30, 200) * rng.choice([-1, 1])
        p = ogr.Geometry(ogr.wkbPoint)
        p.AddPoint_2D(x0 + t * (x1 - x0) - off * (y1 - y0) / length, y0 + t * (y1 - y0) + off * (x1 - x0) / length)
        if not province.Contains(p):
            continue
        code, cname = county_of(p, counties)
        if not code:
            continue
        serial[code] = serial.get(code, 0) + 1
        status = status_of(rng)
        start, due, done = dates(rng, status)
        kind = rng.choices(types, [3, 3, 2, 2, 1])[0]
        receiving = river if river else f"{cname}境内{basin}支流"
        traced = 1 if rng.random() < 0.85 else 0
        write(layer, p, to_geo, {
            "name": f"{cname}{receiving if river else ''}排污口{serial[code]:03d}",
            "code": f"RH-{code}-{serial[code]:03d}",
            "county_code": code,
            "status": status,
            "outfall_type": kind,
            "receiving_river": receiving,
            "discharge_m3_per_day": round(math.exp(rng.gauss(5.5, 1.2)), 1),
            "traced": traced,
            "remediated": 1 if traced and status in ("completed", "verified") else 0,
            "start_date": start, "due_date": due, "completed_date": done,
            "responsible_unit": f"{cname}生态环境分局",
            "notes": f"{NOTE}；{basin}流域 / {basin} basin",
            "is_sample": 1,
        })
        written += 1
    return written


def mines(rng, ds, counties, to_geo, count):
    layer = ds.GetLayerByName("mines")
    by_code = {c: (n, g) for c, n, g in counties}
    unknown = sorted(c for c in MINE_COUNTIES if c not in by_code)
    if unknown:
        raise SystemExit("MINE_COUNTIES: no county with code %s in the project" % ", ".join(unknown))
    codes = list(MINE_COUNTIES)
    weights = [MINE_COUNTIES[c] for c in codes]
    serial = {}
    written = 0
    while written < count:
        code = rng.choices(codes, weights)[0]
        cname, cgeom = by_code[code]
        centre = random_point_in(rng, cgeom)
        if centre is None:
            continue
        # An irregular pit or spoil heap: a star-shaped ring, 60–350 m across its mean radius.
        radius = math.exp(rng.uniform(math.log(60), math.log(350)))
        ring = ogr.Geometry(ogr.wkbLinearRing)
        n = rng.randint(7, 12)
        angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(n))
        cx, cy = centre.GetX(), centre.GetY()
        for a in angles:
            r = radius * rng.uniform(0.6, 1.3)
            ring.AddPoint_2D(cx + r * math.cos(a), cy + r * math.sin(a))
        ring.CloseRings()
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        if not poly.IsValid() or not cgeom.Contains(poly):
            continue
        serial[code] = serial.get(code, 0) + 1
        area_mu = round(poly.GetArea() / (10000 / 15), 1)  # GK metres: scale error < 0.2 % in Henan
        status = status_of(rng)
        start, due, done = dates(rng, status)
        restored = {"not_started": 0.0, "in_progress": rng.uniform(0.1, 0.8),
                    "completed": 1.0, "verified": 1.0}[status]
        write(layer, poly, to_geo, {
            "name": f"{cname}{rng.choice(MINERALS)}历史遗留矿山{serial[code]:02d}",
            "code": f"LS-{code}-{serial[code]:02d}",
            "county_code": code,
            "status": status,
            "mineral": rng.choice(MINERALS),
            "area_mu": area_mu,
            "restored_area_mu": round(area_mu * restored, 1),
            "restoration_method": rng.choices(["natural", "assisted", "reconstruction", "conversion"],
                                              [2, 4, 3, 1])[0],
            "start_date": start, "due_date": due, "completed_date": done,
            "responsible_unit": f"{cname}自然资源局",
            "notes": NOTE,
            "is_sample": 1,
        })
        written += 1
    return written


def villages(rng, ds, counties, zones, to_geo, plan):
    """`plan`: [(county codes, how many)] placed inside the protection zones of those counties."""
    layer = ds.GetLayerByName("villages")
    by_code = {c: (n, g) for c, n, g in counties}
    written = 0
    for codes, count in plan:
        # Where the zones and these counties overlap, by zone.
        areas = []
        for code in codes:
            cname, cgeom = by_code[code]
            for zone, zgeom in zones:
                part = zgeom.Intersection(cgeom)
                if part is not None and not part.IsEmpty() and part.GetArea() > 0:
                    areas.append((code, cname, zone, part))
        if not areas:
            continue
        placed = 0
        while placed < count:
            # Few villages remain inside a primary zone, where building is forbidden.
            code, cname, zone, part = rng.choices(
                areas, [a[3].GetArea() * (0.3 if a[2] == "primary" else 1.0) for a in areas])[0]
            p = random_point_in(rng, part)
            if p is None:
                continue
            status = status_of(rng)
            start, due, done = dates(rng, status)
            write(layer, p, to_geo, {
                "name": f"{cname}{village_name(rng)}",
                "code": f"CZ-{code}-{placed + 1:03d}",
                "county_code": code,
                "status": status,
                "population": rng.randint(300, 4500),
                "zone": zone,
                "sewage_treated": 1 if status in ("completed", "verified") else 0,
                "start_date": start, "due_date": due, "completed_date": done,
                "responsible_unit": f"{cname}人民政府",
                "notes": NOTE,
                "is_sample": 1,
            })
            placed += 1
        written += placed
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", required=True)
    parser.add_argument("--seed", type=int, default=2023)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    to_gk, to_geo = transforms()
    ds = ogr.Open(args.project, update=1)
    counties = read(ds, "counties", ["code", "name"], to_gk)
    prefectures = read(ds, "prefectures", ["code", "name"], to_gk)
    rivers = read(ds, "rivers", ["name"], to_gk)
    province = read(ds, "province", ["name"], to_gk)[0][1]
    zones = [(z, g) for z, g in read(ds, "canal_zones", ["zone"], to_gk)]
    if not zones:
        raise SystemExit("make_sample_data.py: the project has no protection zones; run `ecoplan zones` first")
    ds.StartTransaction()
    for name in ("outfalls", "mines", "villages"):
        ds.ExecuteSQL(f"DELETE FROM {name} WHERE is_sample = 1")
    n_out = outfalls(rng, ds, counties, prefectures, rivers, province, to_geo, 600)
    n_mines = mines(rng, ds, counties, to_geo, 300)
    canal_counties = sorted({c for c, n, g in counties
                             if any(g.Intersects(z) for _, z in zones)} - {"411081", "411082"})
    n_villages = villages(rng, ds, counties, zones, to_geo,
                          [(["411081", "411082"], 70), (canal_counties, 180)])
    ds.CommitTransaction()
    print(f"sample data: {n_out} outfalls, {n_mines} mines, {n_villages} villages")


if __name__ == "__main__":
    main()
