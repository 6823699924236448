// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the renderer: features land where their coordinates say (Zhengzhou's fill under Zhengzhou's
// centroid), the parallel job and the synchronous renderer draw the same map, cancelling stops a job, the
// cache serves unchanged layers, and PDF output keeps Chinese labels as searchable, correct text.
#include "geo/coordinatetransform.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "render/mapexporter.h"
#include "render/rendercache.h"
#include "render/renderjob.h"
#include "render/rendermap.h"
#include "testsupport.h"

#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <ogrsf_frmts.h>

using namespace ecoplan;

class TstRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void prefectureFillUnderCentroid_data();
    void prefectureFillUnderCentroid();
    void jobMatchesSynchronousRenderer();
    void cancelledJobProducesNothing();
    void cacheServesUnchangedLayers();
    void lanesCoverEveryLayerInOrder();
    void pdfKeepsSearchableChinese();
    void svgKeepsText();

private:
    /// Centroid of a prefecture straight from the file with OGR, in lon/lat: independent of our reader.
    static QPointF ogrCentroid(const QString &code);
    static QColor expectedFill(const VectorLayer &layer, const QString &code);
    MapSettings provinceView(int w, int h) const;
    std::unique_ptr<Project> m_project;
    QTemporaryDir m_dir;
};

void TstRenderer::initTestCase()
{
    test::setUpFonts();
    auto p = ProjectLoader::openProject(test::demoProject());
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
}

QPointF TstRenderer::ogrCentroid(const QString &code)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(test::referenceGpkg().toUtf8().constData(), GDAL_OF_VECTOR));
    OGRLayer *l = ds->GetLayerByName("prefectures");
    l->SetAttributeFilter(QStringLiteral("code = '%1'").arg(code).toUtf8().constData());
    for (auto &f : *l) {
        OGRPoint c;
        f->GetGeometryRef()->Centroid(&c);
        return {c.getX(), c.getY()};
    }
    return {};
}

QColor TstRenderer::expectedFill(const VectorLayer &layer, const QString &code)
{
    for (const SymbolCategory &c : layer.style.categories) {
        if (c.value.toString() == code)
            return c.symbol.fill;
    }
    return {};
}

MapSettings TstRenderer::provinceView(int w, int h) const
{
    MapSettings s;
    s.outputSize = QSize(w, h);
    s.setExtent(m_project->fullExtent());
    return s;
}

void TstRenderer::prefectureFillUnderCentroid_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("Zhengzhou") << "410100";
    QTest::newRow("Xuchang") << "411000";
    QTest::newRow("Luoyang") << "410300";
    QTest::newRow("Xinyang") << "411500";
}

