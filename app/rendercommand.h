// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ecoplan {

/// `ecoplan render`: draws a project (and extra files) to PNG, PDF or SVG with the canvas's renderer,
/// optionally timing repeated renders and printing the figures as one JSON object.
int runRenderCommand(const QStringList &arguments);

} // namespace ecoplan
