// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantaskdetail.h"

#include "core/bilingual.h"

#include "itemmodels/plantreemodel.h"
#include "plan/glossary.h"
#include "plan/plancategory.h"
#include "plan/plannumbering.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ecoplan {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString taskLink(const StoredPlan &plan, const StoredTask &task)
{
    return QStringLiteral("<a href=\"task:%1\">%2</a> <span style=\"color:#666\">(%3)</span>")
        .arg(task.id)
        .arg(esc(numberedTitle(task.node)), esc(displayTitle(plan.plan)));
}

/// Departments in the UI's language (the glossary's names); the task's text keeps them as written.
QString nameList(const QStringList &names)
{
    const bool chinese = isChineseUi();
    return esc(Glossary::departments()
                   .translate(names, chinese)
                   .join(chinese ? QStringLiteral("、") : QStringLiteral("; ")));
}

/// One row of the facts table; nothing for an empty value.
QString row(const QString &label, const QString &valueHtml)
{
    return valueHtml.isEmpty()
               ? QString()
               : QStringLiteral("<tr><td style=\"color:#555; padding-right:8px\" valign=\"top\">"
                                "%1</td><td>%2</td></tr>")
                     .arg(esc(label), valueHtml);
}

QString targetTable(const QList<Target> &targets)
{
    if (targets.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-color:#bbb\"><tr><th>%2</th><th></th><th>%3</th><th>%4</th>"
                                  "<th>%5</th></tr>")
                       .arg(esc(PlanTaskDetail::tr("Targets")), esc(PlanTaskDetail::tr("Indicator")),
                            esc(PlanTaskDetail::tr("Value")), esc(PlanTaskDetail::tr("Unit")),
                            esc(PlanTaskDetail::tr("Deadline")));
    for (const Target &t : targets) {
        html += QStringLiteral("<tr><td title=\"%6\">%1</td><td>%2</td><td align=\"right\">%3</td><td>%4</td>"
                               "<td>%5</td></tr>")
                    .arg(esc(t.indicator), esc(t.comparator), esc(QLocale().toString(t.value)), esc(t.unit),
                         isoDate(t.deadline), esc(t.text));
    }
    return html + QStringLiteral("</table>");
}

