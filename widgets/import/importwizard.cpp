// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "canvas/mapcanvas.h"
#include "import/columnmatcher.h"
#include "import/importpreview.h"
#include "import/importsource.h"
#include "project/project.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ecoplan {
namespace {

constexpr int previewRows = 20;
constexpr int sampleRows = 200;
const QString previewLayerId = QStringLiteral("import-preview");

/// The conversion page is complete once every row has been converted and some can be imported.
class ConversionPage : public QWizardPage
{
public:
    std::function<bool()> ready;
    bool isComplete() const override { return ready && ready(); }
};

/// The first column whose name contains one of `hints` (case-insensitive), else -1.
int guessColumn(const QStringList &columns, const QStringList &hints)
{
    for (const QString &hint : hints) {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].compare(hint, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    for (const QString &hint : hints) {
        for (int i = 0; i < columns.size(); ++i) {
            if (hint.size() > 1 && columns[i].contains(hint, Qt::CaseInsensitive))
                return i;
        }
    }
    return -1;
}

QString typeName(const Field &f)
{
    if (f.valueList)
        return ImportWizard::tr("value list");
    switch (f.type) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return ImportWizard::tr("whole number");
    case QMetaType::Double:
        return ImportWizard::tr("number");
    case QMetaType::QDate:
    case QMetaType::QDateTime:
        return ImportWizard::tr("date");
    default:
        return ImportWizard::tr("text");
    }
}

void fillColumns(QComboBox *box, const QStringList &columns, int guess)
{
    const QString current = box->currentText();
    box->clear();
    box->addItems(columns);
    box->setCurrentIndex(columns.contains(current) ? static_cast<int>(columns.indexOf(current))
                                                   : std::max(guess, 0));
}

} // namespace

ImportWizard::ImportWizard(Project *project, Commit commit, QWidget *parent)
    : QWizard(parent), m_project(project), m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Layer Data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_pool.setMaxThreadCount(1);
    setPage(FilePage, buildFilePage());
    setPage(TablePage, buildTablePage());
    setPage(GeometryPage, buildGeometryPage());
    setPage(FieldsPage, buildFieldsPage());
    setPage(ConvertPage, buildConvertPage());
    setPage(ReportPage, buildReportPage());
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportWizard::conversionDone);
    resize(900, 680);
}

ImportWizard::~ImportWizard()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

QWizardPage *ImportWizard::buildFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("File and target layer"));
    page->setSubTitle(
        tr("A CSV or Excel table, or any vector file (Shapefile, GeoJSON, KML/KMZ, GeoPackage, GML, DXF)."));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Layer Data"), QFileInfo(m_file->text()).absolutePath(),
            tr("Tables and vector files (*.csv *.txt *.xlsx *.shp *.geojson *.json *.kml *.kmz *.gpkg *.gml "
               "*.dxf);;"
               "All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_layer = new QComboBox;
    m_layer->setObjectName(QStringLiteral("importLayer"));
    m_layer->setEditable(true);
    if (m_project && m_project->store())
        m_layer->addItems(m_project->store()->featureLayerNames());
    auto *note =
        new QLabel(tr("Rows go into the chosen layer. A name that is not in the list makes a new layer "
                      "with the file's columns."));
    note->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Into layer:"), m_layer);
    form->addRow(note);
    return page;
}

QWizardPage *ImportWizard::buildTablePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Sheet, header and encoding"));
    page->setSubTitle(tr("Check that the names and Chinese text below read correctly; if they look garbled, "
                         "choose another encoding."));
    m_sheet = new QComboBox;
    m_headerRow = new QSpinBox;
    m_headerRow->setRange(0, 1000);
    m_headerRow->setSpecialValueText(tr("none"));
    m_headerRow->setValue(1);
    m_encoding = new QComboBox;
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("GBK / GB18030"), QStringLiteral("GB18030"));
    m_tableNote = new QLabel;
    m_tableNote->setWordWrap(true);
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Sheet or layer:")));
    row->addWidget(m_sheet, 1);
    row->addWidget(new QLabel(tr("Header row:")));
    row->addWidget(m_headerRow);
    row->addWidget(new QLabel(tr("Encoding:")));
    row->addWidget(m_encoding);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_tableNote);
    layout->addWidget(m_preview, 1);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportWizard::refreshPreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    return page;
}

