// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "import/importcontext.h"
#include "import/importer.h"
#include "import/importspec.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWizard>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ecoplan {

class MapCanvas;
class Project;

/// Layer > Import: file and target layer → sheet, header row and encoding with a live preview of the first
/// rows (garbled GBK shows here) → where the geometry comes from and its coordinate system → which column
/// fills which field, with a type check of the first rows → conversion of every row on a worker thread with
/// progress and Stop, then the result on a map of its own → the report after the import (rows imported,
/// rows rejected with row number and reason, Save Rejected Rows…). Nothing is written before the user
/// presses Import; the writing itself is the injected `commit` (the app pushes one undo step).
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { FilePage, TablePage, GeometryPage, FieldsPage, ConvertPage, ReportPage };
    /// Writes the prepared rows; the number imported, or why nothing was.
    using Commit = std::function<Result<int>(const PreparedImport &)>;

    ImportWizard(Project *project, Commit commit, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString &path);
    void setTargetLayer(const QString &layer);
    /// Starts from these options (encoding, CRS, header row), e.g. the last import's.
    void setDefaults(const ImportSpec &spec);
    ImportSpec spec() const;
    QString targetLayer() const;
    /// The converted rows once the conversion page has finished; else null.
    const PreparedImport *prepared() const { return m_prepared ? &*m_prepared : nullptr; }
    int importedCount() const { return m_imported; }
    bool isConverting() const { return m_watcher.isRunning(); }
    /// Stops a running conversion; nothing has been written.
    void stopConversion();
    Status saveRejected(const QString &path) const;
    MapCanvas *previewCanvas() const { return m_canvas; }
    QTableWidget *previewTable() const { return m_preview; }

    bool validateCurrentPage() override;

signals:
    void conversionFinished();

protected:
    void initializePage(int id) override;
    void cleanupPage(int id) override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildTablePage();
    QWizardPage *buildGeometryPage();
    QWizardPage *buildFieldsPage();
    QWizardPage *buildConvertPage();
    QWizardPage *buildReportPage();
    void refreshSheets();
    void refreshPreview();
    void fillGeometryColumns();
    void updateGeometryChoice();
    void fillFieldMapping();
    void checkSample();
    void startConversion();
    void conversionDone();
    void showPreviewMap();
    void fillReport();

    Project *m_project;
    Commit m_commit;
    ImportSpec m_defaults;
    QStringList m_columns;
    bool m_hasOwnGeometry = false;
    bool m_isSpreadsheet = true;
    std::optional<ImportContext> m_context;

    QLineEdit *m_file = nullptr;
    QComboBox *m_layer = nullptr;
    QComboBox *m_sheet = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_tableNote = nullptr;
    QTableWidget *m_preview = nullptr;
    QComboBox *m_geometrySource = nullptr;
    QComboBox *m_x = nullptr;
    QComboBox *m_y = nullptr;
    QComboBox *m_wkt = nullptr;
    QComboBox *m_county = nullptr;
    QComboBox *m_crs = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_check = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_convertState = nullptr;
    QPushButton *m_stop = nullptr;
    MapCanvas *m_canvas = nullptr;
    std::unique_ptr<Project> m_previewProject;
    QLabel *m_summary = nullptr;
    QTableWidget *m_rejected = nullptr;

    QThreadPool m_pool; ///< the conversion runs here, not in the global pool (docs/ARCHITECTURE.md, Threads)
    QFutureWatcher<std::shared_ptr<Result<PreparedImport>>> m_watcher;
    std::atomic<bool> m_cancel = false;
    std::optional<PreparedImport> m_prepared;
    QString m_convertError;
    int m_imported = 0;
};

} // namespace ecoplan
