#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite (benchmarks and long fuzz runs are
# labelled bench/fuzz-long and run only when asked: ctest --test-dir build -L bench).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=${BUILD_DIR:-$root/build}
"$root/installer/bootstrap.sh"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -LE 'bench|fuzz-long' "$@"
