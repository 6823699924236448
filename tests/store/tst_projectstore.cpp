// SPDX-License-Identifier: GPL-3.0-or-later
// Protects opening files: the reference layers load with the right counts and provenance, and every kind
// of bad file (missing, folder, not a GeoPackage, damaged, locked, read-only) gets its own clear message
// that names the file — never a crash or an empty project.
#include "project/project.h"
#include "project/projectloader.h"
#include "store/filesystem.h"
#include "store/projectstore.h"
#include "store/vectorfilereader.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

#include <sqlite3.h>

using namespace ecoplan;

class TstProjectStore : public QObject
{
    Q_OBJECT
private slots:
    void referenceLayerCounts_data();
    void referenceLayerCounts();
    void provenanceOfLayers();
    void demoHasEnglishNames();
    void badFiles_data();
    void badFiles();
    void damagedFile();
    void lockedFile();
    void readOnlyFileOpensReadOnly();
    void writerUsesWalAndHoldsLock();
    void secondWriterOpensReadOnly();
    void staleLockIsTakenOver();
    void readOnlyAccessLeavesNoTraces();
    void networkFileSystemsAvoidWal_data();
    void networkFileSystemsAvoidWal();
    void readsOtherVectorFormats();
    void vectorFileWithoutCrsWarns();

private:
    QTemporaryDir m_dir;
};

void TstProjectStore::referenceLayerCounts_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("kind");
    // Counts from data/reference/PROVENANCE.md.
    QTest::newRow("province") << "province" << 1 << int(GeometryKind::Polygon);
    QTest::newRow("prefectures") << "prefectures" << 18 << int(GeometryKind::Polygon);
    QTest::newRow("counties") << "counties" << 157 << int(GeometryKind::Polygon);
    QTest::newRow("rivers") << "rivers" << 90 << int(GeometryKind::Line);
    QTest::newRow("snwd_canal") << "snwd_canal" << 1 << int(GeometryKind::Line);
}

void TstProjectStore::referenceLayerCounts()
{
    QFETCH(QString, layer);
    QFETCH(int, count);
    QFETCH(int, kind);
    auto project = ProjectLoader::openProject(test::referenceGpkg());
    QVERIFY2(project.ok(), qPrintable(project.error()));
    const VectorLayer *l = (*project)->layer(layer);
    QVERIFY(l);
    QCOMPARE(int(l->data->size()), count);
    QCOMPARE(int(l->data->kind()), kind);
    QCOMPARE(l->data->table().crs.epsg(), 4326);
    QCOMPARE(l->data->displayCrs().epsg(), 4547);
    // Every feature has geometry, inside Henan's box (GK 114E metres, a generous margin).
    for (std::size_t i = 0; i < l->data->size(); ++i) {
        QVERIFY(!l->data->geometry(i).isEmpty());
        const QRectF b = l->data->bounds(i);
        QVERIFY(b.left() > 100000 && b.right() < 900000 && b.top() > 3400000 && b.bottom() < 4100000);
    }
}

void TstProjectStore::provenanceOfLayers()
{
    auto project = ProjectLoader::openProject(test::referenceGpkg());
    QVERIFY(project.ok());
    const VectorLayer *canal = (*project)->layer(QStringLiteral("snwd_canal"));
    QVERIFY(canal->provenance.accuracy.contains(QStringLiteral("schematic")));
    const VectorLayer *counties = (*project)->layer(QStringLiteral("counties"));
    QVERIFY(counties->provenance.licence.contains(QStringLiteral("MIT")));
    QVERIFY(counties->provenance.accuracy.contains(QStringLiteral("1/1024")));
    QVERIFY(!counties->provenance.vintage.isEmpty());
    // Drawing order: fills at the bottom, the canal on top.
    QCOMPARE((*project)->layers().front()->id, QStringLiteral("prefectures"));
    QCOMPARE((*project)->layers().back()->id, QStringLiteral("snwd_canal"));
}

void TstProjectStore::demoHasEnglishNames()
{
    auto project = ProjectLoader::openProject(test::demoProject());
    QVERIFY2(project.ok(), qPrintable(project.error()));
    const FeatureTable &t = (*project)->layer(QStringLiteral("prefectures"))->data->table();
    bool foundZhengzhou = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        QVERIFY(!t.value(i, QStringLiteral("name_en")).toString().isEmpty());
        if (t.value(i, QStringLiteral("name")).toString() == QStringLiteral("郑州市")) {
            QCOMPARE(t.value(i, QStringLiteral("name_en")).toString(), QStringLiteral("Zhengzhou"));
            foundZhengzhou = true;
        }
    }
    QVERIFY(foundZhengzhou);
}

