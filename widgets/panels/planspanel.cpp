// SPDX-License-Identifier: GPL-3.0-or-later
#include "planspanel.h"

#include "commands/taskimplementslink.h"
#include "itemmodels/plantaskfilter.h"
#include "core/bilingual.h"
#include "itemmodels/plantreemodel.h"
#include "plan/glossary.h"
#include "plan/plancategory.h"
#include "plantaskdetail.h"
#include "project/project.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSet>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace ecoplan {
namespace {

/// "t12" for a task row, "p1" for a plan row: what survives a reload of the model.
QString rowKey(const QModelIndex &index)
{
    const qint64 task = index.data(PlanTreeModel::TaskIdRole).toLongLong();
    return task >= 0 ? QStringLiteral("t%1").arg(task)
                     : QStringLiteral("p%1").arg(index.data(PlanTreeModel::PlanIdRole).toLongLong());
}

QComboBox *filterCombo(const QString &objectName, const QString &toolTip)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    // Long department names must not widen the dock.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

/// Refills a combo after "all" and keeps the choice by its data where it still exists.
void refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[label, data] : items)
        combo->addItem(label, data);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

} // namespace

PlansPanel::PlansPanel(QWidget *parent)
    : QWidget(parent), m_model(new PlanTreeModel(this)), m_filter(new PlanTaskFilter(m_model, this)),
      m_search(new QLineEdit),
      m_department(filterCombo(QStringLiteral("plansPanel.department"),
                               tr("Tasks naming this department as lead, cooperating "
                                  "or responsible"))),
      m_deadline(filterCombo(QStringLiteral("plansPanel.deadline"), tr("Tasks by deadline"))),
      m_locality(filterCombo(QStringLiteral("plansPanel.locality"),
                             tr("Tasks naming this place; a city takes in its counties"))),
      m_category(filterCombo(QStringLiteral("plansPanel.category"), tr("Tasks of this category"))),
      m_view(new QTreeView), m_count(new QLabel), m_detail(new PlanTaskDetail)
{
    setObjectName(QStringLiteral("plansPanel"));
    m_chooseTask = [this](const QList<const StoredTask *> &c, qint64 current) {
        return chooseWithDialog(c, current);
    };
    m_search->setObjectName(QStringLiteral("plansPanel.search"));
    m_search->setPlaceholderText(tr("Search tasks: Chinese, pinyin or English"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("plansPanel.tree"));
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The title keeps a readable width even in a narrow dock (the view scrolls sideways); the lead
    // department takes what is left.
    m_view->header()->setSectionResizeMode(PlanTreeModel::TitleColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(PlanTreeModel::TitleColumn, 230);
    m_view->header()->setSectionResizeMode(PlanTreeModel::CategoryColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PlanTreeModel::DeadlineColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_count->setObjectName(QStringLiteral("plansPanel.count"));

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 0, 0, 1, 2);
    filters->addWidget(m_department, 1, 0);
    filters->addWidget(m_deadline, 1, 1);
    filters->addWidget(m_locality, 2, 0);
    filters->addWidget(m_category, 2, 1);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("plansPanel.splitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    refill(m_category, tr("All categories"), [] {
        QList<std::pair<QString, QVariant>> items;
        for (const QString &code : planCategoryCodes())
            items.append({planCategoryLabel(code), code});
        return items;
    }());
    fillFilterCombos();

    connect(m_search, &QLineEdit::textChanged, this, &PlansPanel::applyFilters);
    for (QComboBox *combo : {m_department, m_deadline, m_locality, m_category})
        connect(combo, &QComboBox::currentIndexChanged, this, &PlansPanel::applyFilters);
    // While filtering, every match is shown; without a filter, the outline down to sections.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PlansPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PlansPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PlansPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PlansPanel::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlansPanel::showCurrent);
    connect(m_detail, &PlanTaskDetail::taskActivated, this, &PlansPanel::selectTask);
    connect(m_detail, &PlanTaskDetail::placeActivated, this, &PlansPanel::placeActivated);
    connect(m_detail, &PlanTaskDetail::confirmLinkRequested, this, [this](qint64 id) {
        if (m_project)
            report(TaskImplementsLink::confirm(*m_project, id).error());
    });
    connect(m_detail, &PlanTaskDetail::removeLinkRequested, this, [this](qint64 id) {
        if (m_project)
            report(TaskImplementsLink::remove(*m_project, id).error());
    });
    connect(m_detail, &PlanTaskDetail::changeLinkRequested, this, &PlansPanel::changeLink);
    updateCount();
}

void PlansPanel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project)
        connect(m_project, &Project::changed, this, &PlansPanel::onProjectChanged);
    m_detail->setLinksEditable(m_project && m_project->store() && !m_project->isReadOnly());
    m_model->setPlans({});
    reload();
}

