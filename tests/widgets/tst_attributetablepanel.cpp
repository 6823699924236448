// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the attribute table panel: selecting rows selects the features on the map and a map selection
// selects the rows (without echoing back), also when the table is sorted; the scopes (map extent,
// selected only) and the expression bar filter the rows, and a bad expression is shown, not applied.
#include "itemmodels/featurefilterproxy.h"
#include "itemmodels/featuretablemodel.h"
#include "itemmodels/layerlistmodel.h"
#include "mainwindow.h"
#include "panels/attributetablepanel.h"
#include "panels/layerpanel.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ecoplan;

class TstAttributeTablePanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rowsSelectFeatures();
    void featuresSelectRows();
    void scopes();
    void selectedOnlyWithSelection();
    void deselectInSelectedScope();
    void expressionBar();
    void mainWindowOpensDock();

private:
    QSet<std::uint32_t> selectedRows() const;
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<AttributeTablePanel> m_panel;
    const QString m_layer = QStringLiteral("counties");
};

void TstAttributeTablePanel::init()
{
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("panel.gpkg"));
    auto p = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    m_project = std::move(p).value();
    m_panel = std::make_unique<AttributeTablePanel>(m_project.get(), m_layer);
    QCOMPARE(m_panel->view()->model()->rowCount(), 157);
}

void TstAttributeTablePanel::cleanup()
{
    m_panel.reset();
    m_project.reset();
}

/// The layer indices of the rows selected in the view.
QSet<std::uint32_t> TstAttributeTablePanel::selectedRows() const
{
    QSet<std::uint32_t> rows;
    for (const QModelIndex &i : m_panel->view()->selectionModel()->selectedRows())
        rows.insert(std::uint32_t(m_panel->proxy()->mapToSource(i).row()));
    return rows;
}

