// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ecoplan {

/// Registers GDAL's drivers once per process (thread-safe); every store entry point calls it.
void ensureGdalRegistered();

} // namespace ecoplan
