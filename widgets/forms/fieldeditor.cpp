// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditor.h"

#include "forms/attributevalidator.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace ecoplan {
namespace {

/// QDateEdit's own lowest date; shown as the special “(empty)” text.
const QDate emptyDate(1752, 9, 14);

} // namespace

DateFieldEdit::DateFieldEdit(bool nullable, QWidget *parent) : QWidget(parent), m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setMinimumDate(emptyDate);
    m_edit->setSpecialValueText(FieldEditor::tr("(empty)"));
    setFocusProxy(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    if (nullable) {
        auto *clear = new QToolButton(this);
        clear->setObjectName(QStringLiteral("clearDate"));
        clear->setText(FieldEditor::tr("Clear"));
        clear->setToolTip(FieldEditor::tr("Leave the date empty"));
        layout->addWidget(clear);
        connect(clear, &QToolButton::clicked, this, [this] { setValue({}); });
    }
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        // Opening the calendar on an empty date shows this month, not September 1752.
        if (m_edit->date() == emptyDate)
            m_edit->calendarWidget()->setCurrentPage(QDate::currentDate().year(),
                                                     QDate::currentDate().month());
        emit changed();
    });
}

QVariant DateFieldEdit::value() const
{
    return m_edit->date() == emptyDate ? QVariant() : QVariant(m_edit->date());
}

void DateFieldEdit::setValue(const QVariant &value)
{
    const QDate d = value.toDate();
    m_edit->setDate(d.isValid() ? d : emptyDate);
}

QWidget *FieldEditor::create(const Field &field, QWidget *parent)
{
    if (field.valueList) {
        auto *combo = new QComboBox(parent);
        if (!field.isRequired)
            combo->addItem(QString(), QVariant());
        for (const auto &[code, label] : field.valueList->values)
            combo->addItem(inUiLanguage(label), code);
        return combo;
    }
    if (field.type == QMetaType::QDate)
        return new DateFieldEdit(!field.isRequired, parent);
    auto *line = new QLineEdit(parent);
    // Letters are refused as they are typed; range and form are checked by AttributeValidator.
    if (field.type == QMetaType::Int || field.type == QMetaType::LongLong)
        line->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[+-]?\\d*")), line));
    else if (field.type == QMetaType::Double)
        line->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[+-]?\\d*([.,]\\d*)?([eE][+-]?\\d*)?")), line));
    else if (field.type == QMetaType::QString && field.width > 0)
        line->setMaxLength(field.width);
    line->setClearButtonEnabled(true);
    return line;
}

void FieldEditor::setValue(QWidget *editor, const Field &field, const QVariant &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = field.valueList ? field.valueList->indexOf(value) : -1;
        if (i >= 0) {
            i += field.isRequired ? 0 : 1;
        } else if (value.isNull()) {
            i = field.isRequired ? -1 : 0;
        } else {
            // A stored value outside the list is kept and shown as it is, so opening the form loses nothing.
            combo->addItem(value.toString(), value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    } else if (auto *date = qobject_cast<DateFieldEdit *>(editor)) {
        date->setValue(value);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(AttributeValidator::displayText(field, value));
    }
}

QVariant FieldEditor::value(const QWidget *editor)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentIndex() < 0 ? QVariant() : combo->currentData();
    if (const auto *date = qobject_cast<const DateFieldEdit *>(editor))
        return date->value();
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    return {};
}

void FieldEditor::onChanged(QWidget *editor, QObject *context, const std::function<void()> &onChange)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        QObject::connect(combo, &QComboBox::currentIndexChanged, context, onChange);
    else if (auto *date = qobject_cast<DateFieldEdit *>(editor))
        QObject::connect(date, &DateFieldEdit::changed, context, onChange);
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        QObject::connect(line, &QLineEdit::textChanged, context, onChange);
}

} // namespace ecoplan
