// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectloader.h"

#include "project.h"
#include "store/projectstore.h"
#include "store/vectorfilereader.h"

#include "geo/coordinatetransform.h"
#include <QFileInfo>

#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace ecoplan {
namespace {

/// Drawing order for the reference layers (bottom first); other layers go on top in file order. The canal
/// lies above the villages, which line it, so that it stays visible at the province's scale.
int referenceOrder(const QString &name)
{
    static const QStringList order = {QStringLiteral("prefectures"), QStringLiteral("counties"),
                                      QStringLiteral("canal_zones"), QStringLiteral("mines"),
                                      QStringLiteral("lakes"),       QStringLiteral("rivers"),
                                      QStringLiteral("province"),    QStringLiteral("villages"),
                                      QStringLiteral("snwd_canal"),  QStringLiteral("outfalls")};
    const int i = static_cast<int>(order.indexOf(name));
    return i < 0 ? 100 : i;
}

std::shared_ptr<VectorLayer> makeLayer(ReadLayer read, const QString &path, const QString &format)
{
    auto layer = std::make_shared<VectorLayer>();
    layer->id = read.name;
    layer->title = ProjectLoader::layerTitle(read.name);
    layer->sourcePath = path;
    layer->sourceLayer = read.name;
    layer->format = format;
    layer->style = LayerStyle::defaultFor(read.name, read.table);
    // LayerData::build, run for all layers in parallel by buildAll, adds the display geometry.
    layer->pendingTable = std::make_shared<const FeatureTable>(std::move(read.table));
    return layer;
}

Result<std::shared_ptr<VectorLayer>> storedLayer(const ProjectStore &store, const QString &name,
                                                 QStringList *warnings)
{
    auto read = store.readLayer(name);
    if (!read)
        return Result<std::shared_ptr<VectorLayer>>::failure(read.error());
    *warnings += read->warnings;
    auto layer = makeLayer(std::move(read).value(), store.path(), QStringLiteral("GPKG"));
    layer->provenance = store.layerProvenance(name);
    layer->isReadOnly = store.isReadOnly();
    // The style saved in the project, else the one we ship for the layer.
    const QHash<QString, LayerStyle> styles = store.layerStyles(warnings);
    if (const auto it = styles.find(name); it != styles.end())
        layer->style = *it;
    return layer;
}

void buildAll(std::vector<std::shared_ptr<VectorLayer>> &layers, const Crs &display)
{
    QtConcurrent::blockingMap(layers, [&display](const std::shared_ptr<VectorLayer> &l) {
        l->data = LayerData::build(std::move(l->pendingTable), display);
    });
}

} // namespace

QString ProjectLoader::layerTitle(const QString &layerName)
{
    static const struct
    {
        const char *layer;
        const char *title;
    } titles[] = {
        {"province", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "Province boundary")},
        {"prefectures", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "Prefecture-level cities")},
        {"counties", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "Counties and districts")},
        {"rivers", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "Rivers")},
        {"lakes", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "Lakes and reservoirs")},
        {"snwd_canal", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "South-to-North canal (schematic)")},
        {"outfalls", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "Sewage outfalls")},
        {"mines", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "Historical mines")},
        {"villages", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "Villages")},
        {"canal_zones", QT_TRANSLATE_NOOP("ecoplan::ProjectLoader", "Canal protection zones")},
    };
    for (const auto &t : titles) {
        if (layerName == QLatin1String(t.layer))
            return tr(t.title);
    }
    return layerName;
}

Result<std::unique_ptr<Project>> ProjectLoader::openProject(const QString &path, const Crs &display,
                                                            bool forEditing)
{
    auto opened = ProjectStore::open(path, forEditing ? ProjectStore::Access::ReadWrite
                                                      : ProjectStore::Access::ReadOnly);
    if (!opened)
        return Result<std::unique_ptr<Project>>::failure(opened.error());
    std::unique_ptr<ProjectStore> store = std::move(opened).value();

    // PROJ's first look-up in its database takes tens of milliseconds: do it while GDAL reads.
    QFuture<void> warmUp = QtConcurrent::run([display] { CoordinateTransform(Crs::wgs84(), display); });
    std::vector<std::shared_ptr<VectorLayer>> layers;
    QStringList warnings = store->warnings();
    for (const QString &name : store->featureLayerNames()) {
        auto layer = storedLayer(*store, name, &warnings);
        if (!layer)
            return Result<std::unique_ptr<Project>>::failure(layer.error());
        layers.push_back(std::move(layer).value());
    }
    warmUp.waitForFinished();
    buildAll(layers, display);
    std::stable_sort(layers.begin(), layers.end(), [](const auto &a, const auto &b) {
        return referenceOrder(a->id) < referenceOrder(b->id);
    });

    auto project = std::make_unique<Project>();
    project->setDisplayCrs(display);
    project->setStore(std::move(store));
    project->addLayers(std::move(layers));
    project->addLoadWarnings(warnings);
    return project;
}

Result<std::shared_ptr<VectorLayer>> ProjectLoader::readStoredLayer(const ProjectStore &store,
                                                                    const QString &name, const Crs &display)
{
    QStringList warnings;
    auto layer = storedLayer(store, name, &warnings);
    if (layer) {
        std::vector<std::shared_ptr<VectorLayer>> one = {*layer};
        buildAll(one, display);
    }
    return layer;
}

Result<std::vector<std::shared_ptr<VectorLayer>>>
ProjectLoader::readVectorFile(const QString &path, const Crs &display, QStringList *warnings)
{
    using R = Result<std::vector<std::shared_ptr<VectorLayer>>>;
    auto contents = VectorFileReader::read(path);
    if (!contents)
        return R::failure(contents.error());
    std::vector<std::shared_ptr<VectorLayer>> layers;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool single = contents->layers.size() == 1;
    for (ReadLayer &read : contents->layers) {
        if (warnings)
            *warnings += read.warnings;
        // A one-layer file is named after the file, which users recognise better than "OGRGeoJSON".
        const QString title = single ? QFileInfo(path).completeBaseName() : read.name;
        auto layer = makeLayer(std::move(read), absolute, contents->format);
        layer->title = title;
        layer->provenance.source = absolute;
        layers.push_back(std::move(layer));
    }
    buildAll(layers, display);
    return layers;
}

} // namespace ecoplan