QWizardPage *ImportWizard::buildGeometryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Geometry and coordinate system"));
    page->setSubTitle(
        tr("GCJ-02 (AMap, Tencent) and BD-09 (Baidu) coordinates are converted to WGS84/CGCS2000."));
    m_geometrySource = new QComboBox;
    m_geometrySource->addItem(tr("The file's own geometry"), int(GeometrySource::FileGeometry));
    m_geometrySource->addItem(tr("X and Y (longitude and latitude) columns"), int(GeometrySource::XyColumns));
    m_geometrySource->addItem(tr("A WKT column"), int(GeometrySource::WktColumn));
    m_geometrySource->addItem(tr("A county code or name column (placed inside the county)"),
                              int(GeometrySource::CountyColumn));
    m_x = new QComboBox;
    m_y = new QComboBox;
    m_wkt = new QComboBox;
    m_county = new QComboBox;
    m_crs = new QComboBox;
    m_crs->addItem(tr("As the file says (else WGS84)"), QString());
    m_crs->addItem(tr("WGS84 longitude/latitude (EPSG:4326)"), QStringLiteral("4326"));
    m_crs->addItem(tr("CGCS2000 longitude/latitude (EPSG:4490)"), QStringLiteral("4490"));
    m_crs->addItem(tr("CGCS2000 Gauss-Krüger 3°, zone number in X (e.g. 38512345.6)"), QStringLiteral("gk3"));
    for (int cm : {111, 114, 117})
        m_crs->addItem(tr("CGCS2000 Gauss-Krüger 3°, central meridian %1°E, no zone number (EPSG:%2)")
                           .arg(cm)
                           .arg(SourceCrs::gk3CentralMeridianEpsg(cm)),
                       QStringLiteral("gk3:%1").arg(cm));
    m_crs->addItem(tr("Web Mercator (EPSG:3857)"), QStringLiteral("3857"));
    m_crs->addItem(tr("GCJ-02 (AMap, Tencent)"), QStringLiteral("gcj02"));
    m_crs->addItem(tr("BD-09 (Baidu)"), QStringLiteral("bd09"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Geometry from:"), m_geometrySource);
    form->addRow(tr("X / longitude column:"), m_x);
    form->addRow(tr("Y / latitude column:"), m_y);
    form->addRow(tr("WKT column:"), m_wkt);
    form->addRow(tr("County column:"), m_county);
    form->addRow(tr("Coordinate system:"), m_crs);
    connect(m_geometrySource, &QComboBox::currentIndexChanged, this, &ImportWizard::updateGeometryChoice);
    return page;
}

QWizardPage *ImportWizard::buildFieldsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Columns to fields"));
    page->setSubTitle(tr("Choose the column that fills each field. The first %1 rows are checked at once.")
                          .arg(sampleRows));
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Type"), tr("From column")});
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_check = new QLabel;
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *checkButton = new QPushButton(tr("Check Again"));
    connect(checkButton, &QPushButton::clicked, this, &ImportWizard::checkSample);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mapping, 2);
    layout->addWidget(m_check, 1);
    layout->addWidget(checkButton, 0, Qt::AlignLeft);
    return page;
}

