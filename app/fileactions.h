// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>

class QAction;
class QMenu;

namespace ecoplan {

class MainWindow;

/// The File menu: open a project (or any vector file, read-only), add layers, export the view, recent
/// projects, quit. Files load on a worker thread with a busy indicator; failures are shown with the reason.
class FileActions : public QObject
{
    Q_OBJECT
public:
    /// Asks the user for a file: (parent, caption, directory, filter) → path or empty. Tests inject one.
    using FileDialog = std::function<QString(QWidget *, const QString &, const QString &, const QString &)>;

    /// The desktop's file dialogs, the defaults here and in the other menus that open or write files.
    static FileDialog systemOpenDialog();
    static FileDialog systemSaveDialog();

    explicit FileActions(MainWindow *window);
    void setOpenDialog(FileDialog dialog) { m_openDialog = std::move(dialog); }
    void setSaveDialog(FileDialog dialog) { m_saveDialog = std::move(dialog); }
    /// Where errors go; by default a message box. Tests inject one.
    void setErrorReporter(std::function<void(const QString &)> reporter)
    {
        m_reportError = std::move(reporter);
    }

    /// The project File > New copies (the Henan template built from data/).
    void setTemplatePath(const QString &path) { m_templatePath = path; }

    /// Creates a project at `path` from the template and opens it.
    void newProject(const QString &path);
    /// Opens a project GeoPackage, or any other vector file as a read-only untitled project.
    void open(const QString &path);
    /// Writes a consistent copy of the open project to `path` and continues in the copy.
    void saveAs(const QString &path);
    void addLayer(const QString &path);
    void exportMap(const QString &path);

signals:
    void opened(const QString &path);
    void failed(const QString &message);

private:
    QString askForVectorFile(const QString &caption);
    /// A .gpkg path to write (the suffix is added if the user left it out), or empty.
    QString askForProjectPath(const QString &caption);
    void chooseAndOpen();
    void chooseAndCreate();
    void chooseAndSaveAs();
    void chooseAndAddLayer();
    void chooseAndExport();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void report(const QString &message);
    static QString vectorFilter();

    MainWindow *m_window;
    QString m_templatePath;
    /// Loads run here, one at a time, and never in the global pool: a load waits for work it hands to the
    /// global pool (reprojection, label anchors), and two loads waiting there could starve it.
    QThreadPool m_loadPool;
    QMenu *m_recentMenu;
    FileDialog m_openDialog;
    FileDialog m_saveDialog;
    std::function<void(const QString &)> m_reportError;
};

} // namespace ecoplan