void TstProjectStore::badFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    const QString text = m_dir.filePath(QStringLiteral("notes.gpkg"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database\n");
    f.close();
    const QString png = m_dir.filePath(QStringLiteral("picture.gpkg"));
    QImage(10, 10, QImage::Format_RGB32).save(png, "PNG");
    const QString plainSqlite = m_dir.filePath(QStringLiteral("plain.sqlite"));
    sqlite3 *db = nullptr;
    sqlite3_open(plainSqlite.toUtf8().constData(), &db);
    sqlite3_exec(db, "CREATE TABLE t(a); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope.gpkg")) << "does not exist";
    QTest::newRow("folder") << m_dir.path() << "folder";
    QTest::newRow("text") << text << "not a GeoPackage";
    QTest::newRow("png") << png << "not a GeoPackage";
    QTest::newRow("sqlite, not gpkg") << plainSqlite << "SQLite database but not a GeoPackage";
}

void TstProjectStore::badFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    auto store = ProjectStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().contains(reason), qPrintable(store.error()));
    QVERIFY2(store.error().contains(QDir::toNativeSeparators(path)), qPrintable(store.error()));
}

void TstProjectStore::damagedFile()
{
    // Overwrite the middle of a copy with junk: the header survives, the pages do not.
    const QString path = test::copyInto(m_dir, test::referenceGpkg(), QStringLiteral("damaged.gpkg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    for (qint64 pos = 4096; pos < size; pos += 8192) {
        f.seek(pos);
        f.write(QByteArray(512, '\xA5'));
    }
    f.close();
    auto project = ProjectLoader::openProject(path);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(QStringLiteral("damaged")) ||
                 project.error().contains(QStringLiteral("malformed")) ||
                 project.error().contains(QStringLiteral("Cannot read")),
             qPrintable(project.error()));
    QVERIFY(project.error().contains(QStringLiteral("damaged.gpkg")));
}

void TstProjectStore::lockedFile()
{
    // Another program holding an exclusive write lock: SQLite's real locking, from a second connection.
    const QString path = test::copyInto(m_dir, test::referenceGpkg(), QStringLiteral("locked.gpkg"));
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr), SQLITE_OK);
    auto store = ProjectStore::open(path);
    sqlite3_exec(other, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().contains(QStringLiteral("lock")), qPrintable(store.error()));
    QVERIFY(store.error().contains(QStringLiteral("locked.gpkg")));
    // Once the other program lets go, the same file opens.
    QVERIFY(ProjectStore::open(path).ok());
}

void TstProjectStore::readOnlyFileOpensReadOnly()
{
    const QString path = test::copyInto(m_dir, test::referenceGpkg(), QStringLiteral("readonly.gpkg"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto project = ProjectLoader::openProject(path);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QVERIFY((*project)->isReadOnly());
    QVERIFY((*project)->readOnlyReason().contains(QStringLiteral("permission")));
    QCOMPARE(int((*project)->layer(QStringLiteral("counties"))->data->size()), 157);
    QVERIFY((*project)->layer(QStringLiteral("counties"))->isReadOnly);

    const QString writable = test::copyInto(m_dir, test::referenceGpkg(), QStringLiteral("writable.gpkg"));
    auto editable = ProjectLoader::openProject(writable);
    QVERIFY(editable.ok());
    QVERIFY(!(*editable)->isReadOnly());
}

void TstProjectStore::writerUsesWalAndHoldsLock()
{
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("writer.gpkg"));
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    QVERIFY(!(*store)->isReadOnly());
    QCOMPARE((*store)->journalMode(), QStringLiteral("wal")); // the test folder is on a local disk
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    QVERIFY((*store)->warnings().isEmpty());
    store->reset();
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

void TstProjectStore::secondWriterOpensReadOnly()
{
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("shared.gpkg"));
    auto first = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
    QVERIFY(first.ok() && !(*first)->isReadOnly());
    auto second = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QVERIFY((*second)->isReadOnly());
    QVERIFY2((*second)->readOnlyReason().contains(QStringLiteral("another EcoPlan Workbench")) &&
                 (*second)->readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable((*second)->readOnlyReason()));
    // The read-only one still sees the data; once the writer closes, the next opener may write.
    auto project = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
    QVERIFY(project.ok() && (*project)->isReadOnly());
    QCOMPARE(int((*project)->layer(QStringLiteral("counties"))->data->size()), 157);
    project = Result<std::unique_ptr<Project>>::failure({});
    second->reset();
    first->reset();
    auto third = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
    QVERIFY(third.ok() && !(*third)->isReadOnly());
}

void TstProjectStore::staleLockIsTakenOver()
{
    // A workbench that was killed leaves its lock file behind; its process no longer runs.
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("stale.gpkg"));
    QProcess dead;
    dead.start(QStringLiteral("/bin/true"));
    QVERIFY(dead.waitForFinished());
    const qint64 deadPid = dead.processId() ? dead.processId() : 999999;
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QStringLiteral("%1\n%2\n%3\n")
                   .arg(deadPid)
                   .arg(QCoreApplication::applicationName(), QSysInfo::machineHostName())
                   .toUtf8());
    lock.close();
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite);
    QVERIFY(store.ok());
    QVERIFY2(!(*store)->isReadOnly(), qPrintable((*store)->readOnlyReason()));
}

