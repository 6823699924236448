// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/featuretable.h"

#include <QString>
#include <QTemporaryDir>

namespace ecoplan::test {

/// The demo project built with the tests (path from the environment set by CTest).
QString demoProject();
/// The bundled reference GeoPackage.
QString referenceGpkg();
/// The gazetteer CSV copied into the build tree (data/gazetteer/henan-gazetteer.csv).
QString gazetteerCsv();
/// The ecoplan executable, for command-line tests.
QString ecoplanBinary();
/// Copies `source` into `dir` and returns the copy's path (tests never change the originals).
QString copyInto(const QTemporaryDir &dir, const QString &source, const QString &name = {});
/// A copy of the demo project without its sample outfalls, mines and villages, for tests that count the
/// features they add to an empty layer.
QString copyDemoWithoutSamples(const QTemporaryDir &dir, const QString &name);
/// The fields of a layer of the demo project as the reader gives them (empty if it cannot be read).
QList<Field> demoLayerFields(const QString &layer);
/// Registers the label font as the application would.
void setUpFonts();

} // namespace ecoplan::test