void TstAttributeTablePanel::rowsSelectFeatures()
{
    // Sorted by name descending, so view rows and feature indices differ.
    m_panel->view()->sortByColumn(m_panel->model()->layerData()->table().fieldIndex(QStringLiteral("name")),
                                  Qt::DescendingOrder);
    QSignalSpy changed(m_project.get(), &Project::changed);
    m_panel->view()->selectRow(0);
    m_panel->view()->selectionModel()->select(m_panel->proxy()->index(1, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(changed.count(), 2);
    const QSet<std::uint32_t> expected = selectedRows();
    QCOMPARE(expected.size(), 2);
    QCOMPARE(m_project->selection().value(m_layer), expected);
    // The first row after a descending sort has the greatest name.
    QString greatest;
    for (int r = 0; r < m_panel->model()->rowCount(); ++r)
        greatest = std::max(greatest, m_panel->model()->values(r).value(QStringLiteral("name")).toString());
    const int first = m_panel->proxy()->mapToSource(m_panel->proxy()->index(0, 0)).row();
    QCOMPARE(m_panel->model()->values(first).value(QStringLiteral("name")).toString(), greatest);
    QVERIFY(expected.contains(std::uint32_t(first)));

    m_panel->view()->clearSelection();
    QVERIFY(!m_project->selection().contains(m_layer));
}

void TstAttributeTablePanel::featuresSelectRows()
{
    auto selection = m_project->selection();
    selection.insert(m_layer, {3, 4, 5, 90});
    selection.insert(QStringLiteral("prefectures"), {1}); // another layer's selection is left alone
    QSignalSpy changed(m_project.get(), &Project::changed);
    m_project->setSelection(selection);
    QCOMPARE(changed.count(), 1); // the panel did not answer with a selection of its own
    QCOMPARE(selectedRows(), (QSet<std::uint32_t>{3, 4, 5, 90}));
    m_panel->view()->selectRow(m_panel->proxy()->mapFromSource(m_panel->model()->index(7, 0)).row());
    QCOMPARE(m_project->selection().value(m_layer), QSet<std::uint32_t>{7});
    QCOMPARE(m_project->selection().value(QStringLiteral("prefectures")), QSet<std::uint32_t>{1});
    m_project->clearSelection();
    QVERIFY(selectedRows().isEmpty());
}

void TstAttributeTablePanel::scopes()
{
    const auto &data = *m_panel->model()->layerData();
    // A box around the first county: the extent scope shows exactly the counties meeting it.
    const QRectF box = data.bounds(0).adjusted(1000, 1000, -1000, -1000);
    m_panel->setMapExtent(box);
    m_panel->scopeCombo()->setCurrentIndex(
        m_panel->scopeCombo()->findData(int(FeatureFilterProxy::Scope::MapExtent)));
    QSet<qint64> expected;
    for (std::uint32_t i : data.featuresIn(box))
        expected.insert(data.table().fids[i]);
    QSet<qint64> shown;
    for (int r = 0; r < m_panel->proxy()->rowCount(); ++r)
        shown.insert(m_panel->proxy()->index(r, 0).data(FeatureTableModel::FidRole).toLongLong());
    QVERIFY(!expected.isEmpty() && expected.size() < 157);
    QCOMPARE(shown, expected);

    m_panel->scopeCombo()->setCurrentIndex(
        m_panel->scopeCombo()->findData(int(FeatureFilterProxy::Scope::Selected)));
    QCOMPARE(m_panel->proxy()->rowCount(), 0);
    m_project->setSelection({{m_layer, {10, 20, 30}}});
    QCOMPARE(m_panel->proxy()->rowCount(), 3);
    QCOMPARE(selectedRows(), (QSet<std::uint32_t>{10, 20, 30}));
}

/// The crash planners met: features selected on the map, then *Selected only* chosen in the combo box.
/// Filtering removed rows in many runs while the view's selection model still held their indexes, and the
/// selection the view then reported went back to the project and re-filtered the proxy in the middle.
void TstAttributeTablePanel::selectedOnlyWithSelection()
{
    const QSet<std::uint32_t> chosen{2, 10, 11, 57, 90, 150};
    m_project->setSelection({{m_layer, chosen}, {QStringLiteral("prefectures"), {1}}});
    QCOMPARE(selectedRows(), chosen);
    QSignalSpy changed(m_project.get(), &Project::changed);
    m_panel->scopeCombo()->setCurrentIndex(
        m_panel->scopeCombo()->findData(int(FeatureFilterProxy::Scope::Selected)));
    QCOMPARE(m_panel->proxy()->rowCount(), chosen.size());
    QCOMPARE(selectedRows(), chosen);
    // Filtering the table is not a selection of the user's: the map's selection is untouched.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_project->selection().value(m_layer), chosen);
    QCOMPARE(m_project->selection().value(QStringLiteral("prefectures")), QSet<std::uint32_t>{1});
    // Back to all features: every row again, the same ones selected.
    m_panel->scopeCombo()->setCurrentIndex(
        m_panel->scopeCombo()->findData(int(FeatureFilterProxy::Scope::All)));
    QCOMPARE(m_panel->proxy()->rowCount(), m_panel->model()->rowCount());
    QCOMPARE(selectedRows(), chosen);
    QCOMPARE(changed.count(), 0);
}

/// In *Selected only*, deselecting a row in the table deselects the feature, whose row then goes away,
/// and selecting on the map brings rows in, both while the view's selection is being changed.
void TstAttributeTablePanel::deselectInSelectedScope()
{
    m_project->setSelection({{m_layer, {3, 4, 5, 6}}});
    m_panel->scopeCombo()->setCurrentIndex(
        m_panel->scopeCombo()->findData(int(FeatureFilterProxy::Scope::Selected)));
    QCOMPARE(m_panel->proxy()->rowCount(), 4);
    const QModelIndex row5 = m_panel->proxy()->mapFromSource(m_panel->model()->index(5, 0));
    m_panel->view()->selectionModel()->select(row5,
                                              QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    QCOMPARE(m_project->selection().value(m_layer), (QSet<std::uint32_t>{3, 4, 6}));
    QTRY_COMPARE(m_panel->proxy()->rowCount(), 3);
    QCOMPARE(selectedRows(), (QSet<std::uint32_t>{3, 4, 6}));
    m_panel->view()->clearSelection();
    QVERIFY(!m_project->selection().contains(m_layer));
    QTRY_COMPARE(m_panel->proxy()->rowCount(), 0);
    m_project->setSelection({{m_layer, {1, 150}}});
    QCOMPARE(m_panel->proxy()->rowCount(), 2);
    QCOMPARE(selectedRows(), (QSet<std::uint32_t>{1, 150}));
}

void TstAttributeTablePanel::expressionBar()
{
    QLineEdit *edit = m_panel->expressionEdit();
    QVERIFY(edit->isEnabled());
    edit->setText(QStringLiteral("code LIKE '4101%'"));
    QTest::keyClick(edit, Qt::Key_Return);
    const int matching = m_panel->proxy()->rowCount();
    QVERIFY(matching > 0 && matching < 157);
    QVERIFY(m_panel->message().isEmpty());
    edit->setText(QStringLiteral("cod LIKE '41%'"));
    QVERIFY(!m_panel->applyExpression());
    QVERIFY2(m_panel->message().contains(QStringLiteral("no such column: cod")),
             qPrintable(m_panel->message()));
    QCOMPARE(m_panel->proxy()->rowCount(), matching);
}

void TstAttributeTablePanel::mainWindowOpensDock()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EcoPlanTest"));
    QSettings().clear();
    m_panel.reset();
    MainWindow window;
    window.setProject(std::move(m_project));
    auto *action = window.findChild<QAction *>(QStringLiteral("action.layer.attributeTable"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F6));
    auto *list = window.layerPanel()->findChild<QListView *>(QStringLiteral("layerList"));
    list->setCurrentIndex(window.layerPanel()->model()->index(window.layerPanel()->model()->rowOf(m_layer)));
    action->trigger();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("dock.attributes.counties"));
    QVERIFY(dock);
    auto *panel = qobject_cast<AttributeTablePanel *>(dock->widget());
    QVERIFY(panel);
    QCOMPARE(panel->model()->rowCount(), 157);
    action->trigger(); // the same dock again, not a second one
    QCOMPARE(window.findChildren<QDockWidget *>(QStringLiteral("dock.attributes.counties")).size(), 1);
    // The dock goes with its project.
    QPointer<QDockWidget> guard(dock);
    window.setProject(nullptr);
    QVERIFY(guard.isNull());
}

QTEST_MAIN(TstAttributeTablePanel)
#include "tst_attributetablepanel.moc"