void PlansPanel::onProjectChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::Plans)
        reload();
}

void PlansPanel::reload()
{
    QList<StoredPlan> plans;
    if (m_project && m_project->store()) {
        auto read = m_project->store()->readPlans();
        if (read)
            plans = std::move(read).value();
        else
            report(read.error());
    }
    const bool first = m_model->plans().isEmpty();
    const QStringList expanded = expandedKeys();
    const QModelIndex current = m_view->currentIndex();
    const QString currentKey = current.isValid() ? rowKey(current) : QString();
    m_model->setPlans(std::move(plans));
    fillFilterCombos();
    applyFilters(); // a department or place no longer named falls back to all
    if (first) {
        m_view->expandToDepth(1); // plans, parts and sections: the outline
    } else {
        restoreExpanded(expanded);
    }
    // The row selected before stays selected if it is still there and not filtered out.
    if (!currentKey.isEmpty()) {
        const qint64 id = currentKey.mid(1).toLongLong();
        const QModelIndex source =
            currentKey.startsWith(QLatin1Char('t')) ? m_model->indexOfTask(id) : m_model->indexOfPlan(id);
        m_view->selectionModel()->setCurrentIndex(
            m_filter->mapFromSource(source), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showCurrent();
    updateCount();
}

void PlansPanel::fillFilterCombos()
{
    QMap<QString, QString> departments; // key → shown name
    QMap<QString, QString> places;      // code → name, so counties follow their city
    QSet<int> years;
    for (const StoredPlan &plan : m_model->plans()) {
        for (const StoredTask &t : plan.tasks) {
            if (t.node.kind != PlanNode::Kind::Task)
                continue;
            // One entry per department whatever the plan's language, named in the UI's language.
            const Glossary &glossary = Glossary::departments();
            for (const QString &name : t.node.lead + t.node.cooperating + t.node.responsible) {
                for (const QString &part : glossary.split(name))
                    departments.insert(glossary.key(part), glossary.translate(part, isChineseUi()));
            }
            for (const PlaceRef &p : t.node.places)
                places.insert(p.code.isEmpty() ? p.name : p.code, p.name);
            for (QDate d : t.node.deadlines)
                years.insert(d.year());
            if (t.deadline.isValid())
                years.insert(t.deadline.year());
        }
    }
    QList<std::pair<QString, QVariant>> items;
    for (auto it = departments.cbegin(); it != departments.cend(); ++it)
        items.append({it.value(), it.key()});
    // Sorted by the shown name (collation-free: good enough for a pick list).
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    refill(m_department, tr("All departments"), items);

    items.clear();
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        // Counties (411081) are indented under their city (411000); the province and rivers are not.
        const bool county =
            it.key().size() == 6 && it.key().front().isDigit() && !it.key().endsWith(QLatin1String("00"));
        items.append({county ? QStringLiteral("    ") + it.value() : it.value(), it.key()});
    }
    refill(m_locality, tr("All places"), items);

    QList<int> sortedYears(years.begin(), years.end());
    std::sort(sortedYears.begin(), sortedYears.end());
    items = {{tr("Overdue"), QStringLiteral("overdue")}, {tr("No deadline"), QStringLiteral("none")}};
    for (int y : sortedYears) {
        items.append({tr("Due in %1").arg(y), QStringLiteral("year:%1").arg(y)});
        items.append({tr("Due by the end of %1").arg(y), QStringLiteral("by:%1").arg(y)});
    }
    refill(m_deadline, tr("Any deadline"), items);
}

void PlansPanel::applyFilters()
{
    TaskQuery q = m_filter->query(); // keeps its today
    q.search = m_search->text();
    q.department = m_department->currentData().toString();
    q.locality = m_locality->currentData().toString();
    q.category = m_category->currentData().toString();
    // The deadline combo's data: "overdue", "none", "year:2024", "by:2024" (the end of 2024) or empty.
    const QString due = m_deadline->currentData().toString();
    const int year = due.section(QLatin1Char(':'), 1).toInt();
    q.due = due == QLatin1String("overdue")          ? TaskQuery::Due::Overdue
            : due == QLatin1String("none")           ? TaskQuery::Due::None
            : due.startsWith(QLatin1String("year:")) ? TaskQuery::Due::InYear
            : due.startsWith(QLatin1String("by:"))   ? TaskQuery::Due::ByDate
                                                     : TaskQuery::Due::Any;
    q.dueYear = year;
    q.dueBy = q.due == TaskQuery::Due::ByDate ? QDate(year, 12, 31) : QDate();
    m_filter->setQuery(q);
}

void PlansPanel::updateCount()
{
    if (!m_filter->query().isEmpty())
        m_view->expandAll(); // every match in sight
    const qsizetype shown = m_filter->visibleTaskIds().size();
    qsizetype total = 0;
    for (const StoredPlan &p : m_model->plans())
        total += std::count_if(p.tasks.begin(), p.tasks.end(),
                               [](const StoredTask &t) { return t.node.kind == PlanNode::Kind::Task; });
    m_count->setText(m_filter->query().isEmpty()
                         ? tr("Tasks: %1").arg(total)
                         : tr("Tasks shown: %1 of %2").arg(shown).arg(total));
}

void PlansPanel::showCurrent()
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    if (const StoredTask *task = m_model->task(index))
        m_detail->showTask(*m_model, task->id);
    else
        m_detail->showPlan(*m_model, index.data(PlanTreeModel::PlanIdRole).toLongLong());
}

