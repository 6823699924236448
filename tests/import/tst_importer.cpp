// SPDX-License-Identifier: GPL-3.0-or-later
// The import pipeline (models/import) and `ecoplan import`: coordinates in every system planners receive land
// on the right county, bad rows are reported by row number and reason while the good ones import, text in
// GBK survives, and an import is all or nothing (cancel, failure) and one undo step.
#include "commands/editfeatures.h"
#include "geo/chinaoffsets.h"
#include "geo/coordinatetransform.h"
#include "geo/ogrwkt.h"
#include "import/importer.h"
#include "import/importsource.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTest>
#include <QUndoStack>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace ecoplan;

namespace {

struct County
{
    QString code;
    QString name;
    qint64 fid;
    QPointF lonLat; ///< its label point, inside it
};

/// A few counties across Henan's three Gauss-Krüger zones (37, 38, 39), or those with `codes`.
QList<County> sampleCounties(const ProjectStore &store,
                             const QStringList &codes = {QStringLiteral("411081"), QStringLiteral("410102"),
                                                         QStringLiteral("411381"), QStringLiteral("411526"),
                                                         QStringLiteral("410526"), QStringLiteral("411723")})
{
    QList<County> out;
    const Result<ReadLayer> counties = store.readLayer(QStringLiteral("counties"));
    if (!counties)
        return out;
    const FeatureTable &t = counties->table;
    const CoordinateTransform toWgs84(t.crs, Crs::wgs84());
    for (std::size_t i = 0; i < t.size(); ++i) {
        const QString code = t.value(i, QStringLiteral("code")).toString();
        if (codes.contains(code))
            out.append({code, t.value(i, QStringLiteral("name")).toString(), t.fids[i],
                        toWgs84.transform(t.labelAnchors[i])});
    }
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

qint64 rowCount(const ProjectStore &store, const QString &layer)
{
    const Result<ReadLayer> read = store.readLayer(layer);
    return read ? static_cast<qint64>(read->table.size()) : -1;
}

/// Runs the whole import against an open store, as `ecoplan import` does.
struct Outcome
{
    PreparedImport prepared;
    QList<qint64> fids;
    QString error;
};

Outcome importInto(ProjectStore &store, const QString &layer, const ImportSpec &spec)
{
    Outcome out;
    const Result<ImportContext> context = ImportContext::fromStore(store, layer);
    if (!context) {
        out.error = context.error();
        return out;
    }
    Result<PreparedImport> prepared = Importer::prepare(spec, *context);
    if (!prepared) {
        out.error = prepared.error();
        return out;
    }
    out.prepared = *prepared;
    const Result<QList<qint64>> fids = Importer::write(store, *prepared, QStringLiteral("test"));
    if (!fids)
        out.error = fids.error();
    else
        out.fids = *fids;
    return out;
}

/// Does the stored feature lie in the county?
bool liesIn(const ProjectStore &store, const QString &layer, qint64 fid, qint64 countyFid)
{
    const Result<StoredFeature> f = store.readFeature(layer, fid);
    const Result<StoredFeature> c = store.readFeature(QStringLiteral("counties"), countyFid);
    if (!f || !c)
        return false;
    OGRGeometryUniquePtr point = ogr::fromWkt(f->wkt), county = ogr::fromWkt(c->wkt);
    return point && county && county->Contains(point.get());
}

/// A workbook written with GDAL's XLSX driver: GDAL puts the field names in row 1, then the rows.
void writeXlsx(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    QVERIFY(driver);
    GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    QVERIFY(ds);
    OGRLayer *layer = ds->CreateLayer("登记表", nullptr, wkbNone, nullptr);
    QVERIFY(layer);
    for (const QString &h : header) {
        OGRFieldDefn defn(h.toUtf8().constData(), OFTString);
        QCOMPARE(layer->CreateField(&defn), OGRERR_NONE);
    }
    for (const QStringList &row : rows) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (int i = 0; i < row.size(); ++i)
            f->SetField(i, row[i].toUtf8().constData());
        QCOMPARE(layer->CreateFeature(f.get()), OGRERR_NONE);
    }
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

class TstImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void gaussKrugerZonesLandInTheirCounties();
    void gcj02AndBd09ComeBackWithinAMetre();
    void xlsxWithMixedRows();
    void headerRowBelowATitle();
    void gbkCsvIsDetected();
    void gbkShapefileKeepsChinese();
    void countyColumnPlacesRows();
    void countyColumnAcceptsFormerCodesAndNames();
    void newLayerFromCsv();
    void cancelWritesNothing();
    void failedWriteWritesNothing();
    void undoRemovesAnImport();
    void rejectedRowsCsv();
    void commandLine();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TstImporter::init()
{
    QVERIFY(m_dir.isValid());
    m_project = test::copyInto(m_dir, test::demoProject(), QStringLiteral("import.gpkg"));
    QFile::remove(m_project + QStringLiteral("-wal"));
    QFile::remove(m_project + QStringLiteral("-shm"));
}

void TstImporter::gaussKrugerZonesLandInTheirCounties()
{
    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    QVERIFY2(store, qPrintable(store.error()));
    const QList<County> counties = sampleCounties(**store);
    QCOMPARE(counties.size(), 6);
    // With the zone number in X (each county in its own zone) and without it (central meridian 114E).
    QByteArray withPrefix = "名称,county_code,X,Y\n", withoutPrefix = withPrefix;
    QSet<int> zones;
    for (const County &c : counties) {
        const int zone = static_cast<int>(std::lround(c.lonLat.x() / 3));
        zones.insert(zone);
        const QPointF zoned = CoordinateTransform(Crs::wgs84(), Crs::fromEpsg(SourceCrs::gk3ZoneEpsg(zone)))
                                  .transform(c.lonLat);
        const QPointF cm114 = CoordinateTransform(Crs::wgs84(), Crs::fromEpsg(4547)).transform(c.lonLat);
        QVERIFY(zoned.x() > 37e6 && cm114.x() < 1e6);
        withPrefix += (c.name + QLatin1Char(',') + c.code + QLatin1Char(',') + fixed(zoned.x(), 2) +
                       QLatin1Char(',') + fixed(zoned.y(), 2) + QLatin1Char('\n'))
                          .toUtf8();
        withoutPrefix += (c.name + QLatin1Char(',') + c.code + QLatin1Char(',') + fixed(cm114.x(), 2) +
                          QLatin1Char(',') + fixed(cm114.y(), 2) + QLatin1Char('\n'))
                             .toUtf8();
    }
    QVERIFY2(zones.size() >= 2, "the sample should span more than one zone");
    writeFile(m_dir.filePath(QStringLiteral("gk-zoned.csv")), withPrefix);
    writeFile(m_dir.filePath(QStringLiteral("gk-cm114.csv")), withoutPrefix);

    for (const auto &[file, crs] : {std::pair{QStringLiteral("gk-zoned.csv"), QStringLiteral("gk3")},
                                    std::pair{QStringLiteral("gk-cm114.csv"), QStringLiteral("gk3:114")}}) {
        ImportSpec spec;
        spec.file = m_dir.filePath(file);
        spec.geometry = GeometrySource::XyColumns;
        spec.xColumn = QStringLiteral("X");
        spec.yColumn = QStringLiteral("Y");
        spec.crs = *SourceCrs::parse(crs);
        spec.crsGiven = true;
        spec.fieldMap.insert(QStringLiteral("名称"), QStringLiteral("name"));
        const Outcome o = importInto(**store, QStringLiteral("villages"), spec);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY2(o.prepared.rejected.isEmpty(), qPrintable(Importer::report(o.prepared, o.fids.size())));
        QCOMPARE(o.fids.size(), counties.size());
        for (int i = 0; i < counties.size(); ++i) {
            QVERIFY2(liesIn(**store, QStringLiteral("villages"), o.fids[i], counties[i].fid),
                     qPrintable(QStringLiteral("%1 %2 (%3)").arg(file, counties[i].name, counties[i].code)));
        }
        const Result<StoredFeature> first = (*store)->readFeature(QStringLiteral("villages"), o.fids[0]);
        QCOMPARE(first->attributes.value(QStringLiteral("name")).toString(), counties[0].name);
        QCOMPARE(first->attributes.value(QStringLiteral("status")).toString(), QStringLiteral("not_started"));
    }

    // The zone-less system refuses X with a zone number, and the zoned one X without.
    ImportSpec wrong;
    wrong.file = m_dir.filePath(QStringLiteral("gk-zoned.csv"));
    wrong.geometry = GeometrySource::XyColumns;
    wrong.xColumn = QStringLiteral("X");
    wrong.yColumn = QStringLiteral("Y");
    wrong.crs = SourceCrs::fromEpsg(4547);
    wrong.crsGiven = true;
    const Outcome o = importInto(**store, QStringLiteral("villages"), wrong);
    QCOMPARE(o.fids.size(), 0);
    QCOMPARE(o.prepared.rejected.size(), counties.size());
    QVERIFY2(o.prepared.rejected[0].reason.contains(QLatin1String("zone number")),
             qPrintable(o.prepared.rejected[0].reason));
    QCOMPARE(o.prepared.rejected[0].row, 2);
}

void TstImporter::gcj02AndBd09ComeBackWithinAMetre()
{
    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    QVERIFY(store);
    const QList<QPointF> wgs84 = {{113.7536, 34.7466},
                                  {112.4540, 34.6197},
                                  {114.3515, 36.1103},
                                  {115.6564, 32.1264},
                                  {111.1894, 34.7773}};
    for (const QString &crs : {QStringLiteral("gcj02"), QStringLiteral("bd09")}) {
        QByteArray csv = "name,lng,lat\n";
        for (int i = 0; i < wgs84.size(); ++i) {
            const QPointF shifted = crs == QLatin1String("gcj02") ? ChinaOffsets::wgs84ToGcj02(wgs84[i])
                                                                  : ChinaOffsets::wgs84ToBd09(wgs84[i]);
            csv += QStringLiteral("排口%1,%2,%3\n")
                       .arg(i)
                       .arg(fixed(shifted.x(), 8), fixed(shifted.y(), 8))
                       .toUtf8();
        }
        writeFile(m_dir.filePath(crs + QStringLiteral(".csv")), csv);
        ImportSpec spec;
        spec.file = m_dir.filePath(crs + QStringLiteral(".csv"));
        spec.geometry = GeometrySource::XyColumns;
        spec.xColumn = QStringLiteral("lng");
        spec.yColumn = QStringLiteral("lat");
        spec.crs = *SourceCrs::parse(crs);
        spec.crsGiven = true;
        const Outcome o = importInto(**store, QStringLiteral("outfalls"), spec);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.fids.size(), wgs84.size());
        for (int i = 0; i < wgs84.size(); ++i) {
            OGRGeometryUniquePtr g =
                ogr::fromWkt((*store)->readFeature(QStringLiteral("outfalls"), o.fids[i])->wkt);
            const OGRPoint *p = g->toPoint();
            const double dx = (p->getX() - wgs84[i].x()) * 111320 * std::cos(wgs84[i].y() * M_PI / 180);
            const double dy = (p->getY() - wgs84[i].y()) * 110574;
            QVERIFY2(std::hypot(dx, dy) < 1.0,
                     qPrintable(QStringLiteral("%1 point %2: %3 m").arg(crs).arg(i).arg(std::hypot(dx, dy))));
        }
    }
}

void TstImporter::xlsxWithMixedRows()
{
    const QString path = m_dir.filePath(QStringLiteral("outfalls.xlsx"));
    writeXlsx(path,
              {QStringLiteral("名称"), QStringLiteral("经度"), QStringLiteral("纬度"), QStringLiteral("状态"),
               QStringLiteral("排放量")},
              {{QStringLiteral("郑州排口"), QStringLiteral("113.65"), QStringLiteral("34.76"),
                QStringLiteral("推进中"), QStringLiteral("1200")},
               {QStringLiteral("坏经度"), QStringLiteral("11x.5"), QStringLiteral("34.7"), QStringLiteral(""),
                QStringLiteral("")},
               {QStringLiteral("北京排口"), QStringLiteral("116.40"), QStringLiteral("39.90"),
                QStringLiteral(""), QStringLiteral("")},
               {QStringLiteral("状态不对"), QStringLiteral("113.9"), QStringLiteral("35.3"),
                QStringLiteral("done-ish"), QStringLiteral("")},
               {QStringLiteral("排放量不对"), QStringLiteral("113.9"), QStringLiteral("35.3"),
                QStringLiteral(""), QStringLiteral("很多")},
               {QStringLiteral("洛阳排口"), QStringLiteral("112.45"), QStringLiteral("34.62"),
                QStringLiteral("completed"), QStringLiteral("")},
               {QStringLiteral("边上"), QStringLiteral("116.70"), QStringLiteral("34.40"), QStringLiteral(""),
                QStringLiteral("")}});
    Result<QStringList> sheets = ImportSource::sheets(path);
    QVERIFY2(sheets, qPrintable(sheets.error()));
    QCOMPARE(*sheets, QStringList{QStringLiteral("登记表")});

    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    QVERIFY(store);
    const qint64 auditBefore = (*store)->auditCount();
    const qint64 rowsBefore = rowCount(**store, QStringLiteral("outfalls")); // the demo may hold sample rows
    ImportSpec spec;
    spec.file = path;
    spec.sheet = QStringLiteral("登记表");
    spec.geometry = GeometrySource::XyColumns;
    spec.xColumn = QStringLiteral("经度");
    spec.yColumn = QStringLiteral("纬度");
    spec.crs = SourceCrs::fromEpsg(4490);
    spec.crsGiven = true;
    spec.fieldMap = {{QStringLiteral("名称"), QStringLiteral("name")},
                     {QStringLiteral("状态"), QStringLiteral("status")},
                     {QStringLiteral("排放量"), QStringLiteral("discharge_m3_per_day")}};
    const Outcome o = importInto(**store, QStringLiteral("outfalls"), spec);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    const QString report = Importer::report(o.prepared, o.fids.size());
    // Rows 2, 7 and 8 (a point 10 km beyond the border is within the margin) import; 3–6 do not.
    QCOMPARE(o.fids.size(), 3);
    QCOMPARE(o.prepared.rejected.size(), 4);
    QCOMPARE(o.prepared.rejected[0].row, 3);
    QVERIFY2(o.prepared.rejected[0].reason.contains(QLatin1String("not a number")), qPrintable(report));
    QCOMPARE(o.prepared.rejected[1].row, 4);
    QVERIFY2(o.prepared.rejected[1].reason.contains(QLatin1String("outside Henan")), qPrintable(report));
    QCOMPARE(o.prepared.rejected[2].row, 5);
    QVERIFY2(o.prepared.rejected[2].reason.contains(QLatin1String("must be one of")), qPrintable(report));
    QCOMPARE(o.prepared.rejected[3].row, 6);
    QVERIFY2(o.prepared.rejected[3].reason.contains(QLatin1String("must be a number")), qPrintable(report));
    QVERIFY(report.contains(QLatin1String("row 4: outside Henan")));
    QCOMPARE(rowCount(**store, QStringLiteral("outfalls")), rowsBefore + 3);
    QCOMPARE((*store)->auditCount(), auditBefore + 3);
    const Result<StoredFeature> first = (*store)->readFeature(QStringLiteral("outfalls"), o.fids[0]);
    QCOMPARE(first->attributes.value(QStringLiteral("name")).toString(), QStringLiteral("郑州排口"));
    QCOMPARE(first->attributes.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(first->attributes.value(QStringLiteral("discharge_m3_per_day")).toDouble(), 1200.0);
}

void TstImporter::headerRowBelowATitle()
{
    // GDAL writes its field names in row 1; a title row follows, then the real header in row 3.
    const QString path = m_dir.filePath(QStringLiteral("titled.xlsx"));
    writeXlsx(path, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
              {{QStringLiteral("2024年排污口登记表"), QString(), QString()},
               {QStringLiteral("名称"), QStringLiteral("lon"), QStringLiteral("lat")},
               {QStringLiteral("甲"), QStringLiteral("113.6"), QStringLiteral("34.7")},
               {QStringLiteral("乙"), QStringLiteral("x"), QStringLiteral("34.7")}});
    ImportSpec spec;
    spec.file = path;
    spec.headerRow = 3;
    spec.geometry = GeometrySource::XyColumns;
    spec.xColumn = QStringLiteral("lon");
    spec.yColumn = QStringLiteral("lat");
    spec.fieldMap.insert(QStringLiteral("名称"), QStringLiteral("name"));
    auto source = ImportSource::open(spec);
    QVERIFY2(source, qPrintable(source.error()));
    QCOMPARE((*source)->columns(),
             (QStringList{QStringLiteral("名称"), QStringLiteral("lon"), QStringLiteral("lat")}));
    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    const Outcome o = importInto(**store, QStringLiteral("outfalls"), spec);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.fids.size(), 1);
    QCOMPARE(o.prepared.rejected.size(), 1);
    QCOMPARE(o.prepared.rejected[0].row, 5);

    // A CSV with two lines above its header.
    writeFile(m_dir.filePath(QStringLiteral("titled.csv")),
              "登记表\n填报单位: 某局\nname,lon,lat\n丙,113.6,34.7\n丁,,34.7\n");
    spec.file = m_dir.filePath(QStringLiteral("titled.csv"));
    spec.fieldMap.clear();
    const Outcome c = importInto(**store, QStringLiteral("outfalls"), spec);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.fids.size(), 1);
    QCOMPARE(c.prepared.rejected.size(), 1);
    QCOMPARE(c.prepared.rejected[0].row, 5);
    QCOMPARE(c.prepared.rejected[0].reason, QStringLiteral("no coordinates"));
}

