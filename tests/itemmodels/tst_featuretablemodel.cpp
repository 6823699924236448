// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the attribute table model: it stays consistent (QAbstractItemModelTester) while features are
// changed, added and deleted through the undo stack; a cell edit is written to the file and undone to the
// identical row; invalid values and read-only projects are refused without touching the file; and the SQL
// filter returns exactly what SQLite returns for the same WHERE clause, with SQLite's message when invalid.
#include "commands/editfeature.h"
#include "itemmodels/featurefilterproxy.h"
#include "itemmodels/featuretablemodel.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace ecoplan;

namespace {

const QString outfalls = QStringLiteral("outfalls");

StoredFeature outfall(const QString &name, const QString &status, double discharge, const QString &wkt)
{
    return {outfalls,
            -1,
            {{QStringLiteral("name"), name},
             {QStringLiteral("status"), status},
             {QStringLiteral("outfall_type"), QStringLiteral("municipal")},
             {QStringLiteral("discharge_m3_per_day"), discharge},
             {QStringLiteral("due_date"), QDate(2024, 12, 31)}},
            wkt};
}

/// The first column of a query's rows as SQLite itself returns them, on its own read-only connection.
QSet<qint64> sqliteColumn(const QString &path, const QString &query)
{
    sqlite3 *db = nullptr;
    QSet<qint64> fids;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = query.toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                fids.insert(sqlite3_column_int64(stmt, 0));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return fids;
}

QSet<qint64> sqliteFids(const QString &path, const QString &table, const QString &where)
{
    return sqliteColumn(path, QStringLiteral("SELECT fid FROM %1 WHERE %2").arg(table, where));
}

} // namespace

class TstFeatureTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsFieldsAndValues();
    void setDataWritesTheFile();
    void undoRestoresTheIdenticalRow();
    void invalidValueRefused();
    void readOnlyProjectRefuses();
    void followsAddAndDelete();
    void expressionMatchesSqlite_data();
    void expressionMatchesSqlite();
    void badExpressionQuotesSqlite();
    void expressionCannotEscapeWhere();
    void layerFromOtherFileNotFilterable();

private:
    qint64 add(const StoredFeature &f);
    int column(const QString &field) const { return m_model->layerData()->table().fieldIndex(field); }
    StoredFeature stored(qint64 fid) const { return *m_project->store()->readFeature(outfalls, fid); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<FeatureTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<qint64> m_fids;
};

qint64 TstFeatureTableModel::add(const StoredFeature &f)
{
    auto *cmd = new EditFeature(m_project.get(), {std::nullopt, f}, QStringLiteral("Add"));
    m_project->undoStack()->push(cmd);
    return cmd->fid();
}

void TstFeatureTableModel::init()
{
    m_path = test::copyDemoWithoutSamples(m_dir, QStringLiteral("table.gpkg"));
    auto p = ProjectLoader::openProject(m_path, Crs::defaultDisplay(), true);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
    QVERIFY(!m_project->isReadOnly());
    m_model = std::make_unique<FeatureTableModel>(m_project.get(), outfalls);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_fids = {add(outfall(QStringLiteral("清潩河许昌段排污口"), QStringLiteral("in_progress"), 1250.5,
                          QStringLiteral("POINT (113.85 34.03)"))),
              add(outfall(QStringLiteral("贾鲁河郑州段排污口"), QStringLiteral("not_started"), 80,
                          QStringLiteral("POINT (113.62 34.75)"))),
              add(outfall(QStringLiteral("沙颍河周口段排污口"), QStringLiteral("in_progress"), 60,
                          QStringLiteral("POINT (114.65 33.62)")))};
    m_project->undoStack()->clear();
    QCOMPARE(m_model->rowCount(), 3);
}

void TstFeatureTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_project.reset();
}

void TstFeatureTableModel::showsFieldsAndValues()
{
    QCOMPARE(m_model->columnCount(), int(m_model->fields().size()));
    const int status = column(QStringLiteral("status"));
    const QModelIndex cell = m_model->index(0, status);
    const Field &field = m_model->fields()[status];
    QCOMPARE(cell.data(Qt::EditRole), QVariant(QStringLiteral("in_progress")));
    QCOMPARE(cell.data(Qt::DisplayRole).toString(),
             inUiLanguage(field.valueList->labelOf(QStringLiteral("in_progress"))));
    QCOMPARE(m_model->headerData(status, Qt::Horizontal).toString(),
             field.displayName() + QStringLiteral(" *"));
    QCOMPARE(m_model->index(0, column(QStringLiteral("due_date"))).data().toString(),
             QStringLiteral("2024-12-31"));
    QCOMPARE(m_model->index(0, column(QStringLiteral("due_date"))).data(FeatureTableModel::SortRole),
             QVariant(QDate(2024, 12, 31)));
    QCOMPARE(m_model->headerData(1, Qt::Vertical).toLongLong(), m_fids[1]);
    QCOMPARE(m_model->headerData(status, Qt::Horizontal).toString(), QStringLiteral("Status *"));
    QCOMPARE(m_model->rowOfFid(m_fids[2]), 2);
    QVERIFY(m_model->flags(cell) & Qt::ItemIsEditable);
}