QString paragraphs(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

PlanTaskDetail::PlanTaskDetail(QWidget *parent)
    : QWidget(parent), m_browser(new QTextBrowser), m_linkBox(new QWidget), m_linkLabel(new QLabel),
      m_confirm(new QPushButton(tr("Confirm"))), m_change(new QPushButton(tr("Change…"))),
      m_remove(new QPushButton(tr("Remove Link"))), m_message(new QLabel)
{
    setObjectName(QStringLiteral("planTaskDetail"));
    m_browser->setObjectName(QStringLiteral("planTaskDetail.text"));
    m_browser->setOpenLinks(false);
    m_linkBox->setObjectName(QStringLiteral("planTaskDetail.link"));
    m_linkLabel->setObjectName(QStringLiteral("planTaskDetail.linkLabel"));
    m_linkLabel->setWordWrap(true);
    m_linkLabel->setTextFormat(Qt::RichText);
    m_confirm->setObjectName(QStringLiteral("planTaskDetail.confirm"));
    m_change->setObjectName(QStringLiteral("planTaskDetail.change"));
    m_remove->setObjectName(QStringLiteral("planTaskDetail.remove"));
    m_message->setObjectName(QStringLiteral("planTaskDetail.message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *linkLayout = new QVBoxLayout(m_linkBox);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    linkLayout->addWidget(m_linkLabel);
    linkLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_linkBox);
    layout->addWidget(m_message);
    layout->addWidget(m_browser, 1);

    connect(m_linkLabel, &QLabel::linkActivated, this, [this](const QString &link) { onAnchor(QUrl(link)); });
    connect(m_browser, &QTextBrowser::anchorClicked, this, &PlanTaskDetail::onAnchor);
    connect(m_confirm, &QPushButton::clicked, this, [this] { emit confirmLinkRequested(m_taskId); });
    connect(m_change, &QPushButton::clicked, this, [this] { emit changeLinkRequested(m_taskId); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeLinkRequested(m_taskId); });
    setLinksEditable(true);
    clear();
}

void PlanTaskDetail::clear()
{
    m_taskId = -1;
    m_linkBox->hide();
    setMessage({});
    m_browser->setHtml(QStringLiteral("<p style=\"color:#666\">%1</p>")
                           .arg(esc(tr("Select a plan or task to see what it says."))));
}

void PlanTaskDetail::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PlanTaskDetail::setLinksEditable(bool editable)
{
    m_linksEditable = editable;
    const QString reason = tr("The project is open read-only.");
    m_confirm->setToolTip(editable ? tr("Confirm that this task carries out the suggested province task")
                                   : reason);
    m_change->setToolTip(editable ? tr("Choose the province task this task carries out") : reason);
    m_remove->setToolTip(editable ? QString() : reason);
}

QString PlanTaskDetail::text() const
{
    return m_browser->toPlainText();
}

QString PlanTaskDetail::linkText() const
{
    return m_linkBox->isHidden() ? QString() : m_linkLabel->text();
}

void PlanTaskDetail::onAnchor(const QUrl &url)
{
    if (url.scheme() == QLatin1String("task"))
        emit taskActivated(url.path().toLongLong());
    else if (url.scheme() == QLatin1String("place"))
        emit placeActivated(url.path(), QUrl::fromPercentEncoding(url.fragment().toUtf8()));
}

void PlanTaskDetail::showPlan(const PlanTreeModel &model, qint64 planId)
{
    clear();
    const QModelIndex index = model.indexOfPlan(planId);
    const StoredPlan *plan = model.plan(index);
    if (!plan)
        return;
    const Plan &p = plan->plan;
    const QString level = planLevel(*plan);
    const QString levelText = level == QLatin1String("province") ? tr("Province")
                              : level == QLatin1String("city")   ? tr("City")
                              : level == QLatin1String("county") ? tr("County")
                                                                 : QString();
    QString period;
    if (p.periodStart.isValid() || p.periodEnd.isValid())
        period = QStringLiteral("%1 – %2").arg(isoDate(p.periodStart), isoDate(p.periodEnd));
    const auto tasks = std::count_if(plan->tasks.begin(), plan->tasks.end(),
                                     [](const StoredTask &t) { return t.node.kind == PlanNode::Kind::Task; });
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(displayTitle(p)));
    html += row(tr("Title as written"), p.title != displayTitle(p) ? esc(p.title) : QString());
    html += row(tr("English title"), p.titleEn && *p.titleEn != p.title ? esc(*p.titleEn) : QString());
    html += row(tr("Chinese title"), p.titleZh != p.title ? esc(p.titleZh) : QString());
    html += row(tr("Document number"), esc(p.docNumber));
    html += row(tr("Issued by"), esc(p.issuer));
    html += row(tr("Issued on"), isoDate(p.issuedDate));
    html += row(tr("Period"), period);
    html += row(tr("Level"), esc(levelText));
    html += row(tr("Tasks"), QString::number(tasks));
    html += row(tr("Source file"), esc(plan->sourceFile));
    html += QStringLiteral("</table>") + targetTable(p.targets);
    m_browser->setHtml(html);
}

void PlanTaskDetail::showTask(const PlanTreeModel &model, qint64 taskId)
{
    clear();
    const StoredTask *task = model.taskById(taskId);
    const StoredPlan *plan = model.planOfTask(taskId);
    if (!task || !plan)
        return;
    m_taskId = taskId;
    const PlanNode &n = task->node;
    QStringList deadlines;
    for (QDate d : n.deadlines)
        deadlines << isoDate(d);
    if (task->deadline.isValid() && !n.deadlines.contains(task->deadline))
        deadlines << isoDate(task->deadline);
    QStringList places;
    for (const PlaceRef &p : n.places) {
        places << (p.code.isEmpty()
                       ? esc(p.name)
                       : QStringLiteral("<a href=\"place:%1#%2\">%3</a>")
                             .arg(esc(p.code), esc(QString::fromUtf8(QUrl::toPercentEncoding(p.name))),
                                  esc(p.name)));
    }

    QString html = QStringLiteral("<h3>%1</h3><table>").arg(esc(numberedTitle(task->node)));
    html += row(tr("Plan"), esc(displayTitle(plan->plan)));
    // The number as written too where it is not the same number ("Third" for 三、, not "13" for "13.").
    const QString number = structuralNumber(n, isChineseUi());
    const auto bare = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("[\\s.、()（）]"))); };
    html += row(tr("Number"), bare(number) == bare(n.number) || n.number.isEmpty()
                                  ? esc(number)
                                  : esc(tr("%1 (as written: %2)").arg(number, n.number)));
    html += row(tr("Title as written"), n.title != displayTitle(n) ? esc(n.title) : QString());
    html += row(tr("English title"), n.titleEn != n.title ? esc(n.titleEn) : QString());
    html += row(tr("Chinese title"), n.titleZh != n.title ? esc(n.titleZh) : QString());
    html += row(tr("Category"), esc(planCategoryLabel(n.category)));
    html += row(tr("Deadlines"), deadlines.join(QStringLiteral(", ")));
    html += row(tr("Lead"), nameList(n.lead));
    html += row(tr("Cooperating"), nameList(n.cooperating));
    html += row(tr("Responsible"), nameList(n.responsible));
    html += row(tr("Places"), places.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>") + targetTable(n.targets);

    // A province task: the city tasks that carry it out.
    if (n.kind == PlanNode::Kind::Task && planLevel(*plan) == QLatin1String("province")) {
        QStringList implementers;
        for (const StoredPlan &other : model.plans()) {
            for (const StoredTask &t : other.tasks) {
                if (t.implementsTaskId == task->id)
                    implementers << QStringLiteral("<li>%1 — %2</li>")
                                        .arg(taskLink(other, t), t.implementsConfirmed
                                                                     ? esc(tr("confirmed"))
                                                                     : esc(tr("suggested")));
            }
        }
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Implemented by")));
        html +=
            implementers.isEmpty()
                ? QStringLiteral("<p style=\"color:#666\">%1</p>").arg(esc(tr("No city task is linked yet.")))
                : QStringLiteral("<ul>%1</ul>").arg(implementers.join(QString()));
    }
    if (!n.text.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(tr("Text")), paragraphs(n.text));
    m_browser->setHtml(html);
    showLink(model, *plan, *task);
}