void TstProjectStore::readOnlyAccessLeavesNoTraces()
{
    const QString path = test::copyInto(m_dir, test::referenceGpkg(), QStringLiteral("lookonly.gpkg"));
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    {
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
        QVERIFY(store.ok());
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QCOMPARE((*store)->journalMode(), QStringLiteral("delete"));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TstProjectStore::networkFileSystemsAvoidWal_data()
{
    QTest::addColumn<qulonglong>("magic");
    QTest::addColumn<int>("kind");
    QTest::newRow("ext4") << qulonglong(0xEF53) << int(FileSystemKind::Local);
    QTest::newRow("xfs") << qulonglong(0x58465342) << int(FileSystemKind::Local);
    QTest::newRow("tmpfs") << qulonglong(0x01021994) << int(FileSystemKind::Local);
    QTest::newRow("nfs") << qulonglong(0x6969) << int(FileSystemKind::Network);
    QTest::newRow("cifs") << qulonglong(0xFF534D42) << int(FileSystemKind::Network);
    QTest::newRow("smb2") << qulonglong(0xFE534D42) << int(FileSystemKind::Network);
    QTest::newRow("sshfs (fuse)") << qulonglong(0x65735546) << int(FileSystemKind::Network);
}

void TstProjectStore::networkFileSystemsAvoidWal()
{
    QFETCH(qulonglong, magic);
    QFETCH(int, kind);
    QCOMPARE(int(fileSystemKindOfMagic(static_cast<unsigned long>(magic))), kind);
}

void TstProjectStore::readsOtherVectorFormats()
{
    const QString path = m_dir.filePath(QStringLiteral("outfalls.geojson"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},
"features":[
{"type":"Feature","properties":{"name":"许昌排口1","type":"工业"},"geometry":{"type":"Point","coordinates":[113.85,34.03]}},
{"type":"Feature","properties":{"name":"许昌排口2","type":"生活"},"geometry":{"type":"Point","coordinates":[113.80,34.10]}}]})");
    f.close();
    QStringList warnings;
    auto layers = ProjectLoader::readVectorFile(path, Crs::defaultDisplay(), &warnings);
    QVERIFY2(layers.ok(), qPrintable(layers.error()));
    QCOMPARE(int(layers->size()), 1);
    const VectorLayer &l = *layers->front();
    QCOMPARE(l.title, QStringLiteral("outfalls"));
    QCOMPARE(int(l.data->size()), 2);
    QCOMPARE(l.data->kind(), GeometryKind::Point);
    QCOMPARE(l.data->table().value(0, QStringLiteral("name")).toString(), QStringLiteral("许昌排口1"));
    QVERIFY(l.isReadOnly);
    // Reprojected on load: 113.85E is west of the 114E central meridian.
    QVERIFY(l.data->geometry(0).points[0].x() < 500000);
    QVERIFY(warnings.isEmpty());

    auto bad = VectorFileReader::read(m_dir.filePath(QStringLiteral("nothing.shp")));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(QStringLiteral("nothing.shp")));
}

void TstProjectStore::vectorFileWithoutCrsWarns()
{
    const QString path = m_dir.filePath(QStringLiteral("nocrs.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("WKT,name\n\"POINT (113.6 34.7)\",a\n");
    f.close();
    QStringList warnings;
    auto layers = ProjectLoader::readVectorFile(path, Crs::defaultDisplay(), &warnings);
    QVERIFY2(layers.ok(), qPrintable(layers.error()));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("EPSG:4326")));
    QVERIFY(warnings.first().contains(QStringLiteral("nocrs.csv")));
}

QTEST_GUILESS_MAIN(TstProjectStore)
#include "tst_projectstore.moc"
