// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/gazetteer.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace ecoplan;

namespace {

/// "name:code" per place found, to compare whole results in one QCOMPARE.
QStringList found(const Gazetteer &g, const QString &text)
{
    QStringList out;
    for (const PlaceRef &p : g.findPlaces(text))
        out << p.name + QLatin1Char(':') + p.code;
    return out;
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto g = Gazetteer::load(test::gazetteerCsv());
        QVERIFY2(g.ok(), qPrintable(g.error()));
        m_gazetteer.emplace(std::move(g).value());
    }

    void loadFailsNamingTheFile()
    {
        auto missing = Gazetteer::load(QStringLiteral("/nonexistent/gazetteer.csv"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("/nonexistent/gazetteer.csv")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,name_zh\n410000,河南省\n");
        f.close();
        auto bad = Gazetteer::load(path);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QStringLiteral("kind")), qPrintable(bad.error()));
    }

    // Every prefecture and county of the reference GeoPackage, by its Chinese name and its code.
    void everyReferenceUnitHasItsCode()
    {
        GDALAllRegister();
        GDALDatasetUniquePtr ds(
            GDALDataset::Open(test::referenceGpkg().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(ds);
        int checked = 0;
        for (const char *layerName : {"prefectures", "counties"}) {
            OGRLayer *layer = ds->GetLayerByName(layerName);
            QVERIFY(layer);
            for (auto &f : *layer) {
                const QString code = QString::fromUtf8(f->GetFieldAsString("code"));
                const QString name = QString::fromUtf8(f->GetFieldAsString("name"));
                const auto byName = m_gazetteer->lookup(name);
                QVERIFY2(byName, qPrintable(name));
                QCOMPARE(byName->code, code);
                const auto byCode = m_gazetteer->byCode(code);
                QVERIFY2(byCode, qPrintable(code));
                QCOMPARE(byCode->name, name);
                ++checked;
            }
        }
        QCOMPARE(checked, 18 + 157); // 157 county-level units of GB/T 2260 today, 济源 among them
        // Province, rivers, reservoirs and the canal on top (济源 is one place, in both layers).
        QVERIFY(m_gazetteer->size() > 1 + 18 + 157);
    }

    // Names and codes of before 2019-2021 lead to the unit of today, so plans that still use them link.
    void formerNamesAndCodesResolveToTodaysUnit_data()
    {
        QTest::addColumn<QString>("former");
        QTest::addColumn<QString>("code");
        QTest::newRow("淮阳县") << QStringLiteral("淮阳县") << QStringLiteral("411603");
        QTest::newRow("Huaiyang County") << QStringLiteral("Huaiyang County") << QStringLiteral("411603");
        QTest::newRow("孟津县") << QStringLiteral("孟津县") << QStringLiteral("410308");
        QTest::newRow("吉利区, merged") << QStringLiteral("吉利区") << QStringLiteral("410308");
        QTest::newRow("偃师市") << QStringLiteral("偃师市") << QStringLiteral("410307");
        QTest::newRow("长垣县") << QStringLiteral("长垣县") << QStringLiteral("410783");
        QTest::newRow("许昌县") << QStringLiteral("许昌县") << QStringLiteral("411003");
    }
    void formerNamesAndCodesResolveToTodaysUnit()
    {
        QFETCH(QString, former);
        QFETCH(QString, code);
        const auto place = m_gazetteer->lookup(former);
        QVERIFY2(place, qPrintable(former));
        QCOMPARE(place->code, code);
        QCOMPARE(found(*m_gazetteer, former + QStringLiteral("人民政府负责")),
                 QStringList{place->name + QLatin1Char(':') + code});
    }
    void formerCodes()
    {
        QCOMPARE(m_gazetteer->byCode(QStringLiteral("411626"))->code, QStringLiteral("411603"));
        QCOMPARE(m_gazetteer->byCode(QStringLiteral("411626"))->name, QStringLiteral("淮阳区"));
        QCOMPARE(m_gazetteer->byCode(QStringLiteral("410306"))->code, QStringLiteral("410308"));
        QCOMPARE(m_gazetteer->byCode(QStringLiteral("410322"))->code, QStringLiteral("410308"));
        // 411621 is 扶沟县, today as before; 许昌 alone is still the city, not 许昌县 (now 建安区).
        QCOMPARE(m_gazetteer->byCode(QStringLiteral("411621"))->name, QStringLiteral("扶沟县"));
        QCOMPARE(m_gazetteer->lookup(QStringLiteral("许昌"))->code, QStringLiteral("411000"));
        QVERIFY(!m_gazetteer->lookup(QStringLiteral("吉利"))); // a common word, never a place alone
    }

    void lookupSingleNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("full") << QStringLiteral("禹州市") << QStringLiteral("411081");
        QTest::newRow("short") << QStringLiteral(" 禹州 ") << QStringLiteral("411081");
        QTest::newRow("district short") << QStringLiteral("魏都") << QStringLiteral("411002");
        QTest::newRow("pinyin") << QStringLiteral("Yuzhou") << QStringLiteral("411081");
        QTest::newRow("English") << QStringLiteral("qi county") << QStringLiteral("410221");
        QTest::newRow("higher level wins") << QStringLiteral("安阳") << QStringLiteral("410500");
        QTest::newRow("river") << QStringLiteral("Huai River") << QStringLiteral("river:huaihe");
        QTest::newRow("canal alias") << QStringLiteral("总干渠") << QStringLiteral("canal:snwd-middle");
        QTest::newRow("reservoir") << QStringLiteral("小浪底水库") << QStringLiteral("reservoir:xiaolangdi");
    }
    void lookupSingleNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const auto place = m_gazetteer->lookup(name);
        QVERIFY2(place, qPrintable(name));
        QCOMPARE(place->code, code);
        QVERIFY(!m_gazetteer->lookup(QStringLiteral("生态环境")));
        QVERIFY(!m_gazetteer->lookup(QStringLiteral("Beijing")));
    }