void TstImporter::gbkCsvIsDetected()
{
    QStringEncoder gbk("GB18030");
    QVERIFY(gbk.isValid());
    const QByteArray bytes =
        gbk.encode(QStringLiteral("名称,经度,纬度\n新郑市排口,113.74,34.40\n禹州市排口,113.49,34.14\n"));
    QVERIFY(
        QString(QStringDecoder(QStringDecoder::Utf8).decode(bytes)).contains(QChar::ReplacementCharacter));
    writeFile(m_dir.filePath(QStringLiteral("gbk.csv")), bytes);
    ImportSpec spec;
    spec.file = m_dir.filePath(QStringLiteral("gbk.csv"));
    spec.geometry = GeometrySource::XyColumns;
    spec.xColumn = QStringLiteral("经度");
    spec.yColumn = QStringLiteral("纬度");
    spec.fieldMap.insert(QStringLiteral("名称"), QStringLiteral("name"));
    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    const Outcome o = importInto(**store, QStringLiteral("outfalls"), spec);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.prepared.encoding, QStringLiteral("GB18030"));
    QCOMPARE(o.fids.size(), 2);
    QCOMPARE((*store)
                 ->readFeature(QStringLiteral("outfalls"), o.fids[1])
                 ->attributes.value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("禹州市排口"));
}

