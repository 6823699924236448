// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "import/importer.h"

#include <QObject>

#include <functional>

class QAction;

namespace ecoplan {

class ImportWizard;
class MainWindow;

/// Layer > Import…: opens the import wizard on the window's project and writes what it prepared. Rows for an
/// existing layer are one EditFeatures undo step (one transaction each way); a new layer is created with its
/// rows in one transaction and added to the map. The last folder and options are remembered. How the wizard
/// is shown can be replaced, so tests drive it without a user.
class ImportActions : public QObject
{
    Q_OBJECT
public:
    /// Shows the wizard and returns when it is closed (by default: exec()).
    using RunWizard = std::function<void(ImportWizard &)>;

    explicit ImportActions(MainWindow *window);
    void setRunWizard(RunWizard run) { m_run = std::move(run); }

    /// Opens the wizard, on `path` if given.
    void openWizard(const QString &path = {});
    /// Writes prepared rows into the window's project; the number imported, or why nothing was.
    Result<int> commit(const PreparedImport &prepared);

public slots:
    void updateState();

signals:
    void imported(const QString &layer, int rows);

private:
    MainWindow *m_window;
    QAction *m_import;
    RunWizard m_run;
};

} // namespace ecoplan
