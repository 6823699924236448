// SPDX-License-Identifier: GPL-3.0-or-later
// Protects the plan preview: the Xuchang seed shown as part → section → task, corrections made through the
// dialog's own widgets (a task's lead, a target's value, a comparator, the plan title) reaching the returned
// plan, nodes removed, and Import refused with the wrong node named and selected.
#include "itemmodels/planpreviewmodel.h"
#include "plan/plandocument.h"
#include "plan/plannodeeditor.h"
#include "plan/planpreviewdialog.h"
#include "plan/targettable.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace ecoplan;

class TstPlanPreviewDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelShowsTheTree();
    void editsThroughWidgetsReachThePlan();
    void removeNode();
    void importRefusedWithTheNodeNamed();
    void badDeadlineBlocksImport();

private:
    /// The task numbered `number` (as written) in the dialog's tree, made current.
    QModelIndex selectTask(PlanPreviewDialog &dialog, const QString &number);
    Plan m_plan;
};

static const QString kXuchang = QStringLiteral(ECOPLAN_PLAN_SEEDS_DIR "/xuchang-2023-2025-zh.txt");

void TstPlanPreviewDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const Result<PlanDocument> doc = PlanDocumentReader::read(kXuchang, test::gazetteerCsv());
    QVERIFY2(doc, qPrintable(doc.error()));
    QVERIFY(doc->placesWarning.isEmpty());
    m_plan = doc->plan;
}

QModelIndex TstPlanPreviewDialog::selectTask(PlanPreviewDialog &dialog, const QString &number)
{
    PlanPreviewModel *model = dialog.model();
    const QModelIndexList hits =
        model->match(model->index(0, 0), Qt::DisplayRole, number, -1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &i : hits) {
        if (model->node(i).kind == PlanNode::Kind::Task) {
            dialog.tree()->setCurrentIndex(i);
            return i;
        }
    }
    return {};
}

void TstPlanPreviewDialog::modelShowsTheTree()
{
    PlanPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(m_plan);
    QCOMPARE(model.rowCount(), 3); // 一 总体要求, 二 重点任务, 三 保障措施
    const QModelIndex tasks = model.index(1, 0);
    QCOMPARE(model.node(tasks).kind, PlanNode::Kind::Part);
    QCOMPARE(model.rowCount(tasks), 12);
    QCOMPARE(model.taskCount(), countTasks(m_plan.nodes));
    const QModelIndex first = model.index(0, 0, model.index(0, 0, tasks));
    QCOMPARE(model.data(first).toString(), QStringLiteral("1"));
    QCOMPARE(model.data(first.siblingAtColumn(PlanPreviewModel::TitleColumn)).toString(),
             QStringLiteral("推动空气质量排名提升"));
    QCOMPARE(model.data(first.siblingAtColumn(PlanPreviewModel::CategoryColumn)).toString(),
             QStringLiteral("Air"));
    // Unchanged, the model gives back the plan it was given.
    QCOMPARE(model.plan().nodes.size(), m_plan.nodes.size());
    QCOMPARE(countTasks(model.plan().nodes), countTasks(m_plan.nodes));
    QCOMPARE(model.plan().targets.size(), m_plan.targets.size());
    // Removing keeps the model consistent (the tester checks the signals).
    QVERIFY(model.removeRows(0, 1, tasks));
    QCOMPARE(model.rowCount(tasks), 11);
}

void TstPlanPreviewDialog::editsThroughWidgetsReachThePlan()
{
    PlanPreviewDialog dialog(m_plan, QStringLiteral("xuchang.txt"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QListWidget *>(QStringLiteral("parserWarnings")));

    // Task 3 (公转铁): two lead departments as the parser read them, and three targets.
    QVERIFY(selectTask(dialog, QStringLiteral("3")).isValid());
    PlanNodeEditor *editor = dialog.nodeEditor();
    QVERIFY(editor->isEnabled());
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("持续推进“公转铁”“公转水”"));
    QCOMPARE(editor->leadEdit()->toPlainText(), QStringLiteral("市发展和改革委员会\n市交通运输局"));
    // The user corrects the lead (one per line, or 、 as documents write it) ...
    editor->leadEdit()->setPlainText(QStringLiteral("市交通运输局\n市发展和改革委员会、市生态环境局"));
    // ... the first target's value and the second's comparator.
    QTableWidget *targets = editor->targetTable()->table();
    QCOMPARE(targets->rowCount(), 3);
    auto *value = qobject_cast<QDoubleSpinBox *>(targets->cellWidget(0, TargetTable::ValueColumn));
    QVERIFY(value);
    QCOMPARE(value->value(), 15.0);
    value->setValue(20);
    auto *comparator = qobject_cast<QComboBox *>(targets->cellWidget(1, TargetTable::ComparatorColumn));
    comparator->setCurrentText(QStringLiteral(">="));
    // The plan's title at the top.
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("planTitle"));
    title->setText(title->text() + QStringLiteral("（校对）"));

    // Moving to another node and back keeps the edits.
    QVERIFY(selectTask(dialog, QStringLiteral("1")).isValid());
    QVERIFY(selectTask(dialog, QStringLiteral("3")).isValid());
    QCOMPARE(editor->leadEdit()->toPlainText(),
             QStringLiteral("市交通运输局\n市发展和改革委员会\n市生态环境局"));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Plan plan = dialog.plan();
    QVERIFY(plan.title.endsWith(QStringLiteral("（校对）")));
    QCOMPARE(countTasks(plan.nodes), countTasks(m_plan.nodes));
    const PlanNode *task3 = nullptr;
    for (const PlanNode *t : collectNodes(plan, PlanNode::Kind::Task)) {
        if (t->number == QLatin1String("3"))
            task3 = t;
    }
    QVERIFY(task3);
    QCOMPARE(task3->lead, (QStringList{QStringLiteral("市交通运输局"), QStringLiteral("市发展和改革委员会"),
                                       QStringLiteral("市生态环境局")}));
    QCOMPARE(task3->targets.size(), 3);
    QCOMPARE(task3->targets[0].value, 20.0);
    QCOMPARE(task3->targets[0].comparator, QStringLiteral(">="));
    QCOMPARE(task3->targets[0].deadline, QDate(2025, 12, 31));
    QVERIFY(!task3->targets[0].text.isEmpty()); // the source clause survives the table
    QCOMPARE(task3->targets[1].comparator, QStringLiteral(">="));
    // What the user did not touch is as parsed.
    QCOMPARE(task3->cooperating.size(), 4);
    QCOMPARE(task3->text, collectNodes(m_plan, PlanNode::Kind::Task)[2]->text);
    QCOMPARE(plan.targets.size(), m_plan.targets.size());
    QCOMPARE(plan.targets[0].comparator, QStringLiteral("<"));
    QCOMPARE(plan.targets[0].value, 41.0);
}