void TstImporter::gbkShapefileKeepsChinese()
{
    const QString shp = m_dir.filePath(QStringLiteral("gbk_villages.shp"));
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        GDALDatasetUniquePtr ds(driver->Create(shp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(ds);
        OGRSpatialReference srs;
        srs.importFromEPSG(4490);
        const char *options[] = {"ENCODING=CP936", nullptr};
        OGRLayer *layer = ds->CreateLayer("gbk_villages", &srs, wkbPoint, const_cast<char **>(options));
        QVERIFY(layer);
        OGRFieldDefn name("name", OFTString);
        name.SetWidth(50);
        OGRFieldDefn pop("population", OFTInteger);
        QCOMPARE(layer->CreateField(&name), OGRERR_NONE);
        QCOMPARE(layer->CreateField(&pop), OGRERR_NONE);
        const QList<std::pair<QString, QPointF>> rows = {{QStringLiteral("岗李村"), {113.62, 34.90}},
                                                         {QStringLiteral("花园口村"), {113.67, 34.91}}};
        for (const auto &[n, p] : rows) {
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            f->SetField("name", n.toUtf8().constData());
            f->SetField("population", 1200);
            f->SetGeometryDirectly(new OGRPoint(p.x(), p.y()));
            QCOMPARE(layer->CreateFeature(f.get()), OGRERR_NONE);
        }
    }
    QFile dbf(m_dir.filePath(QStringLiteral("gbk_villages.dbf")));
    QVERIFY(dbf.open(QIODevice::ReadOnly));
    const QByteArray gbkName = QStringEncoder("GB18030").encode(QStringLiteral("岗李村"));
    QVERIFY2(dbf.readAll().contains(gbkName), "the .dbf holds GBK");
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("gbk_villages.cpg"))));

    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    ImportSpec spec;
    spec.file = shp;
    // Into the existing villages layer (by field name), and into a new layer with the file's fields.
    for (const QString &layer : {QStringLiteral("villages"), QStringLiteral("gbk_villages")}) {
        const Outcome o = importInto(**store, layer, spec);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.fids.size(), 2);
        const Result<StoredFeature> f = (*store)->readFeature(layer, o.fids[1]);
        QVERIFY2(f, qPrintable(f.error()));
        QCOMPARE(f->attributes.value(QStringLiteral("name")).toString(), QStringLiteral("花园口村"));
        QCOMPARE(f->attributes.value(QStringLiteral("population")).toInt(), 1200);
    }
    // Without the .cpg the encoding is detected from the .dbf.
    QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("gbk_villages.cpg"))));
    const Outcome o = importInto(**store, QStringLiteral("villages"), spec);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.prepared.encoding, QStringLiteral("GB18030"));
    QCOMPARE((*store)
                 ->readFeature(QStringLiteral("villages"), o.fids[0])
                 ->attributes.value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("岗李村"));
}

