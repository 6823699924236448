// SPDX-License-Identifier: GPL-3.0-or-later
// `ecoplan summarize`: on a copy of the demo project with outfalls and mines written into it, the table
// starts with code, name, count, has one row per county, its counts and area_mu sums add up to what was
// written inside Henan, the XLSX and CSV files read back with OGR, and bad arguments exit 1 with one line
// on stderr and no file.
#include "ogrtestsupport.h"
#include "testsupport.h"

#include "geo/geodesicmeasure.h"

#include <QFile>
#include <QTest>

#include <cmath>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace ecoplan;

class TstSummarizeCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void printsCsvWithCodeNameCount();
    void writesXlsxAndCsv_data();
    void writesXlsxAndCsv();
    void groupsByField();
    void sampleDataIsMarked_data();
    void sampleDataIsMarked();
    void badArguments_data();
    void badArguments();

private:
    using Run = test::ProcessRun;
    static Run run(const QStringList &args)
    {
        return test::runEcoplan(QStringList{QStringLiteral("summarize")} + args);
    }

    QTemporaryDir m_dir;
    QString m_project;
    int m_counties = 0;
};

void TstSummarizeCli::initTestCase()
{
    GDALAllRegister();
    m_project = test::copyDemoWithoutSamples(m_dir, QStringLiteral("henan-demo.gpkg"));
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(m_project.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    QVERIFY(ds);
    m_counties = int(ds->GetLayerByName("counties")->GetFeatureCount());
    // 300 outfalls on a grid over Henan's box, and 40 mines of 30 mu each.
    OGRLayer *outfalls = ds->GetLayerByName("outfalls");
    OGRLayer *mines = ds->GetLayerByName("mines");
    QVERIFY(outfalls && mines);
    QCOMPARE(ds->StartTransaction(), OGRERR_NONE);
    for (int i = 0; i < 300; ++i) {
        OGRFeature f(outfalls->GetLayerDefn());
        f.SetField("name", QStringLiteral("排口%1").arg(i).toUtf8().constData());
        f.SetField("outfall_type", i % 2 ? "industrial" : "municipal");
        f.SetField("receiving_river", i % 3 ? "淮河" : "黄河");
        f.SetField("status", "not_started");
        OGRPoint p(110.5 + (i % 20) * 0.3, 31.5 + (i / 20) * 0.32);
        f.SetGeometry(&p);
        QCOMPARE(outfalls->CreateFeature(&f), OGRERR_NONE);
    }
    for (int i = 0; i < 40; ++i) {
        OGRFeature f(mines->GetLayerDefn());
        f.SetField("name", QStringLiteral("矿山%1").arg(i).toUtf8().constData());
        f.SetField("area_mu", 30.0);
        f.SetField("status", "not_started");
        OGRMultiPolygon m;
        m.addGeometry(
            test::ogrPolygon(test::squareRing({112.0 + (i % 8) * 0.4, 33.0 + (i / 8) * 0.4}, 0.005)).get());
        f.SetGeometry(&m);
        QCOMPARE(mines->CreateFeature(&f), OGRERR_NONE);
    }
    QCOMPARE(ds->CommitTransaction(), OGRERR_NONE);
}

void TstSummarizeCli::printsCsvWithCodeNameCount()
{
    const Run r = run({QStringLiteral("--project"), m_project, QStringLiteral("--layer"),
                       QStringLiteral("outfalls"), QStringLiteral("--by"), QStringLiteral("counties"),
                       QStringLiteral("--count-by"), QStringLiteral("outfall_type")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_counties + 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("code,name,count,")), qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QLatin1String("outfall_type=industrial")));
    int total = 0;
    for (const QString &line : lines.mid(1))
        total += line.split(QLatin1Char(','))[2].toInt();
    // About two thirds of the grid is inside Henan.
    QVERIFY2(total > 150 && total < 250, qPrintable(QString::number(total)));
}

