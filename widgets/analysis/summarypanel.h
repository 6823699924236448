// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QRectF>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ecoplan {

class LayerData;
class Project;
class SummaryTableModel;
struct ChangeEvent;

/// "What lies inside": choose the features to count, what to count them in (a polygon layer, or a field
/// of their own) and a field to count by; the table shows one row per area (see Summary). Clicking a row
/// selects the features it counts (and its area) and asks to zoom there; Export… writes the table as
/// XLSX or CSV. A change to either layer clears the table, since its rows point at the features.
class SummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryPanel(QWidget *parent = nullptr);
    ~SummaryPanel() override;
    void setProject(Project *project);

    /// Chooses the layers and fields as a user would (by layer id or field name; "" for none).
    void choose(const QString &featuresLayer, const QString &areasLayer, const QString &groupField = {},
                const QString &categoryField = {});
    /// Runs the summary with the current choices; false (and the reason shown) if it cannot.
    bool summarise();
    /// Selects and zooms to the features of row `row` of the table as shown (sorted).
    void activateRow(int row);
    SummaryTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    /// The map should show this extent (display CRS).
    void zoomRequested(const QRectF &extent);

private:
    void refillLayers();
    void refillFields();
    void exportTable();
    void onProjectChanged(const ChangeEvent &event);
    void showMessage(const QString &text, bool isError);

    QPointer<Project> m_project;
    QComboBox *m_features;
    QComboBox *m_areas;
    QComboBox *m_category;
    QPushButton *m_run;
    QPushButton *m_export;
    QLabel *m_message;
    QTableView *m_view;
    SummaryTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    /// The layers the table was made from: its rows point at their features.
    std::shared_ptr<const LayerData> m_featuresData, m_areasData;
    QString m_featuresId, m_areasId;
};

} // namespace ecoplan
