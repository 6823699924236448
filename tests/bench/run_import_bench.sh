#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import benchmark: `ecoplan import` of a seeded 100,000-row CSV (name, lon, lat, status, discharge) into the
# outfalls layer of a copy of the demo project, in one transaction. Prints the machine and rows/s.
# Usage: run_import_bench.sh ECOPLAN_BIN DEMO_GPKG OUT_DIR [ROWS]
set -euo pipefail
ecoplan=$1; demo=$2; out=$3; rows=${4:-100000}; runs=${RUNS:-3}
export QT_QPA_PLATFORM=offscreen
mkdir -p "$out"
csv="$out/outfalls-$rows.csv"
# Points on a grid over central Henan (112.5–115.5 E, 33–35.5 N), all inside the province.
[ -f "$csv" ] || awk -v n="$rows" 'BEGIN {
  print "名称,经度,纬度,状态,排放量";
  for (i = 0; i < n; i++)
    printf "排口%d,%.6f,%.6f,%s,%d\n", i, 112.8 + (i % 400) * 0.006, 33.3 + int(i / 400) * 0.008, (i % 2 ? "推进中" : "not_started"), i % 5000
}' > "$csv"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME")"
for run in $(seq "$runs"); do
  cp "$demo" "$out/import.gpkg"; rm -f "$out/import.gpkg-wal" "$out/import.gpkg-shm"
  "$ecoplan" import "$csv" --project "$out/import.gpkg" --layer outfalls --x 经度 --y 纬度 --crs 4490 \
    --map 名称=name --map 状态=status --map 排放量=discharge_m3_per_day --timings | tail -n 1
done
