// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan render`: draws a project (and extra files) to PNG, PDF or SVG with the canvas's renderer,
// optionally timing repeated renders and printing the figures as one JSON object.
#include "command.h"

#include "geo/coordinatetransform.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "render/fontsetup.h"
#include "render/layersnapshot.h"
#include "render/mapexporter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace ecoplan::cli {
namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    err() << "ecoplan render: " << message << Qt::endl;
    return 1;
}

/// "minx,miny,maxx,maxy[,crs]" in the given CRS (default: the display CRS) → display CRS.
Result<QRectF> parseExtent(const QString &text, const Crs &display)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4 && parts.size() != 5)
        return Result<QRectF>::failure(
            QStringLiteral("--extent wants minx,miny,maxx,maxy[,crs], got “%1”").arg(text));
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return Result<QRectF>::failure(QStringLiteral("--extent: “%1” is not a number").arg(parts[i]));
    }
    QRectF r(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    if (r.width() <= 0 || r.height() <= 0)
        return Result<QRectF>::failure(QStringLiteral("--extent: max must exceed min"));
    if (parts.size() == 5) {
        const Crs crs = Crs::fromDefinition(parts[4].trimmed());
        if (!crs.isValid())
            return Result<QRectF>::failure(QStringLiteral("--extent: unknown CRS “%1”").arg(parts[4]));
        r = CoordinateTransform(crs, display).transformBounds(r);
    }
    return r;
}

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("project"), QStringLiteral("Project GeoPackage."), QStringLiteral("file")},
        {QStringLiteral("layers"),
         QStringLiteral("Comma-separated layer ids to draw (default: the visible ones)."),
         QStringLiteral("ids")},
        {QStringLiteral("add-layer"),
         QStringLiteral("Adds every vector layer of a file GDAL reads (repeatable)."),
         QStringLiteral("file")},
        {QStringLiteral("extent"), QStringLiteral("minx,miny,maxx,maxy[,crs]; default: full extent."),
         QStringLiteral("extent")},
        {QStringLiteral("crs"), QStringLiteral("Display CRS (default EPSG:4547)."), QStringLiteral("crs")},
        {QStringLiteral("size"), QStringLiteral("Output size in pixels, WxH."), QStringLiteral("WxH")},
        {QStringLiteral("dpi"), QStringLiteral("Resolution (default 96)."), QStringLiteral("dpi"),
         QStringLiteral("96")},
        {QStringLiteral("lang"), QStringLiteral("Label language: zh (default) or en."),
         QStringLiteral("lang")},
        {QStringLiteral("no-labels"), QStringLiteral("Draw no labels.")},
        {QStringLiteral("out"), QStringLiteral("map.png, map.pdf or map.svg"), QStringLiteral("file")},
        {QStringLiteral("repeat"), QStringLiteral("Render N more times (timings)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("timings"),
         QStringLiteral("Print load_ms, first_frame_ms, render_median_ms, features as JSON.")},
    };
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(options());
    parser.process(arguments.mid(1));

    const QString out = parser.value(QStringLiteral("out"));
    if (!MapExporter::isSupported(out))
        return fail(QStringLiteral("--out must name a .png, .pdf or .svg file"));
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const int width = size.value(0).toInt(), height = size.value(1).toInt();
    if (size.size() != 2 || width <= 0 || height <= 0 || width > 20000 || height > 20000)
        return fail(QStringLiteral("--size must be WxH in pixels, e.g. 1920x1080"));
    const double dpi = parser.value(QStringLiteral("dpi")).toDouble();
    if (dpi < 10 || dpi > 2400)
        return fail(QStringLiteral("--dpi must be between 10 and 2400"));
    Crs display = Crs::defaultDisplay();
    if (parser.isSet(QStringLiteral("crs"))) {
        display = Crs::fromDefinition(parser.value(QStringLiteral("crs")));
        if (!display.isValid())
            return fail(QStringLiteral("unknown CRS “%1”").arg(parser.value(QStringLiteral("crs"))));
    }
    if (!parser.isSet(QStringLiteral("project")) && !parser.isSet(QStringLiteral("add-layer")))
        return fail(QStringLiteral("give --project FILE and/or --add-layer FILE"));
    registerLabelFont();

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Project> project;
    if (parser.isSet(QStringLiteral("project"))) {
        auto opened = ProjectLoader::openProject(parser.value(QStringLiteral("project")), display);
        if (!opened)
            return fail(opened.error());
        project = std::move(opened).value();
    } else {
        project = std::make_unique<Project>();
        project->setDisplayCrs(display);
    }
    for (const QString &file : parser.values(QStringLiteral("add-layer"))) {
        QStringList warnings;
        auto layers = ProjectLoader::readVectorFile(file, display, &warnings);
        if (!layers)
            return fail(layers.error());
        for (const QString &w : std::as_const(warnings))
            err() << "ecoplan render: warning: " << w << Qt::endl;
        project->addLayers(std::move(layers).value());
    }
    const double loadMs = timer.nsecsElapsed() / 1e6;

    MapSettings settings;
    settings.outputSize = QSize(width, height);
    settings.dpi = dpi;
    settings.crs = display;
    settings.hasLabels = !parser.isSet(QStringLiteral("no-labels"));
    settings.labelsInEnglish = parser.value(QStringLiteral("lang")) == QLatin1String("en");
    if (parser.isSet(QStringLiteral("layers"))) {
        settings.layerIds =
            parser.value(QStringLiteral("layers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : std::as_const(settings.layerIds)) {
            if (!project->layer(id))
                return fail(QStringLiteral("no layer “%1”; the project has: %2").arg(id, [&] {
                    QStringList ids;
                    for (const auto &l : project->layers())
                        ids << l->id;
                    return ids.join(QStringLiteral(", "));
                }()));
        }
        // Listed layers are drawn even if hidden by default; keep the project's drawing order.
        std::sort(settings.layerIds.begin(), settings.layerIds.end(),
                  [&](const QString &a, const QString &b) {
                      return project->layerIndex(a) < project->layerIndex(b);
                  });
    }
    if (parser.isSet(QStringLiteral("extent"))) {
        auto extent = parseExtent(parser.value(QStringLiteral("extent")), display);
        if (!extent)
            return fail(extent.error());
        settings.setExtent(*extent);
    } else {
        const QRectF full = project->fullExtent();
        if (full.isNull())
            return fail(QStringLiteral("nothing to draw: the layers are empty"));
        // A 2% margin so that the outline is not cut by the image edge.
        settings.setExtent(full.adjusted(-full.width() * 0.02, -full.height() * 0.02, full.width() * 0.02,
                                         full.height() * 0.02));
    }
    const std::vector<LayerSnapshot> layers = snapshotLayers(*project, settings);

    // A raster frame is timed as rendered, as a GIS's own figures are; compressing the PNG is write_ms.
    // A PDF or SVG "frame" is the whole document, written.
    const bool isRaster = out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    auto renderOnce = [&](int *features) -> Result<std::pair<double, QImage>> {
        QElapsedTimer t;
        t.start();
        if (isRaster) {
            QImage image = MapExporter::renderImage(settings, layers, features);
            return std::pair{t.nsecsElapsed() / 1e6, std::move(image)};
        }
        const auto written = MapExporter::write(out, settings, layers);
        if (!written)
            return Result<std::pair<double, QImage>>::failure(written.error());
        if (features)
            *features = *written;
        return std::pair{t.nsecsElapsed() / 1e6, QImage()};
    };
    int features = 0;
    auto first = renderOnce(&features);
    if (!first)
        return fail(first.error());
    const double firstFrameMs = first->first;
    timer.restart();
    if (isRaster && !first->second.save(out))
        return fail(QStringLiteral("cannot write “%1”").arg(out));
    const double writeMs = timer.nsecsElapsed() / 1e6;

    const int repeat = parser.value(QStringLiteral("repeat")).toInt();
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i)
        times.push_back(renderOnce(nullptr)->first);
    if (parser.isSet(QStringLiteral("timings"))) {
        std::sort(times.begin(), times.end());
        const double median =
            times.empty() ? firstFrameMs
                          : (times.size() % 2 ? times[times.size() / 2]
                                              : (times[times.size() / 2 - 1] + times[times.size() / 2]) / 2);
        const QJsonObject o{{QStringLiteral("load_ms"), qRound(loadMs * 10) / 10.0},
                            {QStringLiteral("first_frame_ms"), qRound(firstFrameMs * 10) / 10.0},
                            {QStringLiteral("render_median_ms"), qRound(median * 10) / 10.0},
                            {QStringLiteral("write_ms"), qRound(writeMs * 10) / 10.0},
                            {QStringLiteral("repeats"), repeat},
                            {QStringLiteral("features"), features},
                            {QStringLiteral("size"), QStringLiteral("%1x%2").arg(width).arg(height)}};
        QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}

} // namespace

Command renderCommand()
{
    return {QStringLiteral("render"),
            QT_TRANSLATE_NOOP("ecoplan::cli", "Draw a project's map to PNG, PDF or SVG without a display."),
            QStringLiteral("--project P.gpkg --size WxH --out map.png|map.pdf|map.svg [options]"), options(),
            run};
}

} // namespace ecoplan::cli
