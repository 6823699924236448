#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Render benchmark: EcoPlan against QGIS (Debian's qgis/python3-qgis, if installed) on the same files at
# 1920x1080, with and without 100,000 synthetic outfalls and 5,000 synthetic mines. Prints a table.
# Usage: run_bench.sh ECOPLAN_BIN MAKE_SYNTHETIC_BIN DEMO_GPKG [QGIS_PEER_SCRIPT] [OUT_DIR]
set -euo pipefail
ecoplan=$1; make_synthetic=$2; demo=$3
peer=${4:-}; out=${5:-$(mktemp -d)}
runs=${RUNS:-10}
export QT_QPA_PLATFORM=offscreen
mkdir -p "$out"
synthetic="$out/synthetic.gpkg"
[ -f "$synthetic" ] || "$make_synthetic" "$synthetic" 100000 5000 >/dev/null

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d['$1'])"; }
ours() { "$ecoplan" render --project "$demo" --size 1920x1080 --out "$out/ecoplan.png" --repeat "$runs" --timings "$@"; }
plain=$(ours)
synth=$(ours --add-layer "$synthetic")

qgis_plain=""; qgis_synth=""
if [ -n "$peer" ] && [ -f "$peer" ] && /usr/bin/python3 -c "import qgis.core" 2>/dev/null; then
  qgis_plain=$(/usr/bin/python3 "$peer" "$demo" --runs "$runs" --labels --png "$out/qgis.png" 2>/dev/null | tr '\n' ' ')
  qgis_synth=$(/usr/bin/python3 "$peer" "$demo" --synthetic "$synthetic" --runs "$runs" --labels 2>/dev/null | tr '\n' ' ')
fi
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME")"
echo "size 1920x1080, display CRS EPSG:4547, labels on, median of $runs renders (one warm-up for QGIS)"
printf '%-34s %12s %12s %12s %12s\n' "case" "load_ms" "first_ms" "render_ms" "features"
for case in plain synth; do
  j=${!case}
  printf '%-34s %12s %12s %12s %12s\n' "EcoPlan ${case/synth/+100k points +5k polygons}" \
    "$(echo "$j" | json load_ms)" "$(echo "$j" | json first_frame_ms)" "$(echo "$j" | json render_median_ms)" "$(echo "$j" | json features)"
done
if [ -n "$qgis_plain" ]; then
  for case in qgis_plain qgis_synth; do
    j=${!case}
    label=$([ "$case" = qgis_plain ] && echo plain || echo "+100k points +5k polygons")
    printf '%-34s %12s %12s %12s %12s\n' "QGIS $(field "$j" qgis_version) $label" "$(field "$j" load_ms)" "-" \
      "$(field "$j" render_parallel_ms)" "$(echo "$j" | sed -n 's/.*features=\([0-9]*\).*/\1/p')"
  done
  echo "(QGIS load_ms only creates layer objects, it reads no features; EcoPlan's reads, reprojects and indexes them.)"
else
  echo "QGIS not measured: install qgis python3-qgis and pass shared/bench/qgis_peer.py"
fi