void TstImporter::countyColumnPlacesRows()
{
    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    const QList<County> counties = sampleCounties(**store);
    writeFile(m_dir.filePath(QStringLiteral("by-county.csv")),
              "name,县\n甲,411081\n乙,禹州\n丙,Yuzhou\n丁,不存在县\n");
    ImportSpec spec;
    spec.file = m_dir.filePath(QStringLiteral("by-county.csv"));
    spec.geometry = GeometrySource::CountyColumn;
    spec.countyColumn = QStringLiteral("县");
    const Outcome o = importInto(**store, QStringLiteral("villages"), spec);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QVERIFY2(
        o.fids.size() == 3,
        qPrintable(Importer::report(o.prepared, o.fids.size()).replace(QLatin1Char('\n'), QLatin1Char('|'))));
    QCOMPARE(o.prepared.rejected.size(), 1);
    QCOMPARE(o.prepared.rejected[0].row, 5);
    const County yuzhou = *std::find_if(counties.begin(), counties.end(),
                                        [](const County &c) { return c.code == QLatin1String("411081"); });
    for (qint64 fid : o.fids)
        QVERIFY(liesIn(**store, QStringLiteral("villages"), fid, yuzhou.fid));
}

// Registers written before 2019-2021 name 淮阳县 411626 (淮阳区 411603 today) or 吉利区 410306 (merged into
// 孟津区 410308): they are placed in today's unit. 411621 is 扶沟县 and stays so; 许昌 alone is no county.
void TstImporter::countyColumnAcceptsFormerCodesAndNames()
{
    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    const QList<County> counties = sampleCounties(
        **store, {QStringLiteral("411603"), QStringLiteral("410308"), QStringLiteral("411621")});
    QCOMPARE(counties.size(), 3);
    auto fidOf = [&](const char *code) {
        return std::find_if(counties.begin(), counties.end(),
                            [&](const County &c) { return c.code == QLatin1String(code); })
            ->fid;
    };
    writeFile(
        m_dir.filePath(QStringLiteral("old-codes.csv")),
        "name,县\n甲,411626\n乙,淮阳县\n丙,411603\n丁,淮阳\n戊,410306\n己,吉利区\n庚,411621\n辛,许昌\n");
    ImportSpec spec;
    spec.file = m_dir.filePath(QStringLiteral("old-codes.csv"));
    spec.geometry = GeometrySource::CountyColumn;
    spec.countyColumn = QStringLiteral("县");
    const Outcome o = importInto(**store, QStringLiteral("villages"), spec);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.fids.size(), 7);
    QCOMPARE(o.prepared.rejected.size(), 1);
    QCOMPARE(o.prepared.rejected[0].row, 9);
    const qint64 expected[] = {fidOf("411603"), fidOf("411603"), fidOf("411603"), fidOf("411603"),
                               fidOf("410308"), fidOf("410308"), fidOf("411621")};
    for (int i = 0; i < 7; ++i)
        QVERIFY2(liesIn(**store, QStringLiteral("villages"), o.fids[i], expected[i]),
                 qPrintable(QString::number(i)));
}

