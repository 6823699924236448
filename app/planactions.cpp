// SPDX-License-Identifier: GPL-3.0-or-later
#include "planactions.h"

#include "commands/importplan.h"
#include "mainwindow.h"
#include "plan/plandocument.h"
#include "plan/planpreviewdialog.h"
#include "plan/tasklisttable.h"
#include "project/project.h"
#include "store/projectstore.h"
#include "store/tablewriter.h"

#include <QAction>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace ecoplan {
namespace {

const QString importDirKey = QStringLiteral("plan/lastImportDir");
const QString exportDirKey = QStringLiteral("plan/lastExportDir");

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

/// The default chooser: all plans, or one of them, in a list.
std::optional<qint64> askWhichPlans(QWidget *parent, const QList<StoredPlan> &plans)
{
    QStringList items = {PlanActions::tr("All plans (%1)").arg(plans.size())};
    for (const StoredPlan &p : plans)
        items.append(p.plan.title);
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, PlanActions::tr("Export Task List"),
                                               PlanActions::tr("Tasks of:"), items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const qsizetype at = items.indexOf(item);
    return at <= 0 ? PlanActions::allPlans : plans[at - 1].id;
}

} // namespace

PlanActions::PlanActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_openDialog = FileActions::systemOpenDialog();
    m_saveDialog = FileActions::systemSaveDialog();
    m_review = &PlanPreviewDialog::review;
    m_choosePlan = &askWhichPlans;
    m_reportError = [this](const QString &message) {
        QMessageBox::warning(m_window, tr("EcoPlan Workbench"), message);
    };
    m_readPool.setMaxThreadCount(1);

    QMenu *menu = window->menuBar()->addMenu(tr("&Plan"));
    menu->setObjectName(QStringLiteral("menu.plan"));
    m_import = menu->addAction(tr("&Import Plan Document…"));
    m_import->setObjectName(QStringLiteral("action.plan.import"));
    m_import->setStatusTip(
        tr("Read an action plan (.txt, .docx or .pdf), check it and store it in the project"));
    connect(m_import, &QAction::triggered, this, &PlanActions::chooseAndImport);
    m_export = menu->addAction(tr("&Export Task List…"));
    m_export->setObjectName(QStringLiteral("action.plan.exportTasks"));
    m_export->setStatusTip(tr("Write the plans' tasks and targets to an Excel (.xlsx) or CSV file"));
    connect(m_export, &QAction::triggered, this, &PlanActions::chooseAndExport);
    connect(window, &MainWindow::projectChanged, this, &PlanActions::updateState);
    updateState();
}

void PlanActions::updateState()
{
    const Project *project = m_window->project();
    const bool hasFile = project && project->store();
    m_import->setEnabled(hasFile && !project->isReadOnly() && !isReading());
    // Reading the plans does not change the file, so a read-only project can be exported too.
    m_export->setEnabled(hasFile);
}

void PlanActions::report(const QString &message)
{
    emit failed(message);
    if (m_reportError)
        m_reportError(message);
}

void PlanActions::chooseAndImport()
{
    const QString path =
        m_openDialog(m_window, tr("Import Plan Document"), QSettings().value(importDirKey).toString(),
                     tr("Plan documents (*.txt *.docx *.pdf);;All files (*)"));
    if (!path.isEmpty())
        importDocument(path);
}

void PlanActions::importDocument(const QString &path)
{
    if (isReading())
        return;
    QSettings().setValue(importDirKey, QFileInfo(path).absolutePath());
    const QString fileName = QFileInfo(path).fileName();
    m_window->setBusy(tr("Reading %1…").arg(fileName));
    using Read = Result<PlanDocument>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Read>>(this);
    m_pendingRead = watcher;
    updateState();
    // A large PDF takes seconds: offer to stop waiting (the read itself cannot be interrupted; its result
    // is then dropped).
    m_progress = new QProgressDialog(tr("Reading and parsing %1…").arg(quoted(fileName)), tr("Stop Waiting"),
                                     0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("planReadProgress"));
    m_progress->setWindowTitle(tr("Import Plan Document"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &PlanActions::stopWaiting);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Read>>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (watcher != m_pendingRead)
            return; // the user stopped waiting for this one
        m_pendingRead = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        m_window->clearBusy();
        updateState();
        review(path, std::move(*watcher->result()));
    });
    watcher->setFuture(QtConcurrent::run(
        &m_readPool, [path] { return std::make_shared<Read>(PlanDocumentReader::read(path)); }));
}