QWizardPage *ImportWizard::buildConvertPage()
{
    auto *page = new ConversionPage;
    page->ready = [this] {
        return !isConverting() && m_prepared && !m_prepared->cancelled && !m_prepared->edits.isEmpty();
    };
    page->setTitle(tr("Convert and preview"));
    page->setSubTitle(tr("Nothing is written yet: check the rows on the map, then press Import."));
    page->setButtonText(QWizard::NextButton, tr("&Import"));
    m_progress = new QProgressBar;
    m_convertState = new QLabel;
    m_convertState->setObjectName(QStringLiteral("importConvertState"));
    m_convertState->setWordWrap(true);
    m_stop = new QPushButton(tr("Stop"));
    connect(m_stop, &QPushButton::clicked, this, &ImportWizard::stopConversion);
    m_canvas = new MapCanvas;
    m_canvas->setMinimumHeight(320);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_stop);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_convertState);
    layout->addWidget(m_canvas, 1);
    return page;
}

QWizardPage *ImportWizard::buildReportPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Report"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_rejected = new QTableWidget(0, 2);
    m_rejected->setObjectName(QStringLiteral("importRejected"));
    m_rejected->setHorizontalHeaderLabels({tr("Row"), tr("Reason")});
    m_rejected->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *save = new QPushButton(tr("Save Rejected Rows…"));
    save->setObjectName(QStringLiteral("importSaveRejected"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString base = QFileInfo(m_file->text()).completeBaseName();
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"),
                                         QFileInfo(m_file->text()).absolutePath() + QLatin1Char('/') + base +
                                             tr("-rejected") + QStringLiteral(".csv"),
                                         tr("CSV for Excel (*.csv)"));
        if (path.isEmpty())
            return;
        if (const Status s = saveRejected(path); !s)
            QMessageBox::warning(this, windowTitle(), s.error());
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(save, 0, Qt::AlignLeft);
    return page;
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
}

void ImportWizard::setTargetLayer(const QString &layer)
{
    m_layer->setCurrentText(layer);
}

void ImportWizard::setDefaults(const ImportSpec &spec)
{
    m_defaults = spec;
    m_headerRow->setValue(spec.headerRow);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(spec.encoding)));
    if (spec.crsGiven)
        m_crs->setCurrentIndex(
            std::max(0, m_crs->findData(spec.crs.toText().remove(QStringLiteral("EPSG:")))));
}

QString ImportWizard::targetLayer() const
{
    return m_layer->currentText().trimmed();
}

ImportSpec ImportWizard::spec() const
{
    ImportSpec s = m_defaults;
    s.file = m_file->text().trimmed();
    s.sheet = m_sheet->currentText();
    s.headerRow = m_headerRow->value();
    s.encoding = m_encoding->currentData().toString();
    s.geometry = static_cast<GeometrySource>(m_geometrySource->currentData().toInt());
    s.xColumn = m_x->currentText();
    s.yColumn = m_y->currentText();
    s.wktColumn = m_wkt->currentText();
    s.countyColumn = m_county->currentText();
    const QString crs = m_crs->currentData().toString();
    s.crsGiven = !crs.isEmpty();
    s.crs = s.crsGiven ? *SourceCrs::parse(crs) : SourceCrs::fromEpsg(4326);
    if (m_mapping->rowCount() > 0 && m_context && !m_context->isNewLayer) {
        s.matchByName = false;
        s.fieldMap.clear();
        for (const QString &c : m_columns)
            s.fieldMap.insert(c, QString());
        for (int r = 0; r < m_mapping->rowCount(); ++r) {
            const auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 2));
            if (box && box->currentIndex() > 0)
                s.fieldMap.insert(box->currentText(), m_mapping->item(r, 0)->data(Qt::UserRole).toString());
        }
    }
    return s;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: {
        if (!QFileInfo(m_file->text().trimmed()).isFile()) {
            QMessageBox::warning(this, windowTitle(), tr("Choose a file to import."));
            return false;
        }
        if (targetLayer().isEmpty() || !m_project || !m_project->store()) {
            QMessageBox::warning(this, windowTitle(), tr("Choose or name the layer to import into."));
            return false;
        }
        const Result<ImportContext> context = ImportContext::fromStore(*m_project->store(), targetLayer());
        if (!context) {
            QMessageBox::warning(this, windowTitle(), context.error());
            return false;
        }
        m_context = *context;
        return true;
    }
    case ConvertPage: {
        const Result<int> imported = m_commit(*m_prepared);
        if (!imported) {
            QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(imported.error()));
            return false;
        }
        m_imported = *imported;
        return true;
    }
    default:
        return true;
    }
}

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case TablePage:
        refreshSheets();
        break;
    case GeometryPage:
        fillGeometryColumns();
        break;
    case FieldsPage:
        fillFieldMapping();
        checkSample();
        break;
    case ConvertPage:
        startConversion();
        break;
    case ReportPage:
        fillReport();
        break;
    default:
        break;
    }
}

