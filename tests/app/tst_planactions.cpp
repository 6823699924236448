// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the Plan menu on a copy of the demo project: a plan document is read off the GUI
// thread, reviewed and imported as one undo step (undo removes it, redo brings it back); a file that is no
// plan gives a message naming it and changes nothing; the task list is exported from the menu.
#include "fileactions.h"
#include "mainwindow.h"
#include "planactions.h"
#include "project/project.h"
#include "store/projectstore.h"
#include "testsupport.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace ecoplan;

class TstPlanActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void disabledWithoutProject();
    void importIsOneUndoStep();
    void cancelledReviewImportsNothing();
    void nonPlanFileGivesMessage();
    void exportFromMenu();
    void cleanupTestCase();

private:
    int planCount() const;
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    std::unique_ptr<MainWindow> m_window;
    QStringList m_errors;
    QString m_nextFile;
    QString m_reviewedFile;
    bool m_acceptReview = true;
    QTemporaryDir m_dir;
};

static const QString kXuchang = QStringLiteral(ECOPLAN_PLAN_SEEDS_DIR "/xuchang-2023-2025-zh.txt");

int TstPlanActions::planCount() const
{
    const auto plans = m_window->project()->store()->readPlans();
    return plans ? int(plans->size()) : -1;
}

void TstPlanActions::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EcoPlanTest"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_window = std::make_unique<MainWindow>();
    const auto chooser = [this](QWidget *, const QString &, const QString &, const QString &) {
        return m_nextFile;
    };
    m_window->fileActions()->setOpenDialog(chooser);
    m_window->fileActions()->setErrorReporter([this](const QString &m) { m_errors << m; });
    PlanActions *plans = m_window->planActions();
    plans->setOpenDialog(chooser);
    plans->setSaveDialog(chooser);
    plans->setErrorReporter([this](const QString &m) { m_errors << m; });
    // The review returns the plan as parsed (the dialog has its own test) or cancels.
    plans->setReview([this](QWidget *, Plan plan, const QString &fileName) -> std::optional<Plan> {
        m_reviewedFile = fileName;
        return m_acceptReview ? std::optional<Plan>(std::move(plan)) : std::nullopt;
    });
    plans->setChoosePlan(
        [](QWidget *, const QList<StoredPlan> &all) { return std::optional<qint64>(all.last().id); });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstPlanActions::disabledWithoutProject()
{
    QVERIFY(!action("action.plan.import")->isEnabled());
    QVERIFY(!action("action.plan.exportTasks")->isEnabled());
    m_nextFile = test::copyInto(m_dir, test::demoProject());
    action("action.file.open")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->project() != nullptr, 20000);
    QVERIFY(!m_window->project()->isReadOnly());
    QVERIFY(action("action.plan.import")->isEnabled());
    QVERIFY(action("action.plan.exportTasks")->isEnabled());
}

void TstPlanActions::importIsOneUndoStep()
{
    QUndoStack *stack = m_window->project()->undoStack();
    const int before = planCount();
    QCOMPARE(before, 2); // the demo ships the province and the Xuchang plan
    const int steps = stack->count();
    QSignalSpy imported(m_window->planActions(), &PlanActions::imported);
    m_nextFile = kXuchang;
    action("action.plan.import")->trigger();
    QVERIFY(m_window->planActions()->isReading() || imported.count() == 1);
    QVERIFY(!action("action.plan.import")->isEnabled() ||
            imported.count() == 1); // no second import meanwhile
    QVERIFY(imported.wait(30000) || imported.count() == 1);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_reviewedFile, QStringLiteral("xuchang-2023-2025-zh.txt"));
    QCOMPARE(planCount(), before + 1);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(stack->undoText(),
             QStringLiteral("Import plan “许昌市推动生态环境质量稳定向好三年行动实施方案(2023-2025年)”"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral(
                 "Imported plan “许昌市推动生态环境质量稳定向好三年行动实施方案(2023-2025年)”: 30 tasks"));
    QVERIFY(action("action.plan.import")->isEnabled());
    // The new plan is stored with its tasks and source.
    const auto plans = m_window->project()->store()->readPlans();
    QVERIFY(plans);
    QCOMPARE(plans->last().id, imported.at(0).at(0).toLongLong());
    QCOMPARE(plans->last().sourceFile, QStringLiteral("xuchang-2023-2025-zh.txt"));
    QCOMPARE(plans->last().tasks.size(), plans->at(1).tasks.size());

    action("action.edit.undo")->trigger(); // Ctrl+Z
    QCOMPARE(planCount(), before);
    action("action.edit.redo")->trigger();
    QCOMPARE(planCount(), before + 1);
    action("action.edit.undo")->trigger();
    QCOMPARE(planCount(), before);
    QVERIFY(
        QSettings().value(QStringLiteral("plan/lastImportDir")).toString().endsWith(QLatin1String("plans")));
}

void TstPlanActions::cancelledReviewImportsNothing()
{
    const int before = planCount();
    const int steps = m_window->project()->undoStack()->count();
    m_acceptReview = false;
    m_reviewedFile.clear();
    m_window->planActions()->importDocument(kXuchang);
    QTRY_VERIFY_WITH_TIMEOUT(!m_reviewedFile.isEmpty(), 30000);
    m_acceptReview = true;
    QCOMPARE(planCount(), before);
    QCOMPARE(m_window->project()->undoStack()->count(), steps);
    QVERIFY(m_errors.isEmpty());
}

void TstPlanActions::nonPlanFileGivesMessage()
{
    const int before = planCount();
    const int steps = m_window->project()->undoStack()->count();
    const QString path = m_dir.filePath(QStringLiteral("shopping-list.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("milk\neggs\nbread\n");
    f.close();
    QSignalSpy failed(m_window->planActions(), &PlanActions::failed);
    m_reviewedFile.clear();
    m_nextFile = path;
    action("action.plan.import")->trigger();
    QVERIFY(failed.wait(30000) || failed.count() == 1);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(path), qPrintable(m_errors.first()));
    QVERIFY(m_reviewedFile.isEmpty()); // no preview for a file without a plan
    QCOMPARE(planCount(), before);
    QCOMPARE(m_window->project()->undoStack()->count(), steps);
    m_errors.clear();
}

void TstPlanActions::exportFromMenu()
{
    QSignalSpy exported(m_window->planActions(), &PlanActions::exported);
    m_nextFile = m_dir.filePath(QStringLiteral("tasks")); // no suffix: .xlsx is added
    action("action.plan.exportTasks")->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), m_nextFile + QStringLiteral(".xlsx"));
    QVERIFY(QFileInfo(m_nextFile + QStringLiteral(".xlsx")).size() > 0);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported ")));
}

void TstPlanActions::cleanupTestCase()
{
    m_window.reset();
    QSettings().clear();
}

QTEST_MAIN(TstPlanActions)
#include "tst_planactions.moc"
