// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layersnapshot.h"
#include "mapsettings.h"

#include <QCoreApplication>
#include <QImage>

namespace ecoplan {

/// Writes a map to a file, chosen by suffix: .png through a parallel RenderJob, .pdf (QPdfWriter) and .svg
/// (QSvgGenerator) through renderMap, which keeps geometry as vectors and labels as searchable text.
/// Any thread for PDF/SVG; PNG waits for worker threads.
class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::MapExporter)
public:
    static bool isSupported(const QString &path);
    /// Returns the number of features drawn.
    static Result<int> write(const QString &path, const MapSettings &settings,
                             const std::vector<LayerSnapshot> &layers);
    /// Renders to an image with the canvas's parallel pipeline.
    static QImage renderImage(const MapSettings &settings, const std::vector<LayerSnapshot> &layers,
                              int *featuresDrawn = nullptr);
};

} // namespace ecoplan