void ImportWizard::cleanupPage(int id)
{
    if (id == ConvertPage)
        stopConversion();
    QWizard::cleanupPage(id);
}

void ImportWizard::refreshSheets()
{
    const QSignalBlocker block(m_sheet);
    m_sheet->clear();
    const Result<QStringList> sheets = ImportSource::sheets(m_file->text().trimmed());
    if (sheets)
        m_sheet->addItems(*sheets);
    m_sheet->setEnabled(m_sheet->count() > 1);
    refreshPreview();
}

void ImportWizard::refreshPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    auto source = ImportSource::open(spec());
    if (!source) {
        m_columns.clear();
        m_tableNote->setText(source.error());
        return;
    }
    ImportSource &s = **source;
    m_columns = s.columns();
    m_hasOwnGeometry = s.hasGeometry();
    m_isSpreadsheet = s.isSpreadsheet();
    m_headerRow->setEnabled(m_isSpreadsheet);
    m_encoding->setEnabled(m_isSpreadsheet || s.format() == QLatin1String("ESRI Shapefile"));
    QString note = tr("%1 file, %2 rows.").arg(s.format()).arg(s.rowCount());
    if (!s.encoding().isEmpty())
        note += QLatin1Char(' ') + tr("Read as %1.").arg(s.encoding());
    m_tableNote->setText(note);
    m_preview->setColumnCount(static_cast<int>(m_columns.size()));
    m_preview->setHorizontalHeaderLabels(m_columns);
    QStringList rowNumbers;
    SourceRow row;
    for (int r = 0; r < previewRows && s.next(row); ++r) {
        m_preview->insertRow(r);
        rowNumbers << QString::number(row.number);
        for (int c = 0; c < row.values.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.values[c].toString()));
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
    m_preview->resizeColumnsToContents();
}

void ImportWizard::fillGeometryColumns()
{
    fillColumns(
        m_x, m_columns,
        guessColumn(m_columns, {QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("longitude"),
                                QStringLiteral("经度"), QStringLiteral("x"), QStringLiteral("东坐标")}));
    fillColumns(
        m_y, m_columns,
        guessColumn(m_columns, {QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("纬度"),
                                QStringLiteral("y"), QStringLiteral("北坐标")}));
    const int wkt =
        guessColumn(m_columns, {QStringLiteral("wkt"), QStringLiteral("geometry"), QStringLiteral("geom")});
    fillColumns(m_wkt, m_columns, wkt);
    const int county =
        guessColumn(m_columns, {QStringLiteral("county_code"), QStringLiteral("区县"), QStringLiteral("县"),
                                QStringLiteral("county"), QStringLiteral("code")});
    fillColumns(m_county, m_columns, county);
    GeometrySource guess = GeometrySource::XyColumns;
    if (m_hasOwnGeometry)
        guess = GeometrySource::FileGeometry;
    else if (wkt >= 0)
        guess = GeometrySource::WktColumn;
    else if (m_x->currentIndex() == m_y->currentIndex() && county >= 0)
        guess = GeometrySource::CountyColumn;
    m_geometrySource->setCurrentIndex(m_geometrySource->findData(int(guess)));
    updateGeometryChoice();
}