void TstPlanPreviewDialog::removeNode()
{
    PlanPreviewDialog dialog(m_plan, QStringLiteral("xuchang.txt"));
    QVERIFY(selectTask(dialog, QStringLiteral("2")).isValid());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeNode")), Qt::LeftButton);
    const Plan plan = dialog.plan();
    QCOMPARE(countTasks(plan.nodes), countTasks(m_plan.nodes) - 1);
    for (const PlanNode *t : collectNodes(plan, PlanNode::Kind::Task))
        QVERIFY(t->title != QStringLiteral("大力推广新能源汽车"));
    // The editor follows the view to the neighbour it selected.
    const QModelIndex current = dialog.tree()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(dialog.nodeEditor()->titleEdit()->text(), dialog.model()->node(current).title);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("planSummary"))
                ->text()
                .endsWith(QString::number(countTasks(plan.nodes))));
}

void TstPlanPreviewDialog::importRefusedWithTheNodeNamed()
{
    PlanPreviewDialog dialog(m_plan, QStringLiteral("xuchang.txt"));
    dialog.show();
    QVERIFY(selectTask(dialog, QStringLiteral("5")).isValid());
    PlanNodeEditor *editor = dialog.nodeEditor();
    editor->leadEdit()->clear();
    editor->responsibleEdit()->clear();
    // A new target row without an indicator or comparator.
    QTest::mouseClick(editor->targetTable()->findChild<QPushButton *>(QStringLiteral("addTarget")),
                      Qt::LeftButton);
    // Elsewhere meanwhile: the user looks at task 1.
    QVERIFY(selectTask(dialog, QStringLiteral("1")).isValid());

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QString problems = dialog.problemText();
    QVERIFY2(problems.contains(QStringLiteral("Task 5 “加快发展清洁能源” names no lead department and no "
                                              "responsible party")),
             qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("target 6 has no indicator")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("needs a comparator")), qPrintable(problems));
    // The wrong task is shown for correcting.
    QCOMPARE(dialog.model()->node(dialog.tree()->currentIndex()).number, QStringLiteral("5"));

    // Corrected, the import goes through.
    editor->responsibleEdit()->setPlainText(QStringLiteral("市发展和改革委员会"));
    editor->targetTable()->table()->selectRow(5);
    QTest::mouseClick(editor->targetTable()->findChild<QPushButton *>(QStringLiteral("removeTarget")),
                      Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TstPlanPreviewDialog::badDeadlineBlocksImport()
{
    PlanPreviewDialog dialog(m_plan, QStringLiteral("xuchang.txt"));
    QVERIFY(selectTask(dialog, QStringLiteral("1")).isValid());
    QLineEdit *deadlines = dialog.nodeEditor()->deadlinesEdit();
    deadlines->setFocus();
    deadlines->selectAll();
    QTest::keyClicks(deadlines, QStringLiteral("2024-12-31; 2025-13-01"));
    QVERIFY(dialog.nodeEditor()->entryError().contains(QStringLiteral("2025-13-01")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.problemText().contains(QStringLiteral("2025-13-01")));
    QTest::keyClick(deadlines, Qt::Key_Backspace);
    deadlines->selectAll();
    QTest::keyClicks(deadlines, QStringLiteral("2024-12-31; 2025-06-30"));
    QVERIFY(dialog.nodeEditor()->entryError().isEmpty());
    QCOMPARE(dialog.model()->node(dialog.tree()->currentIndex()).deadlines,
             (QList<QDate>{QDate(2024, 12, 31), QDate(2025, 6, 30)}));
}

QTEST_MAIN(TstPlanPreviewDialog)
#include "tst_planpreviewdialog.moc"
