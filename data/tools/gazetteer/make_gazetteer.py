#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes data/gazetteer/henan-gazetteer.csv from the reference GeoPackage and admin_names.csv.

Administrative units come from the gpkg (codes, Chinese names, parents) joined with admin_names.csv
(pinyin, English). Rivers named in the gpkg's `rivers` layer and the `snwd_canal` name come from the gpkg;
the other rivers and the reservoirs are a hand-made name list without geometry (see PROVENANCE.md).
Usage: /usr/bin/python3 make_gazetteer.py [--gpkg PATH] [--names PATH] [--out PATH]
"""
import argparse
import csv
import io
import os

from osgeo import ogr

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", ".."))

COLUMNS = ["code", "kind", "name_zh", "short_zh", "name_en", "pinyin", "parent_code", "aliases", "source",
           "old_codes"]
GPKG_SOURCE = "reference gpkg"
NAME_LIST = "name list, no geometry"

# Rivers without a name in the gpkg: (id, name_zh, name_en, pinyin, aliases).
# Only well-known names; a short name that is also a common word (洪河 in 防洪河道) is left out.
LISTED_RIVERS = [
    ("river:shayinghe", "沙颍河", "Shaying River", "Shayinghe", ""),
    ("river:yinghe", "颍河", "Ying River", "Yinghe", ""),
    ("river:shahe", "沙河", "Sha River", "Shahe", ""),
    ("river:beiruhe", "北汝河", "Beiru River", "Beiruhe", ""),
    ("river:qingyihe", "清潩河", "Qingyi River", "Qingyihe", ""),
    ("river:jialuhe", "贾鲁河", "Jialu River", "Jialuhe", ""),
    ("river:shuangjihe", "双洎河", "Shuangji River", "Shuangjihe", ""),
    ("river:huijihe", "惠济河", "Huiji River", "Huijihe", ""),
    ("river:guohe", "涡河", "Guo River", "Guohe", ""),
    ("river:xiaohonghe", "小洪河", "Xiaohong River", "Xiaohonghe", ""),
    ("river:hongruhe", "洪汝河", "Hongru River", "Hongruhe", ""),
    ("river:yihe", "伊河", "Yi River", "Yihe", ""),
    ("river:luohe", "洛河", "Luo River", "Luohe", "伊洛河"),
    ("river:qinhe", "沁河", "Qin River", "Qinhe", ""),
    ("river:weihe", "卫河", "Wei River", "Weihe", ""),
    ("river:jindihe", "金堤河", "Jindi River", "Jindihe", ""),
    ("river:tanghe", "唐河", "Tang River", "Tanghe", ""),
    ("river:baihe", "白河", "Bai River", "Baihe", ""),
    ("river:danjiang", "丹江", "Dan River", "Danjiang", "Danjiang River"),
    ("river:shiguanhe", "史灌河", "Shiguan River", "Shiguanhe", ""),
]
GPKG_RIVERS = {
    "黄河": ("river:huanghe", "Yellow River", "Huanghe", ""),
    "淮河": ("river:huaihe", "Huai River", "Huaihe", ""),
}
# (id, name_zh, short_zh, name_en, pinyin); a short that is another place (燕山, 故县, 南湾) is left out.
RESERVOIRS = [
    ("reservoir:danjiangkou", "丹江口水库", "丹江口", "Danjiangkou Reservoir", "Danjiangkou"),
    ("reservoir:xiaolangdi", "小浪底水库", "小浪底", "Xiaolangdi Reservoir", "Xiaolangdi"),
    ("reservoir:baiguishan", "白龟山水库", "白龟山", "Baiguishan Reservoir", "Baiguishan"),
    ("reservoir:nanwan", "南湾水库", "", "Nanwan Reservoir", "Nanwan"),
    ("reservoir:suyahu", "宿鸭湖水库", "宿鸭湖", "Suyahu Reservoir", "Suyahu"),
    ("reservoir:nianyushan", "鲇鱼山水库", "鲇鱼山", "Nianyushan Reservoir", "Nianyushan"),
    ("reservoir:yanshan", "燕山水库", "", "Yanshan Reservoir", "Yanshan"),
    ("reservoir:zhaopingtai", "昭平台水库", "昭平台", "Zhaopingtai Reservoir", "Zhaopingtai"),
    ("reservoir:luhun", "陆浑水库", "陆浑", "Luhun Reservoir", "Luhun"),
    ("reservoir:guxian", "故县水库", "", "Guxian Reservoir", "Guxian"),
    ("reservoir:chushandian", "出山店水库", "出山店", "Chushandian Reservoir", "Chushandian"),
]
CANAL = ("canal:snwd-middle", "南水北调中线", "South-to-North Water Diversion Middle Route", "Nanshui Beidiao",
         "南水北调中线干渠;总干渠;South-to-North Water Diversion middle route canal")


def short_name(name):
    """The name without its administrative suffix; empty if one character would be left."""
    for suffix in ("回族区", "省", "市", "县", "区"):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            return base if len(base) >= 2 else ""
    return ""


def read_names(path):
    names = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names[(row["code"], row["level"])] = row
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gpkg", default=os.path.join(DATA, "reference", "henan-reference.gpkg"))
    ap.add_argument("--names", default=os.path.join(DATA, "names", "admin_names.csv"))
    ap.add_argument("--out", default=os.path.join(DATA, "gazetteer", "henan-gazetteer.csv"))
    args = ap.parse_args()

    names = read_names(args.names)
    ds = ogr.Open(args.gpkg, 0)
    if ds is None:
        raise SystemExit(f"cannot open {args.gpkg}")
    rows = []

    def admin(code, level, kind, name_zh, parent):
        n = names[(code, level)]
        if n["name_zh"] != name_zh:
            raise SystemExit(f"{code}: {name_zh} in the gpkg, {n['name_zh']} in {args.names}")
        # Former names (淮阳县, Huaiyang County) are aliases of the unit of today, so plans that still use
        # them link to it; former codes (411626) are found by code too. Only full names: a former short
        # such as 吉利 is a common word.
        old_names = [x for x in n.get("old_name_zh", "").split(";") + n.get("old_name_en", "").split(";") if x]
        rows.append([code, kind, name_zh, short_name(name_zh), n["name_en"], n["name_pinyin"], parent,
                     ";".join(old_names), GPKG_SOURCE, n.get("old_code", "")])

    for f in ds.GetLayerByName("province"):
        admin(f["code"], "province", "province", f["name"], "")
        province = f["code"]
    prefectures = set()
    for f in sorted(ds.GetLayerByName("prefectures"), key=lambda f: f["code"]):
        admin(f["code"], "prefecture", "prefecture", f["name"], province)
        prefectures.add(f["code"])
    for f in sorted(ds.GetLayerByName("counties"), key=lambda f: f["code"]):
        if f["code"] in prefectures:  # 济源市 is in both layers; one row, as a prefecture
            continue
        admin(f["code"], "county", "county", f["name"], f["prefecture_code"])

    named = sorted({f["name"] for f in ds.GetLayerByName("rivers") if f["name"]})
    for name in named:
        if name not in GPKG_RIVERS:
            raise SystemExit(f"river {name} in the gpkg has no id in make_gazetteer.py")
        rid, en, py, aliases = GPKG_RIVERS[name]
        rows.append([rid, "river", name, "", en, py, "", aliases, GPKG_SOURCE, ""])
    for rid, name, en, py, aliases in LISTED_RIVERS:
        rows.append([rid, "river", name, "", en, py, "", aliases, NAME_LIST, ""])
    for rid, name, short, en, py in RESERVOIRS:
        rows.append([rid, "reservoir", name, short, en, py, "", "", NAME_LIST, ""])
    canal_name = next(iter(ds.GetLayerByName("snwd_canal")))["name"]
    cid, short, en, py, aliases = CANAL
    rows.append([cid, "canal", canal_name, short, en, py, "", aliases, GPKG_SOURCE, ""])

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    w.writerows(rows)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