void TstFeatureTableModel::setDataWritesTheFile()
{
    const StoredFeature before = stored(m_fids[1]);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(
        m_model->setData(m_model->index(1, column(QStringLiteral("status"))), QStringLiteral("completed")));
    StoredFeature expected = before;
    expected.attributes[QStringLiteral("status")] = QStringLiteral("completed");
    QCOMPARE(stored(m_fids[1]), expected); // that one value, nothing else
    QCOMPARE(m_model->index(1, column(QStringLiteral("status"))).data(Qt::EditRole),
             QVariant(QStringLiteral("completed")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_project->undoStack()->count(), 1);

    // Text typed into a number cell is stored as a number.
    QVERIFY(m_model->setData(m_model->index(1, column(QStringLiteral("discharge_m3_per_day"))),
                             QStringLiteral("99.25")));
    QCOMPARE(stored(m_fids[1]).attributes.value(QStringLiteral("discharge_m3_per_day")), QVariant(99.25));
}

void TstFeatureTableModel::undoRestoresTheIdenticalRow()
{
    const StoredFeature before = stored(m_fids[0]);
    const QModelIndex due = m_model->index(0, column(QStringLiteral("due_date")));
    QVERIFY(m_model->setData(due, QStringLiteral("2025-06-30")));
    QCOMPARE(stored(m_fids[0]).attributes.value(QStringLiteral("due_date")), QVariant(QDate(2025, 6, 30)));
    m_project->undoStack()->undo();
    QCOMPARE(stored(m_fids[0]), before);
    QCOMPARE(m_model->index(0, column(QStringLiteral("due_date"))).data(Qt::EditRole),
             QVariant(QDate(2024, 12, 31)));
    QCOMPARE(m_model->values(0), before.attributes);
    m_project->undoStack()->redo();
    QCOMPARE(m_model->index(0, column(QStringLiteral("due_date"))).data().toString(),
             QStringLiteral("2025-06-30"));
}

void TstFeatureTableModel::invalidValueRefused()
{
    const StoredFeature before = stored(m_fids[0]);
    const qint64 audit = m_project->store()->auditCount();
    QSignalSpy failed(m_model.get(), &FeatureTableModel::editFailed);
    QVERIFY(!m_model->setData(m_model->index(0, column(QStringLiteral("status"))), QStringLiteral("done")));
    QVERIFY(!m_model->setData(m_model->index(0, column(QStringLiteral("name"))), QString()));
    QVERIFY(!m_model->setData(m_model->index(0, column(QStringLiteral("traced"))), QStringLiteral("1.5")));
    QCOMPARE(failed.count(), 3);
    auto named = [this](const QString &field) {
        return QStringLiteral("“%1”").arg(m_model->fields()[column(field)].displayName());
    };
    QVERIFY(failed.at(0).at(0).toString().contains(named(QStringLiteral("status"))));
    QVERIFY(failed.at(1).at(0).toString().contains(named(QStringLiteral("name"))));
    QVERIFY(failed.at(2).at(0).toString().contains(named(QStringLiteral("traced"))));
    QCOMPARE(stored(m_fids[0]), before);
    QCOMPARE(m_project->store()->auditCount(), audit);
    QCOMPARE(m_project->undoStack()->count(), 0);
}

void TstFeatureTableModel::readOnlyProjectRefuses()
{
    // A second workbench gets the project read-only while this one holds it.
    auto second = ProjectLoader::openProject(m_path, Crs::defaultDisplay(), true);
    QVERIFY(second.ok() && (*second)->isReadOnly());
    FeatureTableModel model(second->get(), outfalls);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex cell = model.index(0, column(QStringLiteral("notes")));
    QVERIFY(!(model.flags(cell) & Qt::ItemIsEditable));
    QVERIFY(!model.isEditable());
    QSignalSpy failed(&model, &FeatureTableModel::editFailed);
    QVERIFY(!model.setData(cell, QStringLiteral("changed")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("read-only")));
    QVERIFY(stored(m_fids[0]).attributes.value(QStringLiteral("notes")).isNull());
    QCOMPARE((*second)->undoStack()->count(), 0);
}

void TstFeatureTableModel::followsAddAndDelete()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const qint64 fid = add(
        outfall(QStringLiteral("新排污口"), QStringLiteral("verified"), 5, QStringLiteral("POINT (114 34)")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3);
    QCOMPARE(m_model->fid(3), fid);

    // Deleting the middle row removes exactly it; undo puts it back in the same place.
    const StoredFeature middle = stored(m_fids[1]);
    m_project->undoStack()->push(
        new EditFeature(m_project.get(), {middle, std::nullopt}, QStringLiteral("Delete")));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOfFid(m_fids[1]), -1);
    m_project->undoStack()->undo();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 1);
    QCOMPARE(m_model->values(1), middle.attributes);
    QCOMPARE(reset.count(), 0);

    // The layer going away empties the table.
    m_project->removeLayer(outfalls);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);
}

