// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/plannodeeditor.h"

#include "plan/departmentextractor.h"
#include "plan/plancategory.h"
#include "plan/targettable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ecoplan {
namespace {

QPlainTextEdit *nameList(const char *objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

PlanNodeEditor::PlanNodeEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLineEdit), m_titleEn(new QLineEdit), m_category(new QComboBox),
      m_deadlines(new QLineEdit), m_deadlineError(new QLabel),
      m_lead(nameList("nodeLead", tr("One per line"))),
      m_cooperating(nameList("nodeCooperating", tr("One per line"))),
      m_responsible(nameList("nodeResponsible", tr("One per line"))), m_places(new QTableWidget(0, 2)),
      m_targets(new TargetTable), m_text(new QPlainTextEdit), m_tabs(new QTabWidget)
{
    m_title->setObjectName(QStringLiteral("nodeTitle"));
    m_titleEn->setObjectName(QStringLiteral("nodeTitleEn"));
    m_category->setObjectName(QStringLiteral("nodeCategory"));
    m_category->addItem(tr("(none)"), QString());
    for (const QString &code : planCategoryCodes())
        m_category->addItem(planCategoryLabel(code), code);
    m_deadlines->setObjectName(QStringLiteral("nodeDeadlines"));
    m_deadlines->setPlaceholderText(tr("YYYY-MM-DD; several separated by “;”"));
    m_deadlineError->setObjectName(QStringLiteral("nodeDeadlinesError"));
    m_deadlineError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_deadlineError->hide();
    m_targets->setObjectName(QStringLiteral("nodeTargets"));
    m_text->setObjectName(QStringLiteral("nodeText"));
    m_text->setReadOnly(true);

    auto *deadlines = new QVBoxLayout;
    deadlines->setContentsMargins(0, 0, 0, 0);
    deadlines->addWidget(m_deadlines);
    deadlines->addWidget(m_deadlineError);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&English title:"), m_titleEn);
    form->addRow(tr("&Category:"), m_category);
    auto *deadlinesLabel = new QLabel(tr("&Deadlines:"));
    deadlinesLabel->setBuddy(m_deadlines);
    form->addRow(deadlinesLabel, deadlines);

    m_tabs->setObjectName(QStringLiteral("nodeTabs"));
    m_tabs->addTab(buildDepartments(), tr("De&partments"));
    m_tabs->addTab(m_targets, tr("Tar&gets"));
    m_tabs->addTab(buildPlaces(), tr("P&laces"));
    m_tabs->addTab(m_text, tr("Full Te&xt"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);

    for (QLineEdit *e : {m_title, m_titleEn, m_deadlines})
        connect(e, &QLineEdit::textEdited, this, &PlanNodeEditor::changed);
    for (QPlainTextEdit *e : {m_lead, m_cooperating, m_responsible})
        connect(e, &QPlainTextEdit::textChanged, this, &PlanNodeEditor::changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, &PlanNodeEditor::changed);
    connect(m_targets, &TargetTable::edited, this, &PlanNodeEditor::changed);
}

QWidget *PlanNodeEditor::buildDepartments()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    const struct
    {
        QPlainTextEdit *edit;
        QString label;
    } lists[] = {{m_lead, tr("Lead (牵头)")},
                 {m_cooperating, tr("Cooperating (配合)")},
                 {m_responsible, tr("Responsible (负责落实)")}};
    for (const auto &l : lists) {
        auto *column = new QVBoxLayout;
        auto *label = new QLabel(l.label);
        label->setBuddy(l.edit);
        column->addWidget(label);
        column->addWidget(l.edit);
        layout->addLayout(column);
    }
    return page;
}

QWidget *PlanNodeEditor::buildPlaces()
{
    m_places->setObjectName(QStringLiteral("nodePlaces"));
    m_places->setHorizontalHeaderLabels({tr("Place"), tr("Code")});
    m_places->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_places->verticalHeader()->hide();
    m_places->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_places, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading)
            return;
        markPlace(item->row());
        changed();
    });
    auto *add = new QPushButton(tr("Add Place"));
    add->setObjectName(QStringLiteral("addPlace"));
    auto *remove = new QPushButton(tr("Remove Place"));
    remove->setObjectName(QStringLiteral("removePlace"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_loading = true;
        const int row = m_places->rowCount();
        m_places->insertRow(row);
        m_places->setItem(row, 0, new QTableWidgetItem);
        m_places->setItem(row, 1, new QTableWidgetItem);
        markPlace(row);
        m_loading = false;
        m_places->editItem(m_places->item(row, 0));
        changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_places->currentRow() < 0)
            return;
        m_places->removeRow(m_places->currentRow());
        changed();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *note =
        new QLabel(tr("Places without a code are not in the gazetteer and are not linked to the map."));
    note->setWordWrap(true);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_places);
    layout->addLayout(buttons);
    layout->addWidget(note);
    return page;
}

