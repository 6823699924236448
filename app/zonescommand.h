// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ecoplan {

/// `ecoplan zones --project P [--primary M] [--secondary M] [--management M] [--segment CODE]`: builds the
/// canal's protection zones (models/geoprocess/protectionzones.h) and replaces the project's canal_zones
/// in one transaction. Widths not given are those each stretch was last built with, else the defaults;
/// --segment limits the new widths to one prefecture's stretch. Prints each stretch's widths and zone areas.
/// Errors: one line on stderr and exit code 1.
int runZonesCommand(const QStringList &arguments);

} // namespace ecoplan
