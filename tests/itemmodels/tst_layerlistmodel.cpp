// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the layer list: topmost layer first, visibility and opacity edits reach the Project, drag and
// drop reorders the drawing order, and the model stays consistent (QAbstractItemModelTester).
#include "itemmodels/layerlistmodel.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace ecoplan;

class TstLayerListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void topmostFirst();
    void visibilityGoesThroughProject();
    void opacityGoesThroughProject();
    void dragAndDropReorders();
    void removalUpdatesRows();

private:
    std::unique_ptr<Project> m_project;
    std::unique_ptr<LayerListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TstLayerListModel::init()
{
    m_tester.reset();
    m_model.reset();
    auto p = ProjectLoader::openProject(test::demoProject());
    QVERIFY(p.ok());
    m_project = std::move(p).value();
    m_model = std::make_unique<LayerListModel>(m_project.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TstLayerListModel::topmostFirst()
{
    // Five reference layers and four thematic layers; the outfall points on top, the prefecture fills at the
    // bottom.
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(m_model->layerId(0), QStringLiteral("outfalls"));
    QCOMPARE(m_model->layerId(8), QStringLiteral("prefectures"));
    QCOMPARE(m_model->data(m_model->index(8), LayerListModel::FeatureCountRole).toInt(), 18);
    QVERIFY(m_model->data(m_model->index(8), Qt::DisplayRole).toString().contains(QStringLiteral("[18]")));
    QVERIFY(!m_model->data(m_model->index(0), Qt::DecorationRole).isNull());
}

void TstLayerListModel::visibilityGoesThroughProject()
{
    QSignalSpy changed(m_project.get(), &Project::changed);
    const QModelIndex counties = m_model->index(m_model->rowOf(QStringLiteral("counties")));
    QVERIFY(m_model->setData(counties, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_project->layer(QStringLiteral("counties"))->isVisible);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<ChangeEvent>().type, ChangeEvent::Type::LayerVisibility);
    QCOMPARE(m_model->data(counties, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void TstLayerListModel::opacityGoesThroughProject()
{
    const QModelIndex rivers = m_model->index(m_model->rowOf(QStringLiteral("rivers")));
    QVERIFY(m_model->setData(rivers, 0.4, LayerListModel::OpacityRole));
    QCOMPARE(m_project->layer(QStringLiteral("rivers"))->style.opacity, 0.4);
}

void TstLayerListModel::dragAndDropReorders()
{
    // Drag the top layer below the counties.
    const QString top = m_model->layerId(0);
    std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->index(0)}));
    const int countiesRow = m_model->rowOf(QStringLiteral("counties"));
    m_model->dropMimeData(mime.get(), Qt::MoveAction, countiesRow + 1, 0, {});
    const int moved = m_project->layerIndex(top);
    const int counties = m_project->layerIndex(QStringLiteral("counties"));
    QVERIFY2(moved < counties, qPrintable(QStringLiteral("%1 %2").arg(moved).arg(counties)));
    QCOMPARE(m_model->rowOf(top), countiesRow);
}

void TstLayerListModel::removalUpdatesRows()
{
    m_project->removeLayer(QStringLiteral("rivers"));
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->rowOf(QStringLiteral("rivers")), -1);
}

QTEST_MAIN(TstLayerListModel)
#include "tst_layerlistmodel.moc"