void PlanNodeEditor::setPlaces(const QList<PlaceRef> &places)
{
    m_places->setRowCount(0);
    for (const PlaceRef &p : places) {
        const int row = m_places->rowCount();
        m_places->insertRow(row);
        m_places->setItem(row, 0, new QTableWidgetItem(p.name));
        m_places->setItem(row, 1, new QTableWidgetItem(p.code));
        markPlace(row);
    }
}

void PlanNodeEditor::markPlace(int row)
{
    QTableWidgetItem *name = m_places->item(row, 0);
    QTableWidgetItem *code = m_places->item(row, 1);
    if (!name || !code)
        return;
    const bool wasLoading = std::exchange(m_loading, true); // marking is not an edit
    const bool unresolved = code->text().trimmed().isEmpty();
    const QBrush background = unresolved ? QBrush(QColor(0xff, 0xf4, 0xd6)) : QBrush();
    const QString tip = unresolved ? tr("Not found in the gazetteer") : QString();
    for (QTableWidgetItem *i : {name, code}) {
        i->setBackground(background);
        i->setToolTip(tip);
    }
    m_loading = wasLoading;
}

void PlanNodeEditor::setNode(const PlanNode &node)
{
    m_loading = true;
    m_node = node;
    m_node.children.clear();
    m_title->setText(node.title);
    m_titleEn->setText(node.titleEn);
    const int category = m_category->findData(node.category);
    m_category->setCurrentIndex(category < 0 ? 0 : category);
    QStringList dates;
    for (const QDate &d : node.deadlines)
        dates.append(d.toString(Qt::ISODate));
    m_deadlines->setText(dates.join(QStringLiteral("; ")));
    m_deadlineError->hide();
    m_entryError.clear();
    m_lead->setPlainText(node.lead.join(QLatin1Char('\n')));
    m_cooperating->setPlainText(node.cooperating.join(QLatin1Char('\n')));
    m_responsible->setPlainText(node.responsible.join(QLatin1Char('\n')));
    setPlaces(node.places);
    m_targets->setTargets(node.targets);
    m_tabs->setTabText(1, tr("Tar&gets (%1)").arg(node.targets.size()));
    m_tabs->setTabText(2, tr("P&laces (%1)").arg(node.places.size()));
    m_text->setPlainText(node.text);
    m_loading = false;
}

PlanNode PlanNodeEditor::node() const
{
    PlanNode n = m_node;
    n.title = m_title->text().trimmed();
    n.titleEn = m_titleEn->text().trimmed();
    n.category = m_category->currentData().toString();
    n.deadlines = datesFromText(m_deadlines->text());
    n.lead = namesFromText(m_lead->toPlainText());
    n.cooperating = namesFromText(m_cooperating->toPlainText());
    n.responsible = namesFromText(m_responsible->toPlainText());
    n.places.clear();
    for (int row = 0; row < m_places->rowCount(); ++row) {
        const QString name = m_places->item(row, 0) ? m_places->item(row, 0)->text().trimmed() : QString();
        const QString code = m_places->item(row, 1) ? m_places->item(row, 1)->text().trimmed() : QString();
        if (!name.isEmpty())
            n.places.append({name, code});
    }
    n.targets = m_targets->targets();
    return n;
}

void PlanNodeEditor::changed()
{
    if (m_loading)
        return;
    QStringList bad;
    datesFromText(m_deadlines->text(), &bad);
    m_entryError =
        bad.isEmpty()
            ? QString()
            : tr("“%1” is not a date: write deadlines as YYYY-MM-DD.").arg(bad.join(QStringLiteral("”, “")));
    m_deadlineError->setText(m_entryError);
    m_deadlineError->setVisible(!bad.isEmpty());
    m_tabs->setTabText(1, tr("Tar&gets (%1)").arg(m_targets->targets().size()));
    m_tabs->setTabText(2, tr("P&laces (%1)").arg(m_places->rowCount()));
    emit edited();
}

QStringList PlanNodeEditor::namesFromText(const QString &text)
{
    QStringList names;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        for (const QString &name : splitNameList(line)) {
            if (const QString n = name.trimmed(); !n.isEmpty())
                names.append(n);
        }
    }
    return names;
}

QList<QDate> PlanNodeEditor::datesFromText(const QString &text, QStringList *bad)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;，；、]+"));
    QList<QDate> dates;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(part, Qt::ISODate);
        if (d.isValid())
            dates.append(d);
        else if (bad)
            bad->append(part);
    }
    return dates;
}

} // namespace ecoplan