void TstImporter::newLayerFromCsv()
{
    writeFile(m_dir.filePath(QStringLiteral("wells.csv")),
              "编号,水质,WKT\n0371,II,POINT (113.6 34.7)\n0372,III,POINT (113.7 34.8)\n0373,IV,\"LINESTRING "
              "(113 34, 113.1 34.1)\"\n");
    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    ImportSpec spec;
    spec.file = m_dir.filePath(QStringLiteral("wells.csv"));
    spec.geometry = GeometrySource::WktColumn;
    spec.wktColumn = QStringLiteral("WKT");
    const Outcome o = importInto(**store, QStringLiteral("wells"), spec);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.fids.size(), 2);
    QCOMPARE(o.prepared.rejected.size(), 1);
    QVERIFY2(o.prepared.rejected[0].reason.contains(QLatin1String("line")),
             qPrintable(o.prepared.rejected[0].reason));
    QVERIFY((*store)->featureLayerNames().contains(QStringLiteral("wells")));
    const Result<ReadLayer> wells = (*store)->readLayer(QStringLiteral("wells"));
    QCOMPARE(wells->table.kind, GeometryKind::Point);
    QCOMPARE(wells->table.crs.epsg(), 4490);
    QCOMPARE(wells->table.fields.size(), 2);
    QCOMPARE(wells->table.value(0, QStringLiteral("编号")).toString(),
             QStringLiteral("0371")); // text keeps the 0
}