void ImportWizard::updateGeometryChoice()
{
    const auto source = static_cast<GeometrySource>(m_geometrySource->currentData().toInt());
    m_x->setEnabled(source == GeometrySource::XyColumns);
    m_y->setEnabled(source == GeometrySource::XyColumns);
    m_wkt->setEnabled(source == GeometrySource::WktColumn);
    m_county->setEnabled(source == GeometrySource::CountyColumn);
    m_crs->setEnabled(source != GeometrySource::CountyColumn);
}

void ImportWizard::fillFieldMapping()
{
    m_mapping->setRowCount(0);
    if (!m_context || m_context->isNewLayer) {
        m_mapping->setRowCount(0);
        m_check->setText(tr("Layer “%1” is new: it gets the file's %2 columns as text fields.")
                             .arg(targetLayer())
                             .arg(m_columns.size()));
        return;
    }
    // The same matching as `ecoplan import`: name, title, alias, a register header holding one.
    QStringList geometryColumns;
    if (m_geometrySource->currentData().toInt() == int(GeometrySource::XyColumns))
        geometryColumns << m_x->currentText() << m_y->currentText();
    const ColumnMatching matching =
        ColumnMatcher::match(m_columns, m_context->target.fields, m_defaults.fieldMap, geometryColumns);
    for (const Field &f : m_context->target.fields) {
        const int r = m_mapping->rowCount();
        m_mapping->insertRow(r);
        auto *name = new QTableWidgetItem(f.displayName());
        name->setData(Qt::UserRole, f.name);
        name->setToolTip(f.name);
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(r, 0, name);
        auto *type = new QTableWidgetItem(typeName(f) + (f.isRequired ? QStringLiteral(" *") : QString()));
        type->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(r, 1, type);
        auto *box = new QComboBox;
        box->addItem(tr("— (default)"));
        box->addItems(m_columns);
        int same = -1;
        for (const ColumnMatch &m : matching.matches) {
            if (m.field == f.name)
                same = static_cast<int>(m_columns.indexOf(m.column));
        }
        box->setCurrentIndex(same + 1);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportWizard::checkSample);
        m_mapping->setCellWidget(r, 2, box);
    }
    m_mapping->resizeColumnsToContents();
}

void ImportWizard::checkSample()
{
    if (!m_context)
        return;
    const Result<PreparedImport> sample = Importer::prepare(spec(), *m_context, nullptr, {}, sampleRows);
    if (!sample) {
        m_check->setText(sample.error());
        return;
    }
    QString text = tr("Of the first %1 rows, %2 can be imported and %3 cannot.")
                       .arg(sample->rowsRead)
                       .arg(sample->edits.size())
                       .arg(sample->rejected.size());
    for (qsizetype i = 0; i < std::min<qsizetype>(8, sample->rejected.size()); ++i)
        text +=
            QLatin1Char('\n') + tr("Row %1: %2").arg(sample->rejected[i].row).arg(sample->rejected[i].reason);
    m_check->setText(text);
}

void ImportWizard::startConversion()
{
    if (!m_context)
        return;
    m_prepared.reset();
    m_convertError.clear();
    m_cancel = false;
    m_progress->setRange(0, 0);
    m_stop->setEnabled(true);
    m_convertState->setText(tr("Reading and converting the rows…"));
    m_canvas->setProject(nullptr);
    m_previewProject.reset();
    const ImportSpec s = spec();
    const ImportContext context = *m_context;
    QPointer<ImportWizard> self(this);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, s, context, self] {
        auto progress = [this, self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, self, done, total] {
                    if (!self || !m_watcher.isRunning())
                        return;
                    m_progress->setRange(0, static_cast<int>(std::max<qint64>(total, done)));
                    m_progress->setValue(static_cast<int>(done));
                },
                Qt::QueuedConnection);
        };
        return std::make_shared<Result<PreparedImport>>(Importer::prepare(s, context, &m_cancel, progress));
    }));
    emit currentPage()->completeChanged();
}

