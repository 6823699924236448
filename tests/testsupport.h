// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/featuretable.h"
#include "layer/layerdata.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <random>
#include <vector>

namespace ecoplan::test {

/// The demo project built with the tests (path from the environment set by CTest).
QString demoProject();
/// The bundled reference GeoPackage.
QString referenceGpkg();
/// The gazetteer CSV copied into the build tree (data/gazetteer/henan-gazetteer.csv).
QString gazetteerCsv();
/// The ecoplan executable, for command-line tests.
QString ecoplanBinary();
/// What a run of the ecoplan executable gave.
struct ProcessRun
{
    int exitCode;
    QString out;
    QString err;
};
/// Runs the ecoplan executable with `args` and waits (two minutes at most, then exit code -1).
ProcessRun runEcoplan(const QStringList &args);
/// Copies `source` into `dir` and returns the copy's path (tests never change the originals).
QString copyInto(const QTemporaryDir &dir, const QString &source, const QString &name = {});
/// A copy of the demo project without its sample outfalls, mines and villages, for tests that count the
/// features they add to an empty layer.
QString copyDemoWithoutSamples(const QTemporaryDir &dir, const QString &name);
/// The fields of a layer of the demo project as the reader gives them (empty if it cannot be read).
QList<Field> demoLayerFields(const QString &layer);
/// A layer made in memory: `geometries` in longitude/latitude (CGCS2000), one attribute list per feature
/// (fids 1, 2, …), reprojected into `display` as a loaded layer would be.
std::shared_ptr<const LayerData> memoryLayer(GeometryKind kind, std::vector<Geometry> geometries,
                                             const QList<Field> &fields, std::vector<QVariantList> attributes,
                                             const Crs &display = Crs::defaultDisplay());
/// `count` seeded random points, uniform in longitude/latitude over Henan's bounding box.
std::vector<QPointF> randomPointsInHenan(std::size_t count, std::mt19937_64 &rng);
/// A closed square ring from `corner` (lower left) with sides of `size` (same units), as flat geometry.
Geometry squareRing(const QPointF &corner, double size);
/// Registers the label font as the application would.
void setUpFonts();

} // namespace ecoplan::test