void TstImporter::cancelWritesNothing()
{
    QByteArray csv = "name,lon,lat\n";
    for (int i = 0; i < 20000; ++i)
        csv += QStringLiteral("点%1,%2,%3\n")
                   .arg(i)
                   .arg(fixed(113 + (i % 100) * 0.01, 4), fixed(34 + (i / 100) * 0.004, 4))
                   .toUtf8();
    writeFile(m_dir.filePath(QStringLiteral("many.csv")), csv);
    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    const qint64 rows = rowCount(**store, QStringLiteral("outfalls")), audit = (*store)->auditCount();
    ImportSpec spec;
    spec.file = m_dir.filePath(QStringLiteral("many.csv"));
    spec.geometry = GeometrySource::XyColumns;
    spec.xColumn = QStringLiteral("lon");
    spec.yColumn = QStringLiteral("lat");
    const Result<ImportContext> context = ImportContext::fromStore(**store, QStringLiteral("outfalls"));
    std::atomic<bool> cancel = false;
    qint64 seen = 0;
    const Result<PreparedImport> prepared =
        Importer::prepare(spec, *context, &cancel, [&](qint64 done, qint64 total) {
            seen = done;
            QCOMPARE(total, 20000);
            if (done >= 2000)
                cancel = true;
        });
    QVERIFY(prepared);
    QVERIFY(prepared->cancelled);
    QVERIFY(prepared->edits.isEmpty());
    QVERIFY(seen >= 2000 && seen < 20000);
    QCOMPARE(Importer::write(**store, *prepared, QStringLiteral("test"))->size(), 0);
    QCOMPARE(rowCount(**store, QStringLiteral("outfalls")), rows);
    QCOMPARE((*store)->auditCount(), audit);
}

