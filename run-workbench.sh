#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens EcoPlan Workbench on the bundled Henan demo project.
# Extra arguments go to the workbench (e.g. --lang zh, or a project file).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=${BUILD_DIR:-$root/build}
"$root/installer/bootstrap.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-workbench: no display found; starting under xvfb-run (a virtual screen)" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/app/ecoplan" "$@"
fi
exec "$build_dir/app/ecoplan" "$@"
