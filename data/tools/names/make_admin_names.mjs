#!/usr/bin/env node
// Builds data/names/admin_names.csv: pinyin and English names of Henan's
// administrative units (province, prefectures, counties) for map labels in the
// English UI and for the gazetteer.
//
// Usage (from this directory, after `npm ci`):
//   node make_admin_names.mjs [--gpkg PATH] [--out PATH]
//
// Defaults: --gpkg ../../reference/henan-reference.gpkg (env HENAN_GPKG also
// works), --out ../../names/admin_names.csv. The gpkg is read with the sqlite3 CLI (read-only).
// The output depends only on the gpkg and the pinned pinyin-pro version, so a
// re-run gives the same bytes.
//
// Readings come from pinyin-pro (toneless); every row was checked by hand and
// wrong readings are fixed in OVERRIDES below. Readings that the library already
// gets right but that are easy to get wrong are pinned in CHECKED, so that a
// library upgrade that changes them makes the script fail instead of silently
// changing a label.

import { execFileSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const HERE = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------
// Hand-checked readings, keyed by the name WITHOUT its administrative suffix.
// Values are toneless syllables separated by spaces.

// The library's reading is wrong for these place names; use ours.
const OVERRIDES = {
  '中牟': 'zhong mou', // 中牟县: 牟 = mou in this place name (library: mu)
  '殷都': 'yin du', //    殷都区: 都 = du (library: dou)
  '魏都': 'wei du', //    魏都区: 都 = du (library: dou)
  '浚': 'xun', //         浚县: 浚 = xun (library: jun)
  '召陵': 'shao ling', // 召陵区: 召 = shao (library: zhao)
  '泌阳': 'bi yang', //   泌阳县: 泌 = bi (library: mi)
};

// The library's reading is right; pinned so that a change is caught.
const CHECKED = {
  '长葛': 'chang ge',
  '长垣': 'chang yuan',
  '洛阳': 'luo yang',
  '洛龙': 'luo long',
  '洛宁': 'luo ning',
  '濮阳': 'pu yang',
  '柘城': 'zhe cheng',
  '睢': 'sui',
  '睢阳': 'sui yang',
  '沁阳': 'qin yang',
  '淅川': 'xi chuan',
  '郾城': 'yan cheng',
  '鄢陵': 'yan ling',
  '瀍河': 'chan he',
  '涧西': 'jian xi',
  '嵩': 'song',
  '偃师': 'yan shi',
  '南召': 'nan zhao',
  '南乐': 'nan le',
  '尉氏': 'wei shi',
  '荥阳': 'xing yang',
  '漯河': 'luo he',
  '渑池': 'mian chi',
  '陕州': 'shan zhou',
  '叶': 'ye',
  '郏': 'jia',
  '滑': 'hua',
  '解放': 'jie fang',
  '武陟': 'wu zhi',
  '台前': 'tai qian',
  '桐柏': 'tong bai',
  '社旗': 'she qi',
  '宛城': 'wan cheng',
  '华龙': 'hua long',
  '沈丘': 'shen qiu',
  '郸城': 'dan cheng',
  '平舆': 'ping yu',
  '鹤壁': 'he bi',
  '获嘉': 'huo jia',
  '辉县': 'hui xian',
  '济源': 'ji yuan',
  '巩义': 'gong yi',
  '禹王台': 'yu wang tai',
  '驿城': 'yi cheng',
};

// ---------------------------------------------------------------------------
// Arguments.

function argValue(flag) {
  const i = process.argv.indexOf(flag);
  if (i < 0) return undefined;
  if (i + 1 >= process.argv.length) throw new Error(`${flag} needs a value`);
  return process.argv[i + 1];
}

const GPKG = resolve(
  argValue('--gpkg') ??
    process.env.HENAN_GPKG ??
    resolve(HERE, '../../reference/henan-reference.gpkg'),
);
const OUT = resolve(argValue('--out') ?? resolve(HERE, '../../names/admin_names.csv'));

// ---------------------------------------------------------------------------
// Read the gpkg.

function query(sql, fields = ['code', 'name']) {
  // -init /dev/null: ignore any ~/.sqliterc; -readonly: never touch the file.
  const text = execFileSync(
    'sqlite3',
    ['-init', '/dev/null', '-batch', '-readonly', '-noheader', '-separator', '\t', GPKG, sql],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => {
      const f = l.split('\t');
      if (f.length !== fields.length) throw new Error(`unexpected sqlite3 row: ${JSON.stringify(l)}`);
      return Object.fromEntries(fields.map((k, i) => [k, f[i]]));
    });
}

const province = query('SELECT code, name FROM province ORDER BY code;');
const prefectures = query('SELECT code, name FROM prefectures ORDER BY code;');
// old_code/old_name: the codes and names a county-level unit had before the changes since the boundary
// source's vintage (';'-separated where two units became one), written by
// data/reference/tools/current_names.py; empty where nothing changed.
const counties = query(
  "SELECT code, name, coalesce(old_code, ''), coalesce(old_name, '') FROM counties ORDER BY code;",
  ['code', 'name', 'old_code', 'old_name'],
);

function expect(cond, msg) {
  if (!cond) throw new Error(`check failed: ${msg}`);
}
expect(province.length === 1 && province[0].code === '410000', 'one province 410000');
expect(prefectures.length === 18, `18 prefectures (got ${prefectures.length})`);
expect(counties.length === 157, `157 county-level units (got ${counties.length})`);

// ---------------------------------------------------------------------------
// Romanise.

const SUFFIXES = [
  // [Chinese suffix, pinyin appended to the name, kind]
  ['回族区', ' Hui', 'district'],
  ['省', '', 'province'],
  ['市', '', 'city'],
  ['县', '', 'county'],
  ['区', '', 'district'],
];

function splitSuffix(name) {
  for (const [zh, py, kind] of SUFFIXES) {
    if (name.endsWith(zh) && name.length > zh.length) {
      return { base: name.slice(0, -zh.length), extra: py, kind };
    }
  }
  throw new Error(`no administrative suffix in ${name}`);
}

const usedOverrides = new Set();
const usedChecked = new Set();

function syllables(base) {
  const lib = pinyin(base, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
  expect(lib.length === [...base].length, `one syllable per character for ${base}: ${lib}`);
  const libStr = lib.join(' ');
  if (base in OVERRIDES) {
    const ours = OVERRIDES[base];
    if (ours === libStr) {
      throw new Error(`override for ${base} is no longer needed (library gives "${libStr}"); move it to CHECKED`);
    }
    usedOverrides.add(base);
    return ours.split(' ');
  }
  if (base in CHECKED) {
    usedChecked.add(base);
    expect(CHECKED[base] === libStr, `pinned reading of ${base} is "${CHECKED[base]}", library gives "${libStr}"`);
  }
  return lib;
}

// Join syllables into one word, with the apostrophe that standard pinyin
// (GB/T 16159) puts before a non-initial syllable starting with a, o or e
// (e.g. 新安 Xin'an, 博爱 Bo'ai).
function joinPinyin(syl) {
  let word = '';
  syl.forEach((s, i) => {
    if (i > 0 && /^[aoe]/.test(s)) word += "'";
    word += s;
  });
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function romanise(name, level, code) {
  const { base, extra, kind } = splitSuffix(name);
  const py = joinPinyin(syllables(base)) + extra;
  let en;
  if (level === 'province') {
    expect(kind === 'province', `${name} is a province`);
    en = py;
  } else if (level === 'prefecture') {
    expect(kind === 'city', `prefecture ${name} is a 市`);
    en = py;
  } else if (code === '419001') {
    // 济源市: a county-level city directly under the province, which acts as its
    // own prefecture; it is labelled like a prefecture-level city.
    en = py;
  } else {
    en = py + { city: ' City', county: ' County', district: ' District' }[kind];
  }
  return { name_pinyin: py, name_en: en };
}

// ---------------------------------------------------------------------------
// Build rows.

const LEVEL_ORDER = { province: 0, prefecture: 1, county: 2 };
const rows = [];
for (const [level, list] of [
  ['province', province],
  ['prefecture', prefectures],
  ['county', counties],
]) {
  for (const { code, name, old_code = '', old_name = '' } of list) {
    expect(/^41\d{4}$/.test(code), `6-digit Henan code: ${code}`);
    const oldCodes = old_code ? old_code.split(';') : [];
    const oldNames = old_name ? old_name.split(';') : [];
    expect(oldCodes.length === oldNames.length, `as many old codes as old names in ${code}`);
    for (const c of oldCodes) expect(/^41\d{4}$/.test(c) && c !== code, `old code ${c} of ${code}`);
    rows.push({
      code,
      level,
      name_zh: name,
      ...romanise(name, level, code),
      old_code,
      old_name_zh: old_name,
      old_name_en: oldNames.map((n) => romanise(n, level, '').name_en).join(';'),
    });
  }
}
rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]));

