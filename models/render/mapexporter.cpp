// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexporter.h"

#include "renderjob.h"
#include "rendermap.h"
#include "samplenote.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace ecoplan {
namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool MapExporter::isSupported(const QString &path)
{
    const QString s = suffixOf(path);
    return s == QLatin1String("png") || s == QLatin1String("pdf") || s == QLatin1String("svg");
}

QImage MapExporter::renderImage(const MapSettings &settings, const std::vector<LayerSnapshot> &layers,
                                int *featuresDrawn)
{
    RenderJob job(settings, layers);
    job.start();
    job.waitForFinished();
    if (featuresDrawn)
        *featuresDrawn = job.featuresDrawn();
    QImage image = job.image();
    if (!image.isNull() && SampleNote::isNeeded(layers)) {
        QPainter painter(&image);
        SampleNote::draw(painter, QSizeF(settings.outputSize), settings.dpi);
    }
    return image;
}

Result<int> MapExporter::write(const QString &path, const MapSettings &settings,
                               const std::vector<LayerSnapshot> &layers)
{
    const QString suffix = suffixOf(path);
    const QString cannotWrite =
        tr("Cannot write “%1”: check that the folder exists and you may write there.").arg(path);
    if (suffix == QLatin1String("png")) {
        int features = 0;
        const QImage image = renderImage(settings, layers, &features);
        if (image.isNull() || !image.save(path))
            return Result<int>::failure(cannotWrite);
        return features;
    }
    RenderStats stats;
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setCreator(QStringLiteral("EcoPlan Workbench"));
        pdf.setResolution(qRound(settings.dpi));
        const QSizeF mm(settings.outputSize.width() * 25.4 / settings.dpi,
                        settings.outputSize.height() * 25.4 / settings.dpi);
        pdf.setPageSize(QPageSize(mm, QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        if (!p.isActive())
            return Result<int>::failure(cannotWrite);
        stats = renderMap(p, settings, layers);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(settings.outputSize);
        svg.setViewBox(QRect(QPoint(0, 0), settings.outputSize));
        svg.setResolution(qRound(settings.dpi));
        svg.setTitle(QStringLiteral("EcoPlan Workbench map"));
        QPainter p(&svg);
        if (!p.isActive())
            return Result<int>::failure(cannotWrite);
        stats = renderMap(p, settings, layers);
    } else {
        return Result<int>::failure(tr("“%1”: choose a .png, .pdf or .svg file name.").arg(path));
    }
    return stats.featuresDrawn;
}

} // namespace ecoplan
