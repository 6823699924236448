// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;

namespace ecoplan {

class OptionalDateEdit;
class PlanNodeEditor;
class PlanPreviewModel;
class TargetTable;

/// Shows a parsed plan before it is imported, for the user to correct: the plan's title, numbers, issuer,
/// date and goals at the top; its tree (part → section → task) on the left; the selected node's editor on
/// the right; the parser's warnings below. "Remove Node" drops a wrongly detected node. Import checks the
/// plan (PlanProblems) and, if something is wrong, names the node and selects it instead of closing.
class PlanPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// `fileName` names the document in the title bar.
    PlanPreviewDialog(Plan plan, const QString &fileName, QWidget *parent = nullptr);
    ~PlanPreviewDialog() override;

    /// The plan with the user's corrections.
    Plan plan() const;
    /// Asks the user to review `plan`; the corrected plan, or nullopt if cancelled.
    static std::optional<Plan> review(QWidget *parent, Plan plan, const QString &fileName);

    PlanPreviewModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    PlanNodeEditor *nodeEditor() const { return m_editor; }
    TargetTable *goalsTable() const { return m_goals; }
    /// What stopped the last Import, else empty.
    QString problemText() const;

    void accept() override;

private:
    QWidget *buildHeader(const Plan &plan);
    QWidget *buildTree();
    void showNode(const QModelIndex &index);
    void storeNode();
    void removeCurrentNode();
    void updateSummary();

    PlanPreviewModel *m_model;
    QTreeView *m_tree = nullptr;
    PlanNodeEditor *m_editor;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_docNumber = nullptr;
    QLineEdit *m_issuer = nullptr;
    OptionalDateEdit *m_issued = nullptr;
    TargetTable *m_goals = nullptr;
    QPushButton *m_removeNode = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace ecoplan
