// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the headless command line: `ecoplan render` writes PNG/PDF/SVG without a display, prints the
// timing JSON others compare with, adds layers from any GDAL file, and refuses bad input with one clear
// line on stderr and a non-zero exit.
#include "testsupport.h"

#include "store/projectstore.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ecoplan;

class TstCli : public QObject
{
    Q_OBJECT
private slots:
    void rendersPng();
    void timingsJson();
    void rendersPdfAndSvg();
    void addLayerAndExtent();
    void errors_data();
    void errors();

private:
    using Run = test::ProcessRun;
    static Run run(const QStringList &args) { return test::runEcoplan(args); }
    QTemporaryDir m_dir;
};

void TstCli::rendersPng()
{
    const QString out = m_dir.filePath(QStringLiteral("map.png"));
    const Run r = run({QStringLiteral("render"), QStringLiteral("--project"), test::demoProject(),
                       QStringLiteral("--size"), QStringLiteral("640x480"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage img(out);
    QCOMPARE(img.size(), QSize(640, 480));
    QVERIFY(img.pixelColor(320, 240) != QColor(Qt::white));
}

void TstCli::timingsJson()
{
    const Run r = run({QStringLiteral("render"), QStringLiteral("--project"), test::demoProject(),
                       QStringLiteral("--size"), QStringLiteral("800x600"), QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("t.png")), QStringLiteral("--repeat"),
                       QStringLiteral("2"), QStringLiteral("--timings")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char *key : {"load_ms", "first_frame_ms", "render_median_ms", "features"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QVERIFY(o.value(QStringLiteral("load_ms")).toDouble() > 0);
    // Every feature of every layer: the reference layers (1 + 18 + 157 + 90 + 1) and the sample data.
    auto store = ProjectStore::open(test::demoProject());
    QVERIFY(store.ok());
    int features = 0;
    for (const QString &layer : (*store)->featureLayerNames())
        features += int((*store)->readLayer(layer)->table.size());
    QVERIFY(features > 1 + 18 + 157 + 90 + 1);
    QCOMPARE(o.value(QStringLiteral("features")).toInt(), features);
}

void TstCli::rendersPdfAndSvg()
{
    for (const QString &name : {QStringLiteral("map.pdf"), QStringLiteral("map.svg")}) {
        const QString out = m_dir.filePath(name);
        const Run r = run({QStringLiteral("render"), QStringLiteral("--project"), test::demoProject(),
                           QStringLiteral("--size"), QStringLiteral("1200x900"), QStringLiteral("--dpi"),
                           QStringLiteral("150"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(512);
        QVERIFY(name.endsWith(QLatin1String("pdf")) ? head.startsWith("%PDF") : head.contains("<svg"));
    }
}

void TstCli::addLayerAndExtent()
{
    const QString geojson = m_dir.filePath(QStringLiteral("pts.geojson"));
    QFile f(geojson);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":1},"geometry":{"type":"Point","coordinates":[113.8,34.0]}}]})");
    f.close();
    const Run r = run({QStringLiteral("render"), QStringLiteral("--project"), test::demoProject(),
                       QStringLiteral("--add-layer"), geojson, QStringLiteral("--layers"),
                       QStringLiteral("prefectures,pts"), QStringLiteral("--extent"),
                       QStringLiteral("113.5,33.8,114.1,34.3,EPSG:4326"), QStringLiteral("--size"),
                       QStringLiteral("600x500"), QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--timings")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The point and the prefectures within the view were drawn; counties were not asked for.
    const int features =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("features")).toInt();
    QVERIFY2(features >= 2 && features < 18, qPrintable(r.out));
}

void TstCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("e.png"));
    const QString demo = test::demoProject();
    QTest::newRow("missing project") << QStringList{QStringLiteral("render"),
                                                    QStringLiteral("--project"),
                                                    QStringLiteral("/nonexistent/p.gpkg"),
                                                    QStringLiteral("--size"),
                                                    QStringLiteral("10x10"),
                                                    QStringLiteral("--out"),
                                                    out}
                                     << "does not exist";
    QTest::newRow("bad size")
        << QStringList{QStringLiteral("render"), QStringLiteral("--project"), demo, QStringLiteral("--size"),
                       QStringLiteral("big"),    QStringLiteral("--out"),     out}
        << "--size";
    QTest::newRow("bad format") << QStringList{QStringLiteral("render"),
                                               QStringLiteral("--project"),
                                               demo,
                                               QStringLiteral("--size"),
                                               QStringLiteral("10x10"),
                                               QStringLiteral("--out"),
                                               m_dir.filePath(QStringLiteral("m.bmp"))}
                                << "--out";
    QTest::newRow("unknown layer")
        << QStringList{QStringLiteral("render"),   QStringLiteral("--project"), demo,
                       QStringLiteral("--layers"), QStringLiteral("lakes"),     QStringLiteral("--size"),
                       QStringLiteral("10x10"),    QStringLiteral("--out"),     out}
        << "no layer “lakes”";
    QTest::newRow("bad extent")
        << QStringList{QStringLiteral("render"),   QStringLiteral("--project"), demo,
                       QStringLiteral("--extent"), QStringLiteral("1,2,3"),     QStringLiteral("--size"),
                       QStringLiteral("10x10"),    QStringLiteral("--out"),     out}
        << "--extent";
}

void TstCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