// Checks.
const byKey = new Set(rows.map((r) => `${r.code}/${r.level}`));
expect(byKey.size === rows.length, 'code+level unique');
const codeCount = {};
for (const r of rows) codeCount[r.code] = (codeCount[r.code] ?? 0) + 1;
const shared = Object.keys(codeCount).filter((c) => codeCount[c] > 1);
// 济源市 419001 is both a prefecture-level unit and a feature of the counties
// layer, so it has one row per level. No other code may repeat.
expect(shared.length === 1 && shared[0] === '419001', `only 419001 repeats (got ${shared})`);
for (const r of rows) {
  for (const k of ['code', 'level', 'name_zh', 'name_pinyin', 'name_en']) {
    expect(r[k] && r[k].trim() === r[k], `non-empty, trimmed ${k} in ${r.code}`);
  }
  for (const k of ['name_pinyin', 'name_en']) {
    expect(/^[A-Z][A-Za-z' ]*$/.test(r[k]), `plain ASCII letters in ${k} of ${r.code}: ${r[k]}`);
  }
}
for (const base of Object.keys(OVERRIDES)) {
  expect(usedOverrides.has(base), `override ${base} matched a name`);
}
for (const base of Object.keys(CHECKED)) {
  expect(usedChecked.has(base), `pinned reading ${base} matched a name`);
}

// ---------------------------------------------------------------------------
// Write.

const COLS = ['code', 'level', 'name_zh', 'name_pinyin', 'name_en', 'old_code', 'old_name_zh', 'old_name_en'];
const csvField = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = [COLS.join(','), ...rows.map((r) => COLS.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';

let old = null;
try {
  old = readFileSync(OUT, 'utf8');
} catch {
  /* first run */
}
writeFileSync(OUT, csv, 'utf8');
const pkg = JSON.parse(readFileSync(resolve(HERE, 'node_modules/pinyin-pro/package.json'), 'utf8'));
console.log(
  `${OUT}: ${rows.length} rows (pinyin-pro ${pkg.version}; overrides: ${[...usedOverrides].join(', ')})` +
    (old === null ? '' : old === csv ? ' — unchanged' : ' — CHANGED'),
);
