// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/featuretable.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>

class QDateEdit;

namespace ecoplan {

/// A date editor with a calendar pop-up that can also be left empty: the "Clear" button (nullable fields)
/// or the lowest date, shown as “(empty)”, stands for no date.
class DateFieldEdit : public QWidget
{
    Q_OBJECT
public:
    DateFieldEdit(bool nullable, QWidget *parent = nullptr);
    QDateEdit *dateEdit() const { return m_edit; }
    /// The date, or a null QVariant when empty.
    QVariant value() const;
    void setValue(const QVariant &value);

signals:
    void changed();

private:
    QDateEdit *m_edit;
};

/// The editor widget for one field, shared by the attribute form and the table's cells: a combo box for a
/// value list (label shown, code stored, an empty entry when the field may be null), a date editor with a
/// calendar for dates, a line edit that accepts only digits for numbers, else a line edit.
class FieldEditor
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::FieldEditor)
public:
    static QWidget *create(const Field &field, QWidget *parent);
    static void setValue(QWidget *editor, const Field &field, const QVariant &value);
    /// What the editor holds, for AttributeValidator: text from line edits, the code from a value list,
    /// a date or null from a date editor.
    static QVariant value(const QWidget *editor);
    /// Calls `onChange` whenever the user changes the editor.
    static void onChanged(QWidget *editor, QObject *context, const std::function<void()> &onChange);
};

} // namespace ecoplan