void PlanTaskDetail::showLink(const PlanTreeModel &model, const StoredPlan &plan, const StoredTask &task)
{
    // Only a task below the province level implements one, and only if there is one to implement.
    const bool linkable = task.node.kind == PlanNode::Kind::Task &&
                          planLevel(plan) != QLatin1String("province") &&
                          (task.implementsTaskId || !implementCandidates(model.plans(), plan).isEmpty());
    m_linkBox->setVisible(linkable);
    if (!linkable)
        return;
    const StoredTask *target = task.implementsTaskId ? model.taskById(*task.implementsTaskId) : nullptr;
    const StoredPlan *targetPlan = target ? model.planOfTask(target->id) : nullptr;
    if (target && targetPlan) {
        m_linkLabel->setText(tr("<b>Implements</b> %1 — <i>%2</i>")
                                 .arg(taskLink(*targetPlan, *target), task.implementsConfirmed
                                                                          ? esc(tr("confirmed"))
                                                                          : esc(tr("suggested"))));
    } else {
        m_linkLabel->setText(tr("<b>Implements</b> no province task yet."));
    }
    m_confirm->setEnabled(m_linksEditable && target && !task.implementsConfirmed);
    m_change->setEnabled(m_linksEditable);
    m_remove->setEnabled(m_linksEditable && task.implementsTaskId.has_value());
}

} // namespace ecoplan
