#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, with apt, the Debian 12 packages EcoPlan Workbench builds and tests with.
# Only missing packages are installed, so a second run is quick and needs no network.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-svg-dev qt6-charts-dev qt6-positioning-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  # GIS libraries
  libboost-dev
  libgdal-dev gdal-bin libproj-dev proj-bin proj-data libgeos-dev libsqlite3-dev sqlite3
  # GDAL's GeoPackage validator (validate_gpkg.py) and Python for the test helpers
  python3 python3-gdal
  # documents
  libpoppler-qt6-dev libquazip1-qt6-dev
  # pinyin search of Chinese plan titles (ICU's Han-Latin transliterator)
  libicu-dev
  # TrueType CJK font: keeps Chinese text searchable in PDF/SVG (see docs/ARCHITECTURE.md)
  fonts-wqy-zenhei
  # headless runs and checks of exported documents
  xvfb xauth poppler-utils
  # encrypts a PDF for the document reader's test
  qpdf
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
