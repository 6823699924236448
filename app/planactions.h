// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "fileactions.h"
#include "plan/plan.h"
#include "plan/plandocument.h"
#include "plan/storedplan.h"
#include "store/planwriter.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <optional>

class QAction;
class QProgressDialog;

namespace ecoplan {

class MainWindow;

/// The Plan menu: Import Plan Document (read and parse on a worker thread, correct in the preview, store as
/// one undo step) and Export Task List (a spreadsheet of the project's tasks and targets). The dialogs can
/// be replaced, so tests drive the whole path without a user.
class PlanActions : public QObject
{
    Q_OBJECT
public:
    using FileDialog = FileActions::FileDialog;
    /// Shows a parsed plan for correction: (parent, plan, file name) → the plan to import, or nullopt.
    using Review = std::function<std::optional<Plan>(QWidget *, Plan, const QString &)>;
    /// Which plans to export: a plan's id, allPlans, or nullopt if the user cancels.
    using ChoosePlan = std::function<std::optional<qint64>(QWidget *, const QList<StoredPlan> &)>;
    static constexpr qint64 allPlans = -1;

    explicit PlanActions(MainWindow *window);

    void setOpenDialog(FileDialog dialog) { m_openDialog = std::move(dialog); }
    void setSaveDialog(FileDialog dialog) { m_saveDialog = std::move(dialog); }
    void setReview(Review review) { m_review = std::move(review); }
    void setChoosePlan(ChoosePlan choose) { m_choosePlan = std::move(choose); }
    /// Where errors go; by default a message box.
    void setErrorReporter(std::function<void(const QString &)> reporter)
    {
        m_reportError = std::move(reporter);
    }

    /// Reads and parses `path` off the GUI thread, then reviews and imports it. Ends in imported(),
    /// failed() or, if the user cancels, neither.
    void importDocument(const QString &path);
    /// Stores a reviewed plan in the open project as one undo step ("Import plan “…”").
    Result<qint64> importPlan(Plan plan, PlanSource source);
    /// Writes the task list of one plan (or allPlans) of the open project to a .xlsx or .csv file.
    Status exportTasks(const QString &path, qint64 planId = allPlans);
    /// True while a document is being read.
    bool isReading() const { return m_pendingRead != nullptr; }

public slots:
    /// Enables the actions for the window's project: import needs a writable project file, export a file.
    void updateState();

signals:
    void imported(qint64 planId);
    void exported(const QString &path);
    void failed(const QString &message);

private:
    void chooseAndImport();
    void chooseAndExport();
    void review(const QString &path, Result<PlanDocument> document);
    void report(const QString &message);
    void stopWaiting();

    MainWindow *m_window;
    QAction *m_import;
    QAction *m_export;
    /// Documents are read here, one at a time, not in the global pool (see docs/ARCHITECTURE.md, Threads).
    QThreadPool m_readPool;
    QObject *m_pendingRead = nullptr; ///< the watcher of the read being waited for
    QPointer<QProgressDialog> m_progress;
    FileDialog m_openDialog;
    FileDialog m_saveDialog;
    Review m_review;
    ChoosePlan m_choosePlan;
    std::function<void(const QString &)> m_reportError;
};

} // namespace ecoplan
