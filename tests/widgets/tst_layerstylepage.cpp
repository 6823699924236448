// SPDX-License-Identifier: GPL-3.0-or-later
// The Style tab of the layer properties: choosing graduated classes on a number field, classifying with
// natural breaks and applying makes one undo step that the map and the file share; categories show the
// value list's labels. Set ECOPLAN_SCREENSHOT_DIR to keep a picture of the dialog.
#include "panels/layerpropertiesdialog.h"
#include "project/project.h"
#include "project/projectloader.h"
#include "style/layerstylepage.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace ecoplan;

class TstLayerStylePage : public QObject
{
    Q_OBJECT
private slots:
    void graduatedStyleAppliedAsOneStep();

private:
    QTemporaryDir m_dir;
};

void TstLayerStylePage::graduatedStyleAppliedAsOneStep()
{
    const QString path = test::copyInto(m_dir, test::demoProject(), QStringLiteral("page.gpkg"));
    auto opened = ProjectLoader::openProject(path, Crs::defaultDisplay(), true);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Project &project = **opened;
    LayerPropertiesDialog dialog(&project, QStringLiteral("outfalls"));
    auto *tabs = dialog.findChild<QTabWidget *>();
    auto *page = dialog.findChild<LayerStylePage *>();
    QVERIFY(tabs && page);
    tabs->setCurrentWidget(page);
    dialog.resize(700, 900);
    dialog.show();
    // The demo's outfalls: categories of the status value list, with its labels.
    auto *classes = page->findChild<QTableWidget *>(QStringLiteral("classTable"));
    QCOMPARE(classes->rowCount(), 4);
    QVERIFY(classes->item(0, 2)->text().contains(QStringLiteral("未开始")));
    if (const QString dir = qEnvironmentVariable("ECOPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + QStringLiteral("/style-tab-categories.png"));

    auto *renderer = page->findChild<QComboBox *>(QStringLiteral("rendererCombo"));
    renderer->setCurrentIndex(renderer->findData(int(LayerStyle::Renderer::Graduated)));
    auto *field = page->findChild<QComboBox *>(QStringLiteral("classFieldCombo"));
    field->setCurrentIndex(field->findData(QStringLiteral("discharge_m3_per_day")));
    QVERIFY(field->currentIndex() >= 0);
    page->findChild<QPushButton *>(QStringLiteral("classifyButton"))->click();
    QCOMPARE(classes->rowCount(), 5);
    if (const QString dir = qEnvironmentVariable("ECOPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + QStringLiteral("/style-tab-graduated.png"));
    // Nothing changes until Apply; then one step.
    QCOMPARE(project.undoStack()->count(), 0);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QPushButton *apply = buttons->button(QDialogButtonBox::Apply);
    QVERIFY(apply->isEnabled());
    apply->click();
    QCOMPARE(project.undoStack()->count(), 1);
    const LayerStyle &s = project.layer(QStringLiteral("outfalls"))->style;
    QCOMPARE(s.renderer, LayerStyle::Renderer::Graduated);
    QCOMPARE(s.categoryField, QStringLiteral("discharge_m3_per_day"));
    QCOMPARE(s.ranges.size(), 5);
    QVERIFY(!apply->isEnabled());
    project.undoStack()->undo();
    QCOMPARE(project.layer(QStringLiteral("outfalls"))->style.renderer, LayerStyle::Renderer::Categorized);
}

QTEST_MAIN(TstLayerStylePage)
#include "tst_layerstylepage.moc"