void ImportWizard::stopConversion()
{
    if (!isConverting())
        return;
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportWizard::conversionDone()
{
    const std::shared_ptr<Result<PreparedImport>> result = m_watcher.result();
    m_stop->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!result || !*result) {
        m_convertState->setText(result ? result->error() : tr("The conversion failed."));
    } else if ((*result)->cancelled) {
        m_prepared = std::move(**result);
        m_convertState->setText(tr("Stopped: nothing will be imported. Go Back and Next to start again."));
    } else {
        m_prepared = std::move(**result);
        m_convertState->setText(
            tr("%1 of %2 rows can be imported into “%3”; %4 cannot (listed after the import). "
               "The new rows are drawn in red.")
                .arg(m_prepared->edits.size())
                .arg(m_prepared->rowsRead)
                .arg(m_prepared->target.name)
                .arg(m_prepared->rejected.size()));
        showPreviewMap();
    }
    if (currentPage())
        emit currentPage()->completeChanged();
    emit conversionFinished();
}

void ImportWizard::showPreviewMap()
{
    // A document of its own: the project's layers (shared, immutable data) and the converted rows on top,
    // so the open project is not touched before Import.
    std::shared_ptr<const FeatureTable> table = importPreviewTable(*m_prepared);
    if (!table || !m_project)
        return;
    m_previewProject = std::make_unique<Project>();
    m_previewProject->setDisplayCrs(m_project->displayCrs());
    std::vector<std::shared_ptr<VectorLayer>> layers;
    for (const auto &l : m_project->layers()) {
        if (l->isVisible && l->data)
            layers.push_back(std::make_shared<VectorLayer>(*l));
    }
    auto preview = std::make_shared<VectorLayer>();
    preview->id = previewLayerId;
    preview->title = tr("Rows to import");
    preview->style = LayerStyle::defaultFor(QStringLiteral("import preview"), *table);
    preview->style.categories.clear();
    preview->style.categoryField.clear();
    preview->style.symbol.stroke = QColor(200, 0, 0);
    preview->style.symbol.fill = QColor(230, 30, 30, 110);
    preview->style.symbol.markerSizeMm = 2.4;
    preview->data = LayerData::build(table, m_project->displayCrs());
    layers.push_back(preview);
    m_previewProject->addLayers(std::move(layers));
    m_canvas->setProject(m_previewProject.get());
    m_canvas->zoomToLayer(previewLayerId);
    // Some room around the rows, so that those at the edge of the extent are seen with their surroundings.
    m_canvas->zoomBy(0.6, QPointF(m_canvas->width() / 2.0, m_canvas->height() / 2.0));
}

void ImportWizard::fillReport()
{
    if (!m_prepared)
        return;
    m_summary->setText(tr("Imported %1 of %2 rows into “%3”; %4 rows were rejected.%5")
                           .arg(m_imported)
                           .arg(m_prepared->rowsRead)
                           .arg(m_prepared->target.name)
                           .arg(m_prepared->rejected.size())
                           .arg(m_prepared->isNewLayer
                                    ? QString()
                                    : QLatin1Char(' ') + tr("Edit > Undo removes the import again.")));
    m_rejected->setRowCount(static_cast<int>(m_prepared->rejected.size()));
    for (int i = 0; i < m_prepared->rejected.size(); ++i) {
        const RejectedRow &r = m_prepared->rejected[i];
        m_rejected->setItem(i, 0, new QTableWidgetItem(QString::number(r.row)));
        m_rejected->setItem(i, 1, new QTableWidgetItem(r.reason));
    }
    m_rejected->resizeColumnToContents(0);
}

Status ImportWizard::saveRejected(const QString &path) const
{
    if (!m_prepared)
        return Status::failure(tr("Nothing has been imported yet."));
    return Importer::writeRejected(path, m_prepared->columns, m_prepared->rejected);
}

} // namespace ecoplan
