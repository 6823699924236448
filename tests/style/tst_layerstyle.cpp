// SPDX-License-Identifier: GPL-3.0-or-later
// A layer's style as the project keeps it: JSON round trip, saved with the project (close and reopen),
// one undo step per change, opacity drags merged, scale ranges, and the demo's shipped styles.
#include "commands/setlayerstyle.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "render/layersnapshot.h"
#include "store/projectstore.h"
#include "style/classification.h"
#include "style/stylejson.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

using namespace ecoplan;

namespace {

/// A style that differs from the defaults in every field the JSON holds.
LayerStyle everything()
{
    LayerStyle s;
    s.renderer = LayerStyle::Renderer::Graduated;
    s.symbol.fill = QColor(10, 20, 30, 40);
    s.symbol.fillPattern = Qt::DiagCrossPattern;
    s.symbol.stroke = QColor();
    s.symbol.strokeWidthMm = 0.8;
    s.symbol.strokeStyle = Qt::DashDotLine;
    s.symbol.casing = QColor(1, 2, 3);
    s.symbol.casingWidthMm = 1.7;
    s.symbol.marker = Symbol::Marker::Star;
    s.symbol.markerSizeMm = 3.5;
    s.categoryField = QStringLiteral("population");
    Symbol a = s.symbol, b = s.symbol;
    a.fill = Qt::yellow;
    b.fill = Qt::red;
    s.categories = {{QStringLiteral("x"), QStringLiteral("X / x"), a}, {qlonglong(7), QStringLiteral("seven"), b}};
    s.ranges = {{0, 500, QStringLiteral("0 – 500"), a}, {500, 2500.5, QStringLiteral("500 – 2500.5"), b}};
    s.label = {true, QStringLiteral("name"), QStringLiteral("name_en"), 11.5, true, QColor(9, 8, 7),
               QColor(), 0.9, 3, 250000, LabelStyle::Placement::Over};
    s.opacity = 0.55;
    s.minScaleDenominator = 5000;
    s.maxScaleDenominator = 4000000;
    return s;
}

/// The villages' style a planner would make: graduated by population, labelled, shown from 1:500 000.
LayerStyle villagesByPopulation(const VectorLayer &villages)
{
    LayerStyle s = villages.style;
    s.renderer = LayerStyle::Renderer::Graduated;
    s.categoryField = QStringLiteral("population");
    std::vector<double> values;
    const FeatureTable &t = villages.data->table();
    const int field = t.fieldIndex(s.categoryField);
    for (const QVariantList &row : t.attributes)
        values.push_back(row.value(field).toDouble());
    s.ranges = classification::ranges(values, classification::Method::NaturalBreaks, 4,
                                      {QColor(0xff, 0xff, 0xb2), QColor(0xbd, 0x00, 0x26)}, s.symbol, t.kind);
    s.label.isEnabled = true;
    s.label.field = QStringLiteral("name");
    s.label.placement = LabelStyle::Placement::Over;
    s.maxScaleDenominator = 500000;
    s.opacity = 0.8;
    return s;
}

std::unique_ptr<Project> open(const QString &path)
{
    auto p = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
    return p ? std::move(p).value() : nullptr;
}

} // namespace

class TstLayerStyle : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTrip();
    void jsonErrorsNameTheLayer();
    void savedWithTheProject();
    void undoAndRedoWriteTheFile();
    void opacityDragIsOneStep();
    void scaleRangeHidesTheLayer();
    void demoWorkLayersStyledByStatus();

private:
    QTemporaryDir m_dir;
};

void TstLayerStyle::jsonRoundTrip()
{
    const LayerStyle s = everything();
    const Result<LayerStyle> back = stylejson::read(stylejson::write(s), QStringLiteral("test"));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(*back == s);
    // And the defaults survive too (an empty JSON object gives the default style).
    QVERIFY(*stylejson::read(stylejson::write(LayerStyle()), QStringLiteral("test")) == LayerStyle());
    QVERIFY(*stylejson::read("{}", QStringLiteral("test")) == LayerStyle());
}

void TstLayerStyle::jsonErrorsNameTheLayer()
{
    const auto bad = stylejson::read(R"({"renderer": "heatmap"})", QStringLiteral("“outfalls”"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("outfalls")) && bad.error().contains(QStringLiteral("heatmap")),
             qPrintable(bad.error()));
    QVERIFY(!stylejson::read("not json", QStringLiteral("x")).ok());
}