void TstFeatureTableModel::expressionMatchesSqlite_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("where");
    QTest::newRow("status and number") << outfalls << "status = 'in_progress' AND discharge_m3_per_day > 100";
    QTest::newRow("in list") << outfalls << "status IN ('in_progress', 'not_started')";
    QTest::newRow("like, Chinese") << outfalls << "name LIKE '%郑州%'";
    QTest::newRow("date") << outfalls << "due_date <= '2024-12-31'";
    QTest::newRow("none") << outfalls << "discharge_m3_per_day > 1e9";
    QTest::newRow("counties") << "counties"
                              << "code LIKE '4101%' OR (name LIKE '%县' AND fid % 3 = 0)";
}

void TstFeatureTableModel::expressionMatchesSqlite()
{
    QFETCH(QString, layer);
    QFETCH(QString, where);
    FeatureTableModel model(m_project.get(), layer);
    FeatureFilterProxy proxy(&model, m_project.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(proxy.canFilterByExpression());
    const Status s = proxy.setExpression(where);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QSet<qint64> shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown.insert(proxy.index(r, 0).data(FeatureTableModel::FidRole).toLongLong());
    const QSet<qint64> expected = sqliteFids(m_path, layer, where);
    QCOMPARE(shown, expected);
    QCOMPARE(*m_project->store()->matchingFids(layer, where), expected);
    QVERIFY(proxy.setExpression(QString()).ok());
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TstFeatureTableModel::badExpressionQuotesSqlite()
{
    FeatureFilterProxy proxy(m_model.get(), m_project.get());
    QVERIFY(proxy.setExpression(QStringLiteral("status = 'in_progress'")).ok());
    QCOMPARE(proxy.rowCount(), 2);
    const Status bad = proxy.setExpression(QStringLiteral("statu = 'in_progress'"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("no such column: statu")), qPrintable(bad.error()));
    QVERIFY(bad.error().contains(QStringLiteral("statu = 'in_progress'")));
    QCOMPARE(proxy.rowCount(), 2); // the previous filter stays
    QCOMPARE(proxy.expression(), QStringLiteral("status = 'in_progress'"));
    const Status syntax = proxy.setExpression(QStringLiteral("status = "));
    QVERIFY2(syntax.error().contains(QStringLiteral("syntax error")), qPrintable(syntax.error()));
}

void TstFeatureTableModel::expressionCannotEscapeWhere()
{
    ProjectStore *store = m_project->store();
    const Result<QSet<qint64>> dropped =
        store->matchingFids(outfalls, QStringLiteral("1; DROP TABLE outfalls"));
    QVERIFY(!dropped.ok());
    QVERIFY(dropped.error().contains(QStringLiteral("“;”")));
    QVERIFY(!store->matchingFids(outfalls, QStringLiteral("1 -- comment")).ok());
    // Closing the parenthesis to append a query on another table still yields only this layer's rows.
    const auto unioned =
        store->matchingFids(outfalls, QStringLiteral("0) UNION SELECT id + 1000 FROM audit_log WHERE (1"));
    if (unioned.ok()) {
        for (qint64 fid : *unioned)
            QVERIFY(m_fids.contains(fid));
    }
    // A function that writes runs inside a transaction that is rolled back.
    const QString rtree =
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'rtree_outfalls_geom'");
    QCOMPARE(sqliteColumn(m_path, rtree), QSet<qint64>{1});
    store->matchingFids(outfalls, QStringLiteral("DisableSpatialIndex('outfalls', 'geom') IS NOT NULL"));
    QCOMPARE(sqliteColumn(m_path, rtree), QSet<qint64>{1});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(store->matchingFids(outfalls, QStringLiteral("1")).value().size(), 3);
}

void TstFeatureTableModel::layerFromOtherFileNotFilterable()
{
    QStringList warnings;
    auto layers = ProjectLoader::readVectorFile(test::referenceGpkg(), m_project->displayCrs(), &warnings);
    QVERIFY2(layers.ok(), qPrintable(layers.error()));
    auto layer = layers->front();
    layer->id = m_project->uniqueLayerId(layer->id);
    const QString id = layer->id;
    m_project->addLayers({layer});
    FeatureTableModel model(m_project.get(), id);
    FeatureFilterProxy proxy(&model, m_project.get());
    QVERIFY(model.rowCount() > 0);
    QVERIFY(!proxy.canFilterByExpression());
    QVERIFY(!proxy.setExpression(QStringLiteral("1")).ok());
    QVERIFY(!model.isEditable());
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
}

QTEST_MAIN(TstFeatureTableModel)
#include "tst_featuretablemodel.moc"
