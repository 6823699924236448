// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QRectF>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ecoplan {

class FeatureFilterProxy;
class FeatureTableModel;
class Project;

/// The attribute table of one layer: sort by clicking a header, filter by an SQL expression and to all
/// features, those in the map extent or the selected ones; edit cells (double-click, Enter or F2) or a whole
/// feature in the form. Selecting rows selects the features on the map and the reverse.
class AttributeTablePanel : public QWidget
{
    Q_OBJECT
public:
    AttributeTablePanel(Project *project, const QString &layerId, QWidget *parent = nullptr);

    QString layerId() const;
    FeatureTableModel *model() const { return m_model; }
    FeatureFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *expressionEdit() const { return m_expression; }
    QComboBox *scopeCombo() const { return m_scope; }
    /// The last error (shown in red) or note, empty when there is none.
    QString message() const;

public slots:
    /// The map's visible area in the display CRS, for “Visible in map extent”.
    void setMapExtent(const QRectF &extent);
    /// Filters by the expression in the line edit; false, with the reason shown, if SQLite refuses it.
    bool applyExpression();
    /// Opens the attribute form for the current row and writes its changes as one edit.
    void editCurrentInForm();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectionToProject();
    void selectionFromProject();
    void showMessage(const QString &text, bool isError);
    void updateCount();

    QPointer<Project> m_project;
    FeatureTableModel *m_model;
    FeatureFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_expression;
    QComboBox *m_scope;
    QPushButton *m_editInForm;
    QLabel *m_message;
    QLabel *m_count;
    bool m_syncing = false;     ///< set while the selection is passed on, so it does not come back
    bool m_refiltering = false; ///< the proxy is changing its rows: the view's selection is not the user's
};

} // namespace ecoplan