void TstLayerStyle::savedWithTheProject()
{
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("saved.gpkg"));
    LayerStyle changed;
    {
        auto project = open(path);
        QVERIFY(project);
        const VectorLayer *villages = project->layer(QStringLiteral("villages"));
        QVERIFY(villages && villages->data->table().size() > 0);
        changed = villagesByPopulation(*villages);
        QCOMPARE(changed.ranges.size(), 4);
        project->setLayerStyle(QStringLiteral("villages"), changed);
        QCOMPARE(project->undoStack()->count(), 1);
        QVERIFY(project->layer(QStringLiteral("villages"))->style == changed);
    }
    // Closed and opened again: the same style, read from the file.
    auto reopened = open(path);
    QVERIFY(reopened);
    QVERIFY(reopened->layer(QStringLiteral("villages"))->style == changed);
    QCOMPARE(reopened->undoStack()->count(), 0);
}

void TstLayerStyle::undoAndRedoWriteTheFile()
{
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("undo.gpkg"));
    auto project = open(path);
    QVERIFY(project);
    const QString id = QStringLiteral("outfalls");
    const LayerStyle original = project->layer(id)->style;
    LayerStyle single = original;
    single.renderer = LayerStyle::Renderer::Single;
    single.symbol.marker = Symbol::Marker::Diamond;
    project->setLayerStyle(id, single);
    auto stored = [&path, &id] {
        auto store = ProjectStore::open(path);
        return store ? (*store)->layerStyles().value(id) : LayerStyle();
    };
    QVERIFY(stored() == single);
    project->undoStack()->undo();
    QVERIFY(project->layer(id)->style == original);
    QVERIFY(stored() == original);
    project->undoStack()->redo();
    QVERIFY(project->layer(id)->style == single);
    QVERIFY(stored() == single);
    // Setting the style it already has adds no step.
    project->setLayerStyle(id, single);
    QCOMPARE(project->undoStack()->count(), 1);
}

void TstLayerStyle::opacityDragIsOneStep()
{
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("opacity.gpkg"));
    auto project = open(path);
    QVERIFY(project);
    const QString id = QStringLiteral("mines");
    const double before = project->layer(id)->style.opacity;
    for (int v = 90; v >= 40; v -= 10)
        project->setLayerOpacity(id, v / 100.0);
    QCOMPARE(project->undoStack()->count(), 1);
    QCOMPARE(project->layer(id)->style.opacity, 0.4);
    // A style change after it is its own step.
    LayerStyle s = project->layer(id)->style;
    s.symbol.strokeWidthMm = 1;
    project->setLayerStyle(id, s);
    QCOMPARE(project->undoStack()->count(), 2);
    project->undoStack()->undo();
    project->undoStack()->undo();
    QCOMPARE(project->layer(id)->style.opacity, before);
}

void TstLayerStyle::scaleRangeHidesTheLayer()
{
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("scale.gpkg"));
    auto project = open(path);
    QVERIFY(project);
    LayerStyle s = project->layer(QStringLiteral("counties"))->style;
    s.maxScaleDenominator = 1'000'000;
    project->setLayerStyle(QStringLiteral("counties"), s);
    MapSettings settings;
    settings.outputSize = QSize(1000, 800);
    settings.setExtent(project->fullExtent());
    auto has = [&](const MapSettings &m) {
        for (const LayerSnapshot &l : snapshotLayers(*project, m)) {
            if (l.id == QLatin1String("counties"))
                return true;
        }
        return false;
    };
    QVERIFY(settings.scaleDenominator() > 1'000'000);
    QVERIFY(!has(settings));
    settings.setScaleDenominator(250'000);
    QVERIFY(has(settings));
}

void TstLayerStyle::demoWorkLayersStyledByStatus()
{
    // The demo ships stored styles: outfalls, mines and villages by their status value list, with its labels.
    auto store = ProjectStore::open(test::demoProject());
    QVERIFY(store.ok());
    const QHash<QString, LayerStyle> styles = (*store)->layerStyles();
    for (const char *layer : {"outfalls", "mines", "villages"}) {
        QVERIFY2(styles.contains(QLatin1String(layer)), layer);
        const LayerStyle &s = styles[QLatin1String(layer)];
        QCOMPARE(s.renderer, LayerStyle::Renderer::Categorized);
        QCOMPARE(s.categoryField, QStringLiteral("status"));
        QCOMPARE(s.categories.size(), 4);
        QCOMPARE(s.categories[0].label, QStringLiteral("未开始 / not started"));
    }
    QVERIFY(styles.contains(QStringLiteral("prefectures")));
}

QTEST_MAIN(TstLayerStyle)
#include "tst_layerstyle.moc"