void TstImporter::failedWriteWritesNothing()
{
    writeFile(m_dir.filePath(QStringLiteral("few.csv")),
              "name,lon,lat\n甲,113.6,34.7\n乙,113.7,34.8\n丙,113.8,34.9\n");
    auto store = ProjectStore::open(m_project, ProjectStore::Access::ReadWrite);
    const qint64 rows = rowCount(**store, QStringLiteral("outfalls")), audit = (*store)->auditCount();
    ImportSpec spec;
    spec.file = m_dir.filePath(QStringLiteral("few.csv"));
    spec.geometry = GeometrySource::XyColumns;
    spec.xColumn = QStringLiteral("lon");
    spec.yColumn = QStringLiteral("lat");
    Result<PreparedImport> prepared =
        Importer::prepare(spec, *ImportContext::fromStore(**store, QStringLiteral("outfalls")));
    QVERIFY(prepared);
    QCOMPARE(prepared->edits.size(), 3);
    // The last row fails inside the transaction: the first two must not stay.
    prepared->edits.last().after->attributes.insert(QStringLiteral("no_such_field"), 1);
    QVERIFY(!Importer::write(**store, *prepared, QStringLiteral("test")));
    QCOMPARE(rowCount(**store, QStringLiteral("outfalls")), rows);
    QCOMPARE((*store)->auditCount(), audit);
}

void TstImporter::undoRemovesAnImport()
{
    writeFile(m_dir.filePath(QStringLiteral("undo.csv")), "name,lon,lat\n甲,113.6,34.7\n乙,113.7,34.8\n");
    auto opened = ProjectLoader::openProject(m_project, Crs::defaultDisplay(), true);
    QVERIFY2(opened, qPrintable(opened.error()));
    Project &project = **opened;
    ImportSpec spec;
    spec.file = m_dir.filePath(QStringLiteral("undo.csv"));
    spec.geometry = GeometrySource::XyColumns;
    spec.xColumn = QStringLiteral("lon");
    spec.yColumn = QStringLiteral("lat");
    const std::size_t before = project.layer(QStringLiteral("outfalls"))->data->table().size();
    const Result<PreparedImport> prepared =
        Importer::prepare(spec, *ImportContext::fromStore(*project.store(), QStringLiteral("outfalls")));
    QVERIFY(prepared);
    const Result<QList<qint64>> fids = EditFeatures::push(project, prepared->edits, QStringLiteral("Import"));
    QVERIFY2(fids, qPrintable(fids.error()));
    QCOMPARE(project.layer(QStringLiteral("outfalls"))->data->table().size(), before + 2);
    project.undoStack()->undo();
    QCOMPARE(project.layer(QStringLiteral("outfalls"))->data->table().size(), before);
    QCOMPARE(rowCount(*project.store(), QStringLiteral("outfalls")), qint64(before));
}