void TstSummarizeCli::writesXlsxAndCsv_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TstSummarizeCli::writesXlsxAndCsv()
{
    QFETCH(QString, suffix);
    const QString out = m_dir.filePath(QStringLiteral("mines.") + suffix);
    const Run r =
        run({QStringLiteral("--project"), m_project, QStringLiteral("--layer"), QStringLiteral("mines"),
             QStringLiteral("--by"), QStringLiteral("prefectures"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    OGRLayer *table = ds->GetLayer(0);
    const OGRFeatureDefn *defn = table->GetLayerDefn();
    QCOMPARE(QString::fromUtf8(defn->GetFieldDefn(0)->GetNameRef()), QStringLiteral("code"));
    QCOMPARE(QString::fromUtf8(defn->GetFieldDefn(1)->GetNameRef()), QStringLiteral("name"));
    QCOMPARE(QString::fromUtf8(defn->GetFieldDefn(2)->GetNameRef()), QStringLiteral("count"));
    QVERIFY(defn->GetFieldIndex("area_mu") > 2);
    QVERIFY(defn->GetFieldIndex("area_inside_mu") > 2);
    QCOMPARE(table->GetFeatureCount(), GIntBig(18));
    QCOMPARE(ds->GetLayerCount(), 1); // real rows only: no sample-data note
    GIntBig count = 0;
    double sum = 0, inside = 0;
    for (auto &&f : *table) {
        count += f->GetFieldAsInteger64("count");
        sum += f->GetFieldAsDouble("area_mu");
        inside += f->GetFieldAsDouble("area_inside_mu");
    }
    // All 40 squares lie in Henan: each counts once with its 30 mu, and its whole area is inside.
    QCOMPARE(count, GIntBig(40));
    QCOMPARE(sum, 1200.0);
    double measured = 0;
    for (int i = 0; i < 40; ++i) {
        const Geometry ring = test::squareRing({112.0 + (i % 8) * 0.4, 33.0 + (i / 8) * 0.4}, 0.005);
        measured += GeodesicMeasure::area({ring.points.begin(), ring.points.end()}) /
                    GeodesicMeasure::squareMetresPerMu;
    }
    QVERIFY2(std::abs(inside - measured) < measured * 1e-4,
             qPrintable(QStringLiteral("%1 %2").arg(inside).arg(measured)));
}

void TstSummarizeCli::groupsByField()
{
    const Run r =
        run({QStringLiteral("--project"), m_project, QStringLiteral("--layer"), QStringLiteral("outfalls"),
             QStringLiteral("--group-by"), QStringLiteral("receiving_river")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].startsWith(QStringLiteral("淮河,淮河,200,")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("黄河,黄河,100,")), qPrintable(lines[2]));
}

void TstSummarizeCli::sampleDataIsMarked_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << QStringLiteral("csv");
}

/// The demo's outfalls are sample rows: a summary of them says so in the file and on stderr.
void TstSummarizeCli::sampleDataIsMarked()
{
    QFETCH(QString, suffix);
    const QString out = m_dir.filePath(QStringLiteral("sample.") + suffix);
    const Run r = run({QStringLiteral("--project"), test::demoProject(), QStringLiteral("--layer"),
                       QStringLiteral("outfalls"), QStringLiteral("--by"), QStringLiteral("prefectures"),
                       QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString note = QStringLiteral("示例数据，非真实登记 / Sample data, not a real register");
    QVERIFY2(r.err.contains(note), qPrintable(r.err));
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(ds);
    if (suffix == QLatin1String("xlsx")) {
        QCOMPARE(ds->GetLayerCount(), 2);
        QCOMPARE(ds->GetLayer(0)->GetFeatureCount(), GIntBig(18));
        OGRLayer *notes = ds->GetLayerByName("note");
        QVERIFY(notes);
        // GDAL may read the one-row sheet with or without a header: the note is its last cell.
        QString last;
        for (auto &&f : *notes)
            last = QString::fromUtf8(f->GetFieldAsString(0));
        QCOMPARE(last, note);
    } else {
        // 18 prefectures, then the note in the first column of the last row.
        OGRLayer *table = ds->GetLayer(0);
        QCOMPARE(table->GetFeatureCount(), GIntBig(19));
        QString last;
        for (auto &&f : *table)
            last = QString::fromUtf8(f->GetFieldAsString(0));
        QCOMPARE(last, note);
    }
}

void TstSummarizeCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    const QString p = QStringLiteral("--project");
    const QString l = QStringLiteral("--layer");
    const QString by = QStringLiteral("--by");
    QTest::newRow("no project") << QStringList{l, QStringLiteral("outfalls"), by, QStringLiteral("counties")};
    QTest::newRow("missing project") << QStringList{p,  QStringLiteral("/nonexistent/p.gpkg"),
                                                    l,  QStringLiteral("outfalls"),
                                                    by, QStringLiteral("counties")};
    QTest::newRow("unknown layer") << QStringList{
        p, QString(), l, QStringLiteral("nope"), by, QStringLiteral("counties")};
    QTest::newRow("by points") << QStringList{
        p, QString(), l, QStringLiteral("outfalls"), by, QStringLiteral("villages")};
    QTest::newRow("both by and group-by") << QStringList{p,
                                                         QString(),
                                                         l,
                                                         QStringLiteral("outfalls"),
                                                         by,
                                                         QStringLiteral("counties"),
                                                         QStringLiteral("--group-by"),
                                                         QStringLiteral("status")};
    QTest::newRow("text summed") << QStringList{p,
                                                QString(),
                                                l,
                                                QStringLiteral("outfalls"),
                                                by,
                                                QStringLiteral("counties"),
                                                QStringLiteral("--sum"),
                                                QStringLiteral("name")};
    QTest::newRow("bad suffix") << QStringList{p,
                                               QString(),
                                               l,
                                               QStringLiteral("outfalls"),
                                               by,
                                               QStringLiteral("counties"),
                                               QStringLiteral("--out"),
                                               QStringLiteral("OUT.txt")};
}

void TstSummarizeCli::badArguments()
{
    QFETCH(QStringList, args);
    for (QString &a : args) {
        if (a.isEmpty())
            a = m_project;
        else if (a == QLatin1String("OUT.txt"))
            a = m_dir.filePath(a);
    }
    const Run r = run(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.err.startsWith(QLatin1String("ecoplan summarize: ")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("OUT.txt"))));
}

QTEST_GUILESS_MAIN(TstSummarizeCli)
#include "tst_summarizecli.moc"
