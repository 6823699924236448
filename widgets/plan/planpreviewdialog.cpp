// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planpreviewdialog.h"

#include "itemmodels/planpreviewmodel.h"
#include "plan/optionaldateedit.h"
#include "plan/plannodeeditor.h"
#include "plan/planproblems.h"
#include "plan/targettable.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ecoplan {

PlanPreviewDialog::PlanPreviewDialog(Plan plan, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_model(new PlanPreviewModel(this)), m_editor(new PlanNodeEditor), m_problems(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("planPreviewDialog"));
    setWindowTitle(tr("Import Plan — %1").arg(fileName));
    const QStringList warnings = plan.warnings;
    QWidget *header = buildHeader(plan);
    m_model->setPlan(std::move(plan));

    m_editor->setObjectName(QStringLiteral("nodeEditor"));
    m_editor->setEnabled(false);
    connect(m_editor, &PlanNodeEditor::edited, this, &PlanPreviewDialog::storeNode);
    auto *splitter = new QSplitter;
    splitter->addWidget(buildTree());
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 840}); // wide enough for the tree's category and deadline columns

    m_warnings = new QListWidget;
    m_warnings->setObjectName(QStringLiteral("parserWarnings"));
    m_warnings->addItems(warnings);
    m_warnings->setMaximumHeight(m_warnings->sizeHintForRow(0) * 3 + 8);
    auto *warningsBox = new QGroupBox(tr("What the reader guessed (%1)").arg(warnings.size()));
    (new QVBoxLayout(warningsBox))->addWidget(m_warnings);
    warningsBox->setVisible(!warnings.isEmpty());

    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problems->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanPreviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlanPreviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(warningsBox);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(1200, 800);
    updateSummary();

    // Start on the first task: that is what the user came to check.
    for (QModelIndex i = m_model->index(0, 0); i.isValid(); i = m_model->index(0, 0, i)) {
        if (m_model->data(i, PlanPreviewModel::KindRole).toInt() == int(PlanNode::Kind::Task) ||
            !m_model->hasChildren(i)) {
            m_tree->setCurrentIndex(i);
            break;
        }
    }
}

PlanPreviewDialog::~PlanPreviewDialog() = default;

QWidget *PlanPreviewDialog::buildHeader(const Plan &plan)
{
    const auto line = [](const char *name, const QString &text) {
        auto *e = new QLineEdit(text);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_title = line("planTitle", plan.title);
    m_titleEn = line("planTitleEn", plan.titleEn.value_or(QString()));
    m_docNumber = line("planDocNumber", plan.docNumber);
    m_issuer = line("planIssuer", plan.issuer);
    m_issued = new OptionalDateEdit;
    m_issued->setObjectName(QStringLiteral("planIssuedDate"));
    m_issued->setValue(plan.issuedDate);
    m_goals = new TargetTable;
    m_goals->setObjectName(QStringLiteral("planGoals"));
    m_goals->setTargets(plan.targets);
    m_goals->table()->setMinimumHeight(140); // about four goals, then a scroll bar
    m_goals->table()->setMaximumHeight(170);

    auto *box = new QGroupBox(tr("Plan"));
    auto *grid = new QGridLayout(box);
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("Pla&n title:"), m_title), 0, 0);
    grid->addWidget(m_title, 0, 1, 1, 3);
    grid->addWidget(label(tr("English title:"), m_titleEn), 1, 0);
    grid->addWidget(m_titleEn, 1, 1, 1, 3);
    grid->addWidget(label(tr("Document n&umber:"), m_docNumber), 2, 0);
    grid->addWidget(m_docNumber, 2, 1);
    grid->addWidget(label(tr("Issued &on:"), m_issued), 2, 2);
    grid->addWidget(m_issued, 2, 3);
    grid->addWidget(label(tr("Issuer:"), m_issuer), 3, 0);
    grid->addWidget(m_issuer, 3, 1, 1, 3);
    grid->addWidget(label(tr("Goal&s:"), m_goals), 0, 4, 1, 1, Qt::AlignTop);
    grid->addWidget(m_goals, 0, 5, 4, 1);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(5, 3);
    return box;
}

QWidget *PlanPreviewDialog::buildTree()
{
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(PlanPreviewModel::NumberColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PlanPreviewModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(PlanPreviewModel::CategoryColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PlanPreviewModel::DeadlineColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showNode(current); });

    m_removeNode = new QPushButton(tr("&Remove Node"));
    m_removeNode->setObjectName(QStringLiteral("removeNode"));
    m_removeNode->setToolTip(
        tr("Drop a part, section or task the reader found by mistake, with what is under it"));
    m_removeNode->setEnabled(false);
    connect(m_removeNode, &QPushButton::clicked, this, &PlanPreviewDialog::removeCurrentNode);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("planSummary"));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_removeNode);
    layout->addLayout(row);
    return page;
}

void PlanPreviewDialog::showNode(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    m_editor->setEnabled(row.isValid());
    m_removeNode->setEnabled(row.isValid());
    m_editor->setNode(row.isValid() ? m_model->node(row) : PlanNode{});
}

void PlanPreviewDialog::storeNode()
{
    const QModelIndex row = m_tree->currentIndex().siblingAtColumn(0);
    if (row.isValid())
        m_model->setNode(row, m_editor->node());
}

void PlanPreviewDialog::removeCurrentNode()
{
    const QModelIndex row = m_tree->currentIndex().siblingAtColumn(0);
    if (!row.isValid())
        return;
    m_model->removeRows(row.row(), 1, row.parent());
    updateSummary();
    showNode(m_tree->currentIndex()); // the view moved on to a neighbour, or to nothing
}

void PlanPreviewDialog::updateSummary()
{
    m_summary->setText(tr("Tasks: %1").arg(m_model->taskCount()));
}

Plan PlanPreviewDialog::plan() const
{
    Plan p = m_model->plan();
    p.title = m_title->text().trimmed();
    const QString en = m_titleEn->text().trimmed();
    p.titleEn = en.isEmpty() ? std::nullopt : std::optional<QString>(en);
    p.docNumber = m_docNumber->text().trimmed();
    p.issuer = m_issuer->text().trimmed();
    p.issuedDate = m_issued->value();
    p.targets = m_goals->targets();
    return p;
}

QString PlanPreviewDialog::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void PlanPreviewDialog::accept()
{
    QStringList messages;
    QModelIndex first;
    if (!m_editor->entryError().isEmpty()) {
        messages.append(m_editor->entryError());
        first = m_tree->currentIndex();
    }
    for (const PlanProblem &p : PlanProblems::find(plan())) {
        messages.append(p.message);
        if (!first.isValid() && !p.path.isEmpty())
            first = m_model->indexOfPath(p.path);
    }
    if (messages.isEmpty()) {
        QDialog::accept();
        return;
    }
    constexpr int shown = 5;
    QString text = tr("Correct this before importing:") + QStringLiteral("\n• ") +
                   messages.mid(0, shown).join(QStringLiteral("\n• "));
    if (messages.size() > shown)
        text += QLatin1Char('\n') + tr("… and %1 more.").arg(messages.size() - shown);
    m_problems->setText(text);
    m_problems->show();
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->scrollTo(first);
    }
}

std::optional<Plan> PlanPreviewDialog::review(QWidget *parent, Plan plan, const QString &fileName)
{
    PlanPreviewDialog dialog(std::move(plan), fileName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.plan();
}

} // namespace ecoplan