void TstRenderer::prefectureFillUnderCentroid()
{
    QFETCH(QString, code);
    MapSettings s = provinceView(1200, 900);
    s.hasLabels = false;
    s.layerIds = {QStringLiteral("prefectures")};
    const auto layers = snapshotLayers(*m_project, s);
    QImage img(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    renderMap(p, s, layers);
    p.end();

    const QPointF lonLat = ogrCentroid(code);
    QVERIFY(!lonLat.isNull());
    const QPointF px = s.toPixel(CoordinateTransform(Crs::wgs84(), s.crs).transform(lonLat));
    QVERIFY(QRectF(QPointF(0, 0), QSizeF(s.outputSize)).contains(px));
    const QColor expected = expectedFill(*m_project->layer(QStringLiteral("prefectures")), code);
    QVERIFY(expected.isValid());
    const QColor got = img.pixelColor(px.toPoint());
    QVERIFY2(std::abs(got.red() - expected.red()) <= 3 && std::abs(got.green() - expected.green()) <= 3 &&
                 std::abs(got.blue() - expected.blue()) <= 3,
             qPrintable(QStringLiteral("%1 at %2,%3: got %4, expected %5")
                            .arg(code)
                            .arg(px.x())
                            .arg(px.y())
                            .arg(got.name(), expected.name())));
    // And the map is not one flat colour: the background shows outside the province.
    QCOMPARE(img.pixelColor(2, 2), QColor(Qt::white));
}

void TstRenderer::jobMatchesSynchronousRenderer()
{
    MapSettings s = provinceView(800, 600);
    const auto layers = snapshotLayers(*m_project, s);
    QImage sync(s.outputSize, QImage::Format_ARGB32_Premultiplied);
    sync.setDotsPerMeterX(qRound(s.dpi / 0.0254));
    sync.setDotsPerMeterY(qRound(s.dpi / 0.0254));
    QPainter p(&sync);
    const RenderStats stats = renderMap(p, s, layers);
    p.end();
    int features = 0;
    const QImage parallel = MapExporter::renderImage(s, layers, &features);
    QCOMPARE(features, stats.featuresDrawn);
    QVERIFY(stats.labelsPlaced > 18);
    // Same pixels except where antialiased edges were composed from separate layer images.
    int differing = 0;
    for (int y = 0; y < sync.height(); ++y) {
        for (int x = 0; x < sync.width(); ++x) {
            const QColor a = sync.pixelColor(x, y), b = parallel.pixelColor(x, y);
            if (std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                    std::abs(a.blue() - b.blue()) >
                24)
                ++differing;
        }
    }
    QVERIFY2(differing < sync.width() * sync.height() / 200, qPrintable(QString::number(differing)));
}

void TstRenderer::cancelledJobProducesNothing()
{
    const MapSettings s = provinceView(1920, 1080);
    RenderJob job(s, snapshotLayers(*m_project, s));
    QSignalSpy finished(&job, &RenderJob::finished);
    job.start();
    job.cancel();
    QVERIFY(finished.wait(10000) || finished.count() == 1);
    QVERIFY(job.isCancelled());
    QVERIFY(job.image().isNull());
}

void TstRenderer::cacheServesUnchangedLayers()
{
    const MapSettings s = provinceView(640, 480);
    const auto layers = snapshotLayers(*m_project, s);
    RenderCache cache;
    RenderJob first(s, layers, cache);
    first.start();
    first.waitForFinished();
    first.updateCache(cache);
    QVERIFY(cache.size() > 0);
    std::vector<const LayerSnapshot *> all;
    for (const LayerSnapshot &l : layers)
        all.push_back(&l);
    const auto bounds = RenderJob::laneBounds(layers, s, QThread::idealThreadCount());
    std::vector<const LayerSnapshot *> firstLane(all.begin() + bounds[0], all.begin() + bounds[1]);
    QVERIFY(!cache.image(RenderCache::keyOf(firstLane), s).isNull());
    // Another view, or a new revision of a layer in the lane, is not served from the cache.
    MapSettings moved = s;
    moved.center += QPointF(1000, 0);
    QVERIFY(cache.image(RenderCache::keyOf(firstLane), moved).isNull());
    LayerSnapshot restyled = *firstLane.front();
    ++restyled.revision;
    firstLane.front() = &restyled;
    QVERIFY(cache.image(RenderCache::keyOf(firstLane), s).isNull());
    // A job whose lanes are all cached draws the same picture.
    RenderJob second(s, layers, cache);
    second.start();
    second.waitForFinished();
    QCOMPARE(second.image(), first.image());
}

void TstRenderer::lanesCoverEveryLayerInOrder()
{
    const MapSettings s = provinceView(1920, 1080);
    const auto layers = snapshotLayers(*m_project, s);
    for (int threads : {1, 2, 3, 8}) {
        const auto bounds = RenderJob::laneBounds(layers, s, threads);
        QCOMPARE(bounds.front(), std::size_t(0));
        QCOMPARE(bounds.back(), layers.size());
        QCOMPARE(bounds.size() - 1, std::min<std::size_t>(std::size_t(threads), layers.size()));
        for (std::size_t i = 1; i < bounds.size(); ++i)
            QVERIFY(bounds[i] > bounds[i - 1]); // no empty lane
    }
}

void TstRenderer::pdfKeepsSearchableChinese()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (Debian poppler-utils) is not installed");
    // Zhengzhou city at a scale where its districts, 金水区 among them, are labelled.
    MapSettings s;
    s.outputSize = QSize(1600, 1200);
    s.dpi = 150;
    const CoordinateTransform t(Crs::wgs84(), s.crs);
    s.setExtent(t.transformBounds(QRectF(QPointF(113.3, 34.55), QPointF(114.0, 34.95))));
    const QString pdf = m_dir.filePath(QStringLiteral("zhengzhou.pdf"));
    auto written = MapExporter::write(pdf, s, snapshotLayers(*m_project, s));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QProcess proc;
    proc.start(pdftotext, {pdf, QStringLiteral("-")});
    QVERIFY(proc.waitForFinished(30000));
    const QString text = QString::fromUtf8(proc.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("郑州市")), qPrintable(text.left(400)));
    QVERIFY2(text.contains(QStringLiteral("金水区")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("水")));
    // No Kangxi radicals (U+2F00–U+2FDF) standing in for ideographs, and each label appears once.
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0x2F00 || c.unicode() > 0x2FDF,
                 qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    QCOMPARE(text.count(QStringLiteral("金水区")), 1);
}

void TstRenderer::svgKeepsText()
{
    MapSettings s = provinceView(1000, 800);
    const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
    QVERIFY(MapExporter::write(svg, s, snapshotLayers(*m_project, s)).ok());
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(f.readAll());
    QVERIFY(content.contains(QStringLiteral("郑州市")));
    QVERIFY(content.contains(QStringLiteral("<path")) || content.contains(QStringLiteral("<polyline")));
}

QTEST_MAIN(TstRenderer)
#include "tst_renderer.moc"
