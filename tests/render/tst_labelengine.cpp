// SPDX-License-Identifier: GPL-3.0-or-later
// Protects label placement: no two placed labels overlap, all stay inside the view, crowded maps drop
// labels rather than pile them up, prefectures win over counties, placement is deterministic, and the
// English map uses the pinyin names.
#include "project/project.h"
#include "project/projectloader.h"
#include "render/labelengine.h"
#include "testsupport.h"

#include <QImage>
#include <QTest>

using namespace ecoplan;

class TstLabelEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noOverlaps_data();
    void noOverlaps();
    void crowdedViewDropsLabels();
    void prefecturesHavePriority();
    void deterministic();
    void englishNames();

private:
    std::vector<PlacedLabel> place(const MapSettings &s, std::size_t *candidates = nullptr) const;
    MapSettings view(int w, int h) const;
    std::unique_ptr<Project> m_project;
};

void TstLabelEngine::initTestCase()
{
    test::setUpFonts();
    auto p = ProjectLoader::openProject(test::demoProject());
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
}

MapSettings TstLabelEngine::view(int w, int h) const
{
    MapSettings s;
    s.outputSize = QSize(w, h);
    s.setExtent(m_project->fullExtent());
    return s;
}

std::vector<PlacedLabel> TstLabelEngine::place(const MapSettings &s, std::size_t *candidates) const
{
    LabelEngine engine(s);
    for (const LayerSnapshot &l : snapshotLayers(*m_project, s))
        engine.addLayer(l);
    if (candidates)
        *candidates = engine.candidateCount();
    QImage device(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    device.setDotsPerMeterX(qRound(s.dpi / 0.0254));
    device.setDotsPerMeterY(qRound(s.dpi / 0.0254));
    return engine.place(&device);
}

void TstLabelEngine::noOverlaps_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("zoom");
    QTest::newRow("1920x1080 province") << QSize(1920, 1080) << 1.0;
    QTest::newRow("800x600 province") << QSize(800, 600) << 1.0;
    QTest::newRow("1200x900 zoomed x4") << QSize(1200, 900) << 4.0;
    QTest::newRow("3000x2000 province") << QSize(3000, 2000) << 1.0;
}

void TstLabelEngine::noOverlaps()
{
    QFETCH(QSize, size);
    QFETCH(double, zoom);
    MapSettings s = view(size.width(), size.height());
    s.mapUnitsPerPixel /= zoom;
    const auto labels = place(s);
    QVERIFY(labels.size() > 10);
    const QRectF viewRect(QPointF(0, 0), QSizeF(size));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        QVERIFY(viewRect.contains(labels[i].rect));
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].rect.intersects(labels[j].rect),
                     qPrintable(QStringLiteral("%1 overlaps %2").arg(labels[i].text, labels[j].text)));
    }
}

void TstLabelEngine::crowdedViewDropsLabels()
{
    std::size_t candidates = 0;
    const auto small = place(view(400, 300), &candidates);
    QVERIFY(candidates >= 150);
    QVERIFY2(small.size() < candidates / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(small.size()).arg(candidates)));
    const auto large = place(view(3000, 2000));
    QVERIFY(large.size() > small.size());
}

void TstLabelEngine::prefecturesHavePriority()
{
    // Even in a cramped view, every prefecture name is placed before any county name can block it.
    const auto labels = place(view(900, 700));
    int prefectures = 0;
    for (const PlacedLabel &l : labels) {
        if (l.font.bold())
            ++prefectures;
    }
    QCOMPARE(prefectures, 18);
}

void TstLabelEngine::deterministic()
{
    const MapSettings s = view(1920, 1080);
    const auto a = place(s), b = place(s);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].text, b[i].text);
        QCOMPARE(a[i].rect, b[i].rect);
    }
}

void TstLabelEngine::englishNames()
{
    MapSettings s = view(1920, 1080);
    s.labelsInEnglish = true;
    const auto labels = place(s);
    QStringList texts;
    for (const PlacedLabel &l : labels)
        texts << l.text;
    QVERIFY(texts.contains(QStringLiteral("Zhengzhou")));
    QVERIFY(texts.contains(QStringLiteral("Xuchang")));
    QVERIFY(!texts.contains(QStringLiteral("郑州市")));
}

QTEST_MAIN(TstLabelEngine)
#include "tst_labelengine.moc"