void TstImporter::rejectedRowsCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("rejected.csv"));
    QVERIFY(Importer::writeRejected(
        path, {QStringLiteral("名称"), QStringLiteral("x")},
        {{3, QStringLiteral("x “1,5” is not a number"), {QStringLiteral("甲"), QStringLiteral("1,5")}}}));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)),
             QStringLiteral("row,reason,名称,x\r\n3,x “1,5” is not a number,甲,\"1,5\"\r\n")
                 .replace(QStringLiteral("x “1,5” is not a number"),
                          QStringLiteral("\"x “1,5” is not a number\"")));
}

void TstImporter::commandLine()
{
    writeFile(m_dir.filePath(QStringLiteral("cli.csv")), "名称,lon,lat\n甲,113.6,34.7\n乙,abc,34.8\n");
    writeFile(m_dir.filePath(QStringLiteral("bad.csv")), "名称,lon,lat\n乙,abc,34.8\n");
    auto run = [](const QStringList &args) {
        QProcess p;
        p.start(test::ecoplanBinary(), args);
        p.waitForFinished(60000);
        return std::tuple{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                          QString::fromUtf8(p.readAllStandardError())};
    };
    const QString rejected = m_dir.filePath(QStringLiteral("cli-rejected.csv"));
    auto [code, out, err] =
        run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("cli.csv")), QStringLiteral("--project"),
             m_project, QStringLiteral("--layer"), QStringLiteral("outfalls"), QStringLiteral("--x"),
             QStringLiteral("lon"), QStringLiteral("--y"), QStringLiteral("lat"), QStringLiteral("--crs"),
             QStringLiteral("4490"), QStringLiteral("--map"), QStringLiteral("名称=name"),
             QStringLiteral("--rejected"), rejected});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("Imported 1 of 2 rows into “outfalls”; rejected 1.")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("row 3: x “abc” is not a number")), qPrintable(out));
    QVERIFY(QFile::exists(rejected));

    std::tie(code, out, err) =
        run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("bad.csv")), QStringLiteral("--project"),
             m_project, QStringLiteral("--layer"), QStringLiteral("outfalls"), QStringLiteral("--x"),
             QStringLiteral("lon"), QStringLiteral("--y"), QStringLiteral("lat")});
    QCOMPARE(code, 1);
    QVERIFY(out.contains(QLatin1String("row 2:")));
    QVERIFY(err.contains(QLatin1String("no row could be imported")));

    for (const QStringList &args :
         {QStringList{QStringLiteral("import"), m_dir.filePath(QStringLiteral("cli.csv"))},
          QStringList{QStringLiteral("import"), m_dir.filePath(QStringLiteral("cli.csv")),
                      QStringLiteral("--project"), m_project, QStringLiteral("--layer"),
                      QStringLiteral("outfalls"), QStringLiteral("--crs"), QStringLiteral("mars")},
          QStringList{QStringLiteral("import"), m_dir.filePath(QStringLiteral("cli.csv")),
                      QStringLiteral("--project"), m_project, QStringLiteral("--layer"),
                      QStringLiteral("outfalls"), QStringLiteral("--x"), QStringLiteral("nope"),
                      QStringLiteral("--y"), QStringLiteral("lat")},
          QStringList{QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.csv")),
                      QStringLiteral("--project"), m_project, QStringLiteral("--layer"),
                      QStringLiteral("outfalls")}}) {
        std::tie(code, out, err) = run(args);
        QVERIFY2(code == 1, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(err.startsWith(QLatin1String("ecoplan import: ")) && err.count(QLatin1Char('\n')) == 1,
                 qPrintable(err));
    }
}

QTEST_GUILESS_MAIN(TstImporter)
#include "tst_importer.moc"