    void findsChinese_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // From the Xuchang plan (seed 002), line 27.
        QTest::newRow("seed roads") << QStringLiteral("加快推进许昌市绕城高速公路、许昌至信阳高速公路(许昌境)"
                                                      "、郑州至南阳高速公路(郑州至许昌段)、"
                                                      "焦作至平顶山(新密至襄城段)高速公路等项目建设")
                                    << QStringList{
                                           QStringLiteral("许昌市:411000"), QStringLiteral("信阳市:411500"),
                                           QStringLiteral("郑州市:410100"), QStringLiteral("南阳市:411300"),
                                           QStringLiteral("焦作市:410800"), QStringLiteral("平顶山市:410400"),
                                           QStringLiteral("新密市:410183"), QStringLiteral("襄城县:411025")};
        QTest::newRow("two cities") << QStringLiteral("禹州市、长葛市要加快推进钢铁行业集中化布局")
                                    << QStringList{QStringLiteral("禹州市:411081"),
                                                   QStringLiteral("长葛市:411082")};
        QTest::newRow("seed offices")
            << QStringLiteral(
                   "(市生态环境局牵头,市自然资源和规划局、市水利局、市南水北调工程运行保障中心配合,"
                   "禹州市、长葛市政府负责落实)")
            << QStringList{QStringLiteral("禹州市:411081"), QStringLiteral("长葛市:411082")};
        QTest::newRow("city government")
            << QStringLiteral("由禹州市政府负责落实,长葛政府配合")
            << QStringList{QStringLiteral("禹州市:411081"), QStringLiteral("长葛市:411082")};
        QTest::newRow("district shorts in context")
            << QStringLiteral("魏都区牵头,建安政府、鄢陵境内配合")
            << QStringList{QStringLiteral("魏都区:411002"), QStringLiteral("建安区:411003"),
                           QStringLiteral("鄢陵县:411024")};
        // Seed line 49: 清流河, 吴公渠 and 洋湖渠 are small waters the gazetteer does not hold.
        QTest::newRow("seed rivers")
            << QStringLiteral("持续开展清潩河、清流河、颍河、吴公渠、洋湖渠等重要河流环境排查治理")
            << QStringList{QStringLiteral("清潩河:river:qingyihe"), QStringLiteral("颍河:river:yinghe")};
        QTest::newRow("longest river")
            << QStringLiteral("沙颍河流域") << QStringList{QStringLiteral("沙颍河:river:shayinghe")};
        QTest::newRow("canal") << QStringLiteral("深化南水北调中线工程沿线突出环境问题")
                               << QStringList{QStringLiteral("南水北调中线总干渠:canal:snwd-middle")};
        QTest::newRow("county, not its short")
            << QStringLiteral("襄城县") << QStringList{QStringLiteral("襄城县:411025")};
        QTest::newRow("one mention") << QStringLiteral("许昌市")
                                     << QStringList{QStringLiteral("许昌市:411000")};
        QTest::newRow("county and city")
            << QStringLiteral("安阳县和安阳市")
            << QStringList{QStringLiteral("安阳县:410522"), QStringLiteral("安阳市:410500")};
        QTest::newRow("once, first mention order")
            << QStringLiteral("许昌、郑州、许昌市、郑州市")
            << QStringList{QStringLiteral("许昌市:411000"), QStringLiteral("郑州市:410100")};
        QTest::newRow("province") << QStringLiteral("依据《河南省推动生态环境质量稳定向好三年行动计划》")
                                  << QStringList{QStringLiteral("河南省:410000")};
        QTest::newRow("one-character county")
            << QStringLiteral("范县、杞县")
            << QStringList{QStringLiteral("范县:410926"), QStringLiteral("杞县:410221")};
        QTest::newRow("reservoir short")
            << QStringLiteral("小浪底库区") << QStringList{QStringLiteral("小浪底水库:reservoir:xiaolangdi")};
    }
    void findsChinese()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(found(*m_gazetteer, text), expected);
    }

    void findsEnglish_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // Seed 000, line 19.
        QTest::newRow("seed cities") << QStringLiteral(
                                            "We will promote coal and electricity projects in Xuchang, "
                                            "Pingdingshan and other provincial municipalities")
                                     << QStringList{QStringLiteral("许昌市:411000"),
                                                    QStringLiteral("平顶山市:410400")};
        QTest::newRow("county-level city")
            << QStringLiteral("Yuzhou and Changge City build parks")
            << QStringList{QStringLiteral("禹州市:411081"), QStringLiteral("长葛市:411082")};
        QTest::newRow("city suffix") << QStringLiteral("Xuchang City will")
                                     << QStringList{QStringLiteral("许昌市:411000")};
        QTest::newRow("district") << QStringLiteral("the Weidu District government")
                                  << QStringList{QStringLiteral("魏都区:411002")};
        // Seed 000, line 30 (Majia River is not in Henan's gazetteer).
        QTest::newRow("seed rivers")
            << QStringLiteral(
                   "rivers such as Jindi River, Majia River, Huiji River, Weihe River and the Huai River")
            << QStringList{QStringLiteral("金堤河:river:jindihe"), QStringLiteral("惠济河:river:huijihe"),
                           QStringLiteral("卫河:river:weihe"), QStringLiteral("淮河:river:huaihe")};
        QTest::newRow("basin") << QStringLiteral("the Yellow River Basin")
                               << QStringList{QStringLiteral("黄河:river:huanghe")};
        QTest::newRow("possessive") << QStringLiteral("Henan's rivers")
                                    << QStringList{QStringLiteral("河南省:410000")};
        QTest::newRow("canal") << QStringLiteral("along the South-to-North Water Diversion middle route")
                               << QStringList{QStringLiteral("南水北调中线总干渠:canal:snwd-middle")};
        QTest::newRow("reservoir") << QStringLiteral("monitoring of Danjiangkou Reservoir and Danjiang River")
                                   << QStringList{QStringLiteral("丹江口水库:reservoir:danjiangkou"),
                                                  QStringLiteral("丹江:river:danjiang")};
        QTest::newRow("not inside words") << QStringLiteral("Xuchangs, AXuchang, Qi") << QStringList{};
    }
    void findsEnglish()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(found(*m_gazetteer, text), expected);
    }

    // Sentences of the seeds that name no place, and common words that contain a place name.
    void noFalsePositives_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("seed 002 line 13") << QStringLiteral(
            "坚持因地制宜、分类施策。找准影响生态环境质量的突出问题,科学确定治理方式,用足用好科技手段,"
            "坚持立足当前、"
            "着眼长远,整治为先、修复为要,科学治理、精准施策,提高生态环境治理的质量和效率。");
        QTest::newRow("seed 002 line 14")
            << QStringLiteral("坚持标本兼治、综合治理。坚持系统思维,"
                              "加强前瞻性思考、全局性谋划、战略性布局、整体性推进,统筹生态环境质量"
                              "改善重点任务,推动从末端防治向源头治理、全生命周期治理转变,"
                              "实现环境要素系统治理、协同治理、综合治理。");
        QTest::newRow("seed 002 line 48") << QStringLiteral(
            "持续推动建设美丽河湖。强化水资源、水环境、水生态统筹,加快推进美丽河湖建设,"
            "积极参与国家级、省级美丽河湖"
            "优秀案例申报,以建促治,努力打造一批示范性的美丽河湖,恢复河畅、湖清、岸绿、景美的河湖环境。");
        QTest::newRow("common words") << QStringLiteral(
            "创建生态文明建设示范县,推进信息县域平台和新县城建设;中原城市群;上街市场;弘扬博爱精神;商城促销;"
            "解放思想;防洪河道;大运河南岸");
        QTest::newRow("seed 000 line 5")
            << QStringLiteral("New construction, reconstruction and expansion (including relocation) of iron "
                              "and steel, cement and "
                              "coking projects should reach ultra-low emission levels.");
        QTest::newRow("English words") << QStringLiteral(
            "Fan blades, a Song, ye olde Wen and Xinhua News Agency; Qi and Ye are not places on their own.");
    }
    void noFalsePositives()
    {
        QFETCH(QString, text);
        QCOMPARE(found(*m_gazetteer, text), QStringList{});
    }

    // An index, not a regular expression per place: a 60 kB document takes milliseconds.
    void largeDocumentIsQuick()
    {
        QString text;
        while (text.size() < 60000)
            text += QStringLiteral(
                "坚持生态优先、绿色发展,推动长葛循环经济产业园建设。The Yellow River Basin in Henan. ");
        QElapsedTimer timer;
        timer.start();
        const QStringList places = found(*m_gazetteer, text);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(places, (QStringList{QStringLiteral("长葛市:411082"), QStringLiteral("黄河:river:huanghe"),
                                      QStringLiteral("河南省:410000")}));
    }

private:
    std::optional<Gazetteer> m_gazetteer;
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
