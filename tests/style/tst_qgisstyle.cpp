// SPDX-License-Identifier: GPL-3.0-or-later
// The QML the project writes into layer_styles, read by QGIS itself (its Python API, qgis.core): QGIS
// gives each layer the same renderer, field, categories or classes, colours, labels, scale range and
// opacity as the workbench. Skipped only where QGIS's Python API is not installed.
#include "project/project.h"
#include "project/projectloader.h"
#include "store/projectstore.h"
#include "style/classification.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ecoplan;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

bool hasQgis()
{
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QStringLiteral("import qgis.core")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString colourName(const Symbol &s, GeometryKind kind)
{
    return (kind == GeometryKind::Line ? s.stroke : s.fill).name();
}

} // namespace

class TstQgisStyle : public QObject
{
    Q_OBJECT
private slots:
    void qgisReadsTheStyles();

private:
    QTemporaryDir m_dir;
};

void TstQgisStyle::qgisReadsTheStyles()
{
    if (!hasQgis())
        QSKIP("QGIS's Python API (python3-qgis) is not installed");
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("qgis.gpkg"));
    const QStringList layers = {QStringLiteral("outfalls"),   QStringLiteral("mines"),
                                QStringLiteral("villages"),   QStringLiteral("canal_zones"),
                                QStringLiteral("prefectures"), QStringLiteral("rivers"),
                                QStringLiteral("snwd_canal"), QStringLiteral("counties")};
    QHash<QString, LayerStyle> styles;
    QHash<QString, GeometryKind> kinds;
    {
        auto opened = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Project &project = **opened;
        // A graduated style with a scale range, opacity and labels over the point, made as a planner would.
        const VectorLayer *villages = project.layer(QStringLiteral("villages"));
        LayerStyle graduated = villages->style;
        graduated.renderer = LayerStyle::Renderer::Graduated;
        graduated.categoryField = QStringLiteral("population");
        std::vector<double> values;
        const FeatureTable &t = villages->data->table();
        for (const QVariantList &row : t.attributes)
            values.push_back(row.value(t.fieldIndex(graduated.categoryField)).toDouble());
        graduated.ranges = classification::ranges(values, classification::Method::Quantile, 3,
                                                  {Qt::white, Qt::darkGreen}, graduated.symbol, t.kind);
        graduated.label = {true, QStringLiteral("name"), {}, 9, false, Qt::black, Qt::white, 0.5, 5, 0,
                           LabelStyle::Placement::Over};
        graduated.opacity = 0.7;
        graduated.minScaleDenominator = 1000;
        graduated.maxScaleDenominator = 3'000'000;
        project.setLayerStyle(QStringLiteral("villages"), graduated);
        for (const QString &name : layers) {
            styles.insert(name, project.layer(name)->style);
            kinds.insert(name, project.layer(name)->data->kind());
        }
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(python, QStringList{QStringLiteral(ECOPLAN_QGIS_SCRIPT), path} + layers);
    QVERIFY(p.waitForFinished(180000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    const QJsonObject qgis = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    QVERIFY2(!qgis.isEmpty(), out.constData());

    auto qgisType = [](LayerStyle::Renderer r) {
        switch (r) {
        case LayerStyle::Renderer::Categorized:
            return QStringLiteral("categorizedSymbol");
        case LayerStyle::Renderer::Graduated:
            return QStringLiteral("graduatedSymbol");
        default:
            return QStringLiteral("singleSymbol");
        }
    };
    for (const QString &name : layers) {
        const QJsonObject q = qgis.value(name).toObject();
        const LayerStyle &s = styles[name];
        const GeometryKind kind = kinds[name];
        const QByteArray what = (name + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(q).toJson()))
                                    .toUtf8();
        QVERIFY2(!q.contains(QStringLiteral("error")), what.constData());
        QCOMPARE(q.value(QStringLiteral("renderer")).toString(), qgisType(s.renderer));
        QVERIFY2(qAbs(q.value(QStringLiteral("opacity")).toDouble() - s.opacity) < 1e-6, what.constData());
        QCOMPARE(q.value(QStringLiteral("labels")).toBool(), s.label.isEnabled);
        if (s.label.isEnabled)
            QCOMPARE(q.value(QStringLiteral("labelField")).toString(), s.label.field);
        if (s.renderer == LayerStyle::Renderer::Categorized) {
            QCOMPARE(q.value(QStringLiteral("attr")).toString(), s.categoryField);
            const QJsonArray cats = q.value(QStringLiteral("categories")).toArray();
            QCOMPARE(cats.size(), s.categories.size());
            for (int i = 0; i < cats.size(); ++i) {
                const QJsonArray c = cats[i].toArray();
                QCOMPARE(c[0].toString(), s.categories[i].value.toString());
                QCOMPARE(c[1].toString(), s.categories[i].label);
                QCOMPARE(c[2].toString(), colourName(s.categories[i].symbol, kind));
            }
        } else if (s.renderer == LayerStyle::Renderer::Graduated) {
            QCOMPARE(q.value(QStringLiteral("attr")).toString(), s.categoryField);
            const QJsonArray ranges = q.value(QStringLiteral("ranges")).toArray();
            QCOMPARE(ranges.size(), s.ranges.size());
            for (int i = 0; i < ranges.size(); ++i) {
                const QJsonArray r = ranges[i].toArray();
                QCOMPARE(r[0].toDouble(), s.ranges[i].lower);
                QCOMPARE(r[1].toDouble(), s.ranges[i].upper);
                QCOMPARE(r[2].toString(), s.ranges[i].label);
                QCOMPARE(r[3].toString(), colourName(s.ranges[i].symbol, kind));
            }
        } else {
            QCOMPARE(q.value(QStringLiteral("color")).toString(), colourName(s.symbol, kind));
        }
    }
    // The planner's villages: scale range (QGIS's minScale is the zoomed-out limit) and labels over the point.
    const QJsonObject v = qgis.value(QStringLiteral("villages")).toObject();
    QVERIFY(v.value(QStringLiteral("scaleBased")).toBool());
    QCOMPARE(v.value(QStringLiteral("minScale")).toDouble(), 3'000'000.0);
    QCOMPARE(v.value(QStringLiteral("maxScale")).toDouble(), 1000.0);
    QCOMPARE(v.value(QStringLiteral("labelPlacement")).toInt(), 1); // QgsPalLayerSettings::OverPoint
    QCOMPARE(v.value(QStringLiteral("labelSize")).toDouble(), 9.0);
    QVERIFY2(v.value(QStringLiteral("labelBuffer")).toBool(), QJsonDocument(v).toJson().constData());
    QCOMPARE(v.value(QStringLiteral("labelBufferSize")).toDouble(), 0.5);
    // The prefectures keep their neighbour colouring and labels in QGIS.
    QVERIFY(qgis.value(QStringLiteral("prefectures")).toObject().value(QStringLiteral("labels")).toBool());
}

QTEST_MAIN(TstQgisStyle)
#include "tst_qgisstyle.moc"
