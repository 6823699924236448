// SPDX-License-Identifier: GPL-3.0-or-later
// Protects what the select and edit tools rely on in the Layers panel and the layer properties: the
// current layer survives the list being rebuilt (a reorder, a layer added), a layer can be marked
// unselectable in its properties, and Identify lists fields by their titles in the UI's language with
// value lists by their labels, as the attribute table does.
#include "itemmodels/layerlistmodel.h"
#include "panels/identifypanel.h"
#include "panels/layerpanel.h"
#include "panels/layerpropertiesdialog.h"
#include "project/featurequery.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace ecoplan;

class TstLayerPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void currentLayerSurvivesReorder();
    void selectableInProperties();
    void identifyShowsTitlesAndLabels_data();
    void identifyShowsTitlesAndLabels();

private:
    std::unique_ptr<Project> m_project;
};

void TstLayerPanel::init()
{
    auto p = ProjectLoader::openProject(test::demoProject());
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
}

void TstLayerPanel::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_project.reset();
}

void TstLayerPanel::currentLayerSurvivesReorder()
{
    LayerPanel panel;
    panel.setProject(m_project.get());
    auto *list = panel.findChild<QListView *>(QStringLiteral("layerList"));
    QVERIFY(list);
    list->setCurrentIndex(panel.model()->index(panel.model()->rowOf(QStringLiteral("outfalls"))));
    QCOMPARE(panel.currentLayerId(), QStringLiteral("outfalls"));
    QSignalSpy changed(&panel, &LayerPanel::currentLayerChanged);
    // Moving another layer rebuilds the list; the outfalls stay the current layer.
    m_project->moveLayer(QStringLiteral("rivers"), 0);
    QCOMPARE(panel.currentLayerId(), QStringLiteral("outfalls"));
    QCOMPARE(list->currentIndex().row(), panel.model()->rowOf(QStringLiteral("outfalls")));
    for (const QList<QVariant> &args : changed)
        QCOMPARE(args.at(0).toString(), QStringLiteral("outfalls"));
    // Removing it leaves no current layer, and says so.
    changed.clear();
    m_project->removeLayer(QStringLiteral("outfalls"));
    QVERIFY(panel.currentLayerId() != QStringLiteral("outfalls"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toString(), panel.currentLayerId());
}

void TstLayerPanel::selectableInProperties()
{
    m_project->setSelection({{QStringLiteral("province"), {0}}, {QStringLiteral("counties"), {1}}});
    LayerPropertiesDialog dialog(m_project.get(), QStringLiteral("province"));
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("selectableCheck"));
    QVERIFY(check);
    QVERIFY(check->isChecked());
    check->setChecked(false);
    QVERIFY(!m_project->layer(QStringLiteral("province"))->isSelectable);
    // What can no longer be selected is not left selected; other layers keep theirs.
    QCOMPARE(m_project->selection(),
             (QHash<QString, QSet<std::uint32_t>>{{QStringLiteral("counties"), {1}}}));
    // A box with every layer selectable now passes the province by.
    const QRectF all = m_project->fullExtent();
    QVERIFY(!FeatureQuery::selectIn(*m_project, all, {{}, true}).contains(QStringLiteral("province")));
    QVERIFY(FeatureQuery::selectIn(*m_project, all, {{}, true}).contains(QStringLiteral("prefectures")));
    check->setChecked(true);
    QVERIFY(FeatureQuery::selectIn(*m_project, all, {{}, true}).contains(QStringLiteral("province")));
}

void TstLayerPanel::identifyShowsTitlesAndLabels_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("statusTitle");
    QTest::addColumn<QString>("nameTitle");
    QTest::newRow("zh") << true << QStringLiteral("工作状态") << QStringLiteral("名称");
    QTest::newRow("en") << false << QStringLiteral("Status") << QStringLiteral("Name");
}

void TstLayerPanel::identifyShowsTitlesAndLabels()
{
    QFETCH(bool, chinese);
    QFETCH(QString, statusTitle);
    QFETCH(QString, nameTitle);
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    const VectorLayer *outfalls = m_project->layer(QStringLiteral("outfalls"));
    // An outfall not started: its label differs from its code in both languages (未开始, not started).
    std::size_t row = 0;
    while (row < outfalls->data->size() &&
           outfalls->data->table().value(row, QStringLiteral("status")).toString() != QLatin1String("not_started"))
        ++row;
    QVERIFY(row < outfalls->data->size());
    const QPointF at = outfalls->data->geometry(row).points.front();
    const QString code = QStringLiteral("not_started");
    const auto found = FeatureQuery::identify(*m_project, at, 1.0);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().ref.layerId, QStringLiteral("outfalls"));
    QCOMPARE(found.first().ref.index, std::uint32_t(row));
    IdentifyPanel panel;
    panel.showFeatures(found);
    QTreeWidgetItem *feature = panel.topLevelItem(0)->child(0);
    QCOMPARE(feature->text(0), outfalls->data->table().value(row, QStringLiteral("name")).toString());
    QTreeWidgetItem *status = nullptr, *name = nullptr;
    for (int i = 0; i < feature->childCount(); ++i) {
        if (feature->child(i)->toolTip(0) == QLatin1String("status"))
            status = feature->child(i);
        if (feature->child(i)->toolTip(0) == QLatin1String("name"))
            name = feature->child(i);
    }
    QVERIFY(status && name);
    QCOMPARE(status->text(0), statusTitle);
    QCOMPARE(name->text(0), nameTitle);
    // The value list's label in the UI's language, its code in the tooltip.
    const Field &field = outfalls->data->table().fields[outfalls->data->table().fieldIndex(QStringLiteral("status"))];
    QCOMPARE(status->text(1), inUiLanguage(field.valueList->labelOf(code)));
    QVERIFY(status->text(1) != code);
    QCOMPARE(status->toolTip(1), code);
}

QTEST_MAIN(TstLayerPanel)
#include "tst_layerpanel.moc"
