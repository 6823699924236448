// SPDX-License-Identifier: GPL-3.0-or-later
// Layer > Import end to end on a copy of the demo project: the wizard's pages (preview of a GBK file, guessed
// columns, field mapping with its type check, conversion with a map preview), the import as one undo step,
// the report with its rejected rows, and Stop during the conversion writing nothing. With
// ECOPLAN_SCREENSHOT_DIR set, each page is saved there as a PNG.
#include "canvas/mapcanvas.h"
#include "fileactions.h"
#include "import/importwizard.h"
#include "importactions.h"
#include "mainwindow.h"
#include "project/project.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace ecoplan;

class TstImportActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wizardImportsAndUndoRemoves();
    void stopWritesNothing();

private:
    qint64 outfalls() const
    {
        const auto read = m_window->project()->store()->readLayer(QStringLiteral("outfalls"));
        return read ? static_cast<qint64>(read->table.size()) : -1;
    }
    void shoot(QWidget &w, const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ECOPLAN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TstImportActions::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EcoPlanTest"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_window = std::make_unique<MainWindow>();
    const QString project = test::copyInto(m_dir, test::demoProject());
    m_window->fileActions()->setOpenDialog(
        [project](QWidget *, const QString &, const QString &, const QString &) { return project; });
    QAction *import = m_window->findChild<QAction *>(QStringLiteral("action.layer.import"));
    QVERIFY(import);
    QVERIFY(!import->isEnabled());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->findChild<QAction *>(QStringLiteral("action.file.open"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->project() != nullptr, 20000);
    QVERIFY(import->isEnabled());
}

void TstImportActions::wizardImportsAndUndoRemoves()
{
    // A GBK file as exported from an older Excel: two good rows, one without a number, one in Beijing.
    const QString csv = m_dir.filePath(QStringLiteral("排口登记.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringEncoder("GB18030").encode(QStringLiteral("名称,经度,纬度,工作状态,受纳水体\n"
                                                                "新郑市排口,113.74,34.40,推进中,双洎河\n"
                                                                "坏行,113.x,34.4,,\n"
                                                                "北京,116.40,39.90,,\n"
                                                                "禹州市排口,113.49,34.14,completed,颍河\n")));
    }
    const qint64 before = outfalls();
    const int steps = m_window->project()->undoStack()->count();
    bool ran = false;
    m_window->importActions()->setRunWizard([&](ImportWizard &w) {
        ran = true;
        w.setFile(csv);
        w.setTargetLayer(QStringLiteral("outfalls"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        shoot(w, QStringLiteral("import-1-file"));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::TablePage));
        QTableWidget *table = w.previewTable();
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("名称"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("新郑市排口"));
        QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("2"));
        shoot(w, QStringLiteral("import-2-table"));
        w.next();
        QCOMPARE(w.spec().geometry, GeometrySource::XyColumns);
        QCOMPARE(w.spec().xColumn, QStringLiteral("经度"));
        QCOMPARE(w.spec().yColumn, QStringLiteral("纬度"));
        shoot(w, QStringLiteral("import-3-geometry"));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FieldsPage));
        // The defaults come from ColumnMatcher, as in `ecoplan import`: 名称, 工作状态 and 受纳水体 are the
        // titles of name, status and receiving_river; the coordinates go to no field.
        auto *mapping = w.findChild<QTableWidget *>(QStringLiteral("importMapping"));
        QMap<QString, QString> chosen;
        for (int r = 0; r < mapping->rowCount(); ++r) {
            const auto *box = qobject_cast<QComboBox *>(mapping->cellWidget(r, 2));
            if (box->currentIndex() > 0)
                chosen.insert(mapping->item(r, 0)->data(Qt::UserRole).toString(), box->currentText());
        }
        QCOMPARE(chosen, (QMap<QString, QString>{{QStringLiteral("name"), QStringLiteral("名称")},
                                                 {QStringLiteral("status"), QStringLiteral("工作状态")},
                                                 {QStringLiteral("receiving_river"), QStringLiteral("受纳水体")}}));
        const QString check = w.findChild<QLabel *>(QStringLiteral("importCheck"))->text();
        QVERIFY2(check.contains(QLatin1String("2 can be imported and 2 cannot")), qPrintable(check));
        shoot(w, QStringLiteral("import-4-fields"));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::ConvertPage));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isConverting() && w.prepared(), 20000);
        QCOMPARE(w.prepared()->edits.size(), 2);
        QVERIFY(w.previewCanvas()->project());
        QVERIFY(w.previewCanvas()->project()->layer(QStringLiteral("import-preview")));
        QCOMPARE(outfalls(), before); // nothing written before Import
        QTRY_VERIFY_WITH_TIMEOUT(
            !w.previewCanvas()->isRendering() && !w.previewCanvas()->renderedImage().isNull(), 20000);
        shoot(w, QStringLiteral("import-5-preview"));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::ReportPage));
        QCOMPARE(w.importedCount(), 2);
        auto *rejected = w.findChild<QTableWidget *>(QStringLiteral("importRejected"));
        QCOMPARE(rejected->rowCount(), 2);
        QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(rejected->item(1, 0)->text(), QStringLiteral("4"));
        QVERIFY(rejected->item(1, 1)->text().contains(QLatin1String("outside Henan")));
        QVERIFY(w.saveRejected(m_dir.filePath(QStringLiteral("rejected.csv"))));
        shoot(w, QStringLiteral("import-6-report"));
        w.accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("action.layer.import"))->trigger();
    QVERIFY(ran);
    QCOMPARE(outfalls(), before + 2);
    const auto layer = m_window->project()->layer(QStringLiteral("outfalls"));
    QCOMPARE(layer->data->table().size(), std::size_t(before + 2));
    QCOMPARE(layer->data->table().value(std::size_t(before), QStringLiteral("receiving_river")).toString(),
             QStringLiteral("双洎河"));
    QCOMPARE(layer->data->table().value(std::size_t(before), QStringLiteral("status")).toString(),
             QStringLiteral("in_progress"));
    QCOMPARE(m_window->project()->undoStack()->count(), steps + 1);
    m_window->project()->undoStack()->undo();
    QCOMPARE(outfalls(), before);
    QCOMPARE(QSettings().value(QStringLiteral("import/lastDir")).toString(), m_dir.path());
}

void TstImportActions::stopWritesNothing()
{
    const QString csv = m_dir.filePath(QStringLiteral("many.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,lon,lat\n");
        for (int i = 0; i < 60000; ++i)
            f.write(QStringLiteral("p%1,%2,34.5\n").arg(i).arg(113 + (i % 1000) * 0.001, 0, 'f', 4).toUtf8());
    }
    const qint64 before = outfalls();
    const qint64 audit = m_window->project()->store()->auditCount();
    m_window->importActions()->setRunWizard([&](ImportWizard &w) {
        w.setFile(csv);
        w.setTargetLayer(QStringLiteral("outfalls"));
        w.show();
        for (int page = 0; page < 4; ++page)
            w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::ConvertPage));
        w.stopConversion();
        QVERIFY(!w.isConverting());
        QVERIFY(!w.currentPage()->isComplete());
        w.reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("action.layer.import"))->trigger();
    QCOMPARE(outfalls(), before);
    QCOMPARE(m_window->project()->store()->auditCount(), audit);
}

QTEST_MAIN(TstImportActions)
#include "tst_importactions.moc"
