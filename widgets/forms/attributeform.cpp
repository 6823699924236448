// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributeform.h"

#include "fieldeditor.h"
#include "forms/attributevalidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ecoplan {

AttributeForm::AttributeForm(QList<Field> fields, QWidget *parent)
    : QWidget(parent), m_fields(std::move(fields))
{
    setObjectName(QStringLiteral("attributeForm"));
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Field &field : std::as_const(m_fields)) {
        QWidget *editor = FieldEditor::create(field, this);
        editor->setObjectName(QStringLiteral("field.") + field.name);
        auto *error = new QLabel(this);
        error->setObjectName(QStringLiteral("error.") + field.name);
        error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QWidget(this);
        auto *box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(1);
        box->addWidget(editor);
        box->addWidget(error);
        auto *label =
            new QLabel(field.isRequired ? tr("%1 *").arg(field.displayName()) : field.displayName(), this);
        label->setObjectName(QStringLiteral("label.") + field.name);
        // The column's name in the file, which SQL filters use.
        label->setToolTip(field.isRequired ? tr("%1 (required)").arg(field.name) : field.name);
        label->setBuddy(editor);
        layout->addRow(label, cell);
        m_editors.insert(field.name, editor);
        m_errorLabels.insert(field.name, error);
        FieldEditor::onChanged(editor, this, [this] { revalidate(); });
    }
    revalidate();
}

void AttributeForm::setValues(const QVariantMap &values)
{
    for (const Field &field : std::as_const(m_fields)) {
        QWidget *editor = m_editors.value(field.name);
        const QSignalBlocker block(editor);
        FieldEditor::setValue(editor, field, values.value(field.name));
    }
    revalidate();
}

QVariantMap AttributeForm::entered() const
{
    QVariantMap raw;
    for (const Field &field : m_fields)
        raw.insert(field.name, FieldEditor::value(m_editors.value(field.name)));
    return raw;
}

QVariantMap AttributeForm::values() const
{
    const QVariantMap raw = entered();
    AttributeValidator::Outcome outcome = AttributeValidator::validate(m_fields, raw);
    for (auto it = outcome.errors.cbegin(); it != outcome.errors.cend(); ++it)
        outcome.values.insert(it.key(), raw.value(it.key()));
    return outcome.values;
}

void AttributeForm::revalidate()
{
    const bool wasValid = isValid();
    m_errors = AttributeValidator::validate(m_fields, entered()).errors;
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString message = m_errors.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    if (wasValid != isValid())
        emit validityChanged(isValid());
}

std::optional<QVariantMap> AttributeForm::askNewFeature(QWidget *parent, const QList<Field> &fields,
                                                        const QVariantMap &defaults)
{
    return AttributeFormDialog::edit(parent, fields, defaults, tr("New Feature"));
}

AttributeFormDialog::AttributeFormDialog(const QList<Field> &fields, const QVariantMap &initial,
                                         const QString &title, QWidget *parent)
    : QDialog(parent), m_form(new AttributeForm(fields)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("attributeFormDialog"));
    setWindowTitle(title);
    m_form->setValues(initial);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_form->isValid());
    connect(m_form, &AttributeForm::validityChanged, ok, &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AttributeFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 560);
}

void AttributeFormDialog::accept()
{
    // Enter in a line edit can reach here with the button disabled.
    if (m_form->isValid())
        QDialog::accept();
}

std::optional<QVariantMap> AttributeFormDialog::edit(QWidget *parent, const QList<Field> &fields,
                                                     const QVariantMap &initial, const QString &title)
{
    AttributeFormDialog dialog(fields, initial, title, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.form()->values();
}

} // namespace ecoplan