bool PlansPanel::selectTask(qint64 taskId)
{
    const QModelIndex source = m_model->indexOfTask(taskId);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) { // hidden by a filter: show everything again
        m_search->clear();
        for (QComboBox *combo : {m_department, m_deadline, m_locality, m_category})
            combo->setCurrentIndex(0);
        proxy = m_filter->mapFromSource(source);
    }
    for (QModelIndex p = proxy.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(proxy);
    return true;
}

qint64 PlansPanel::selectedTaskId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(PlanTreeModel::TaskIdRole).toLongLong() : -1;
}

void PlansPanel::changeLink(qint64 taskId)
{
    const StoredTask *task = m_model->taskById(taskId);
    const StoredPlan *plan = m_model->planOfTask(taskId);
    if (!m_project || !task || !plan)
        return;
    const QList<const StoredTask *> candidates = implementCandidates(m_model->plans(), *plan);
    if (candidates.isEmpty()) {
        report(tr("There is no province plan in this project to link to."));
        return;
    }
    const std::optional<qint64> chosen = m_chooseTask(candidates, task->implementsTaskId.value_or(-1));
    if (chosen)
        report(TaskImplementsLink::set(*m_project, taskId, *chosen).error());
}

std::optional<qint64> PlansPanel::chooseWithDialog(const QList<const StoredTask *> &candidates,
                                                   qint64 current)
{
    QStringList items;
    int currentRow = 0;
    for (const StoredTask *t : candidates) {
        if (t->id == current)
            currentRow = int(items.size());
        // English titles run long: the list stays as wide as a dialog should be.
        const QString title = numberedTitle(t->node);
        items << (title.size() > 90 ? title.left(89) + QStringLiteral("…") : title);
    }
    bool ok = false;
    const QString item =
        QInputDialog::getItem(this, tr("Province Task Implemented"),
                              tr("The province task this task carries out:"), items, currentRow, false, &ok);
    const qsizetype at = items.indexOf(item);
    return ok && at >= 0 ? std::optional<qint64>(candidates[at]->id) : std::nullopt;
}

void PlansPanel::report(const QString &error)
{
    m_detail->setMessage(error);
}

QStringList PlansPanel::expandedKeys() const
{
    QStringList keys;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_filter->rowCount(parent); ++r) {
            const QModelIndex i = m_filter->index(r, 0, parent);
            if (m_view->isExpanded(i)) {
                keys << rowKey(i);
                walk(i);
            }
        }
    };
    walk({});
    return keys;
}

void PlansPanel::restoreExpanded(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (const QModelIndex proxy = m_filter->mapFromSource(sourceOf(key)); proxy.isValid())
            m_view->expand(proxy);
    }
}

QModelIndex PlansPanel::sourceOf(const QString &key) const
{
    const qint64 id = key.mid(1).toLongLong();
    return key.startsWith(QLatin1Char('t')) ? m_model->indexOfTask(id) : m_model->indexOfPlan(id);
}

} // namespace ecoplan