void PlanActions::stopWaiting()
{
    m_pendingRead = nullptr;
    if (m_progress)
        m_progress->deleteLater();
    m_window->clearBusy();
    m_window->statusBar()->showMessage(tr("Plan import cancelled."), 5000);
    updateState();
}

void PlanActions::review(const QString &path, Result<PlanDocument> document)
{
    if (!document) {
        report(tr("The plan could not be imported.\n%1").arg(document.error()));
        return;
    }
    if (!document->placesWarning.isEmpty())
        m_window->statusBar()->showMessage(document->placesWarning, 10000);
    const QString fileName = QFileInfo(path).fileName();
    QPointer<Project> target(m_window->project());
    std::optional<Plan> plan = m_review(m_window, std::move(document->plan), fileName);
    if (!plan)
        return;
    if (!target || target != m_window->project()) {
        report(tr("The project was closed while %1 was being reviewed; nothing was imported.")
                   .arg(quoted(fileName)));
        return;
    }
    const Result<qint64> id =
        importPlan(std::move(*plan), PlanSource{fileName, std::move(document->text), {}, {}});
    if (id)
        emit imported(*id);
}

Result<qint64> PlanActions::importPlan(Plan plan, PlanSource source)
{
    Project *project = m_window->project();
    if (!project || !project->store() || project->isReadOnly()) {
        const auto failure =
            Result<qint64>::failure(tr("Open a project file that can be changed to import a plan."));
        report(failure.error());
        return failure;
    }
    const QString title = plan.title;
    const int tasks = countTasks(plan.nodes);
    const Result<qint64> id = ImportPlan::push(*project, std::move(plan), std::move(source));
    if (!id) {
        report(tr("The plan %1 could not be stored: %2").arg(quoted(title), id.error()));
        return id;
    }
    m_window->statusBar()->showMessage(tr("Imported plan %1: %2 tasks").arg(quoted(title)).arg(tasks), 10000);
    return id;
}

void PlanActions::chooseAndExport()
{
    Project *project = m_window->project();
    if (!project || !project->store())
        return;
    const Result<QList<StoredPlan>> plans = project->store()->readPlans();
    if (!plans) {
        report(plans.error());
        return;
    }
    if (plans->isEmpty()) {
        report(tr("The project holds no plans yet: import one with Plan > Import Plan Document."));
        return;
    }
    const std::optional<qint64> which = plans->size() == 1 ? allPlans : m_choosePlan(m_window, *plans);
    if (!which)
        return;
    QString path = m_saveDialog(m_window, tr("Export Task List"), QSettings().value(exportDirKey).toString(),
                                tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    QSettings().setValue(exportDirKey, QFileInfo(path).absolutePath());
    if (const Status s = exportTasks(path, *which); !s)
        report(s.error());
}

Status PlanActions::exportTasks(const QString &path, qint64 planId)
{
    Project *project = m_window->project();
    if (!project || !project->store())
        return Status::failure(tr("Open a project file to export its tasks."));
    const Result<QList<StoredPlan>> plans = project->store()->readPlans();
    if (!plans)
        return Status::failure(plans.error());
    const TaskListTable table =
        TaskListTable::build(*plans, planId == allPlans ? std::nullopt : std::optional<qint64>(planId));
    if (const Status s = TableWriter::write(table.toTable(), path); !s)
        return s;
    m_window->statusBar()->showMessage(
        tr("Exported %1 rows to %2").arg(table.rows.size()).arg(quoted(QFileInfo(path).fileName())), 10000);
    emit exported(path);
    return Status::success();
}

} // namespace ecoplan
