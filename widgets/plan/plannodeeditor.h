// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace ecoplan {

class TargetTable;

/// Edits one node of a plan under review: titles, category, deadlines, departments (one name per line),
/// places (name and gazetteer code; those without a code are marked), targets, and shows its full text.
/// node() gives the node as edited; edited() says that it changed.
class PlanNodeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PlanNodeEditor(QWidget *parent = nullptr);

    void setNode(const PlanNode &node);
    /// The node as edited (children empty).
    PlanNode node() const;
    /// Why an entry cannot be used (e.g. a deadline that is not a date), else empty.
    QString entryError() const { return m_entryError; }

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *titleEnEdit() const { return m_titleEn; }
    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *deadlinesEdit() const { return m_deadlines; }
    QPlainTextEdit *leadEdit() const { return m_lead; }
    QPlainTextEdit *cooperatingEdit() const { return m_cooperating; }
    QPlainTextEdit *responsibleEdit() const { return m_responsible; }
    QTableWidget *placesTable() const { return m_places; }
    TargetTable *targetTable() const { return m_targets; }

    /// Names entered one per line (or 、-separated, as documents write them).
    static QStringList namesFromText(const QString &text);
    /// Dates as YYYY-MM-DD separated by spaces, commas, semicolons or 、; unreadable ones in `bad`.
    static QList<QDate> datesFromText(const QString &text, QStringList *bad = nullptr);

signals:
    void edited();

private:
    QWidget *buildDepartments();
    QWidget *buildPlaces();
    void setPlaces(const QList<PlaceRef> &places);
    void markPlace(int row);
    void changed();

    PlanNode m_node; ///< what setNode() gave: kind, number and text are kept as they were
    QLineEdit *m_title;
    QLineEdit *m_titleEn;
    QComboBox *m_category;
    QLineEdit *m_deadlines;
    QLabel *m_deadlineError;
    QPlainTextEdit *m_lead;
    QPlainTextEdit *m_cooperating;
    QPlainTextEdit *m_responsible;
    QTableWidget *m_places;
    TargetTable *m_targets;
    QPlainTextEdit *m_text;
    QTabWidget *m_tabs;
    QString m_entryError;
    bool m_loading = false;
};

} // namespace ecoplan
