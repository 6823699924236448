// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/featuretable.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QVariantMap>

#include <optional>

class QDialogButtonBox;
class QLabel;

namespace ecoplan {

/// A form generated from a layer's fields: an editor per field (see FieldEditor), required fields marked
/// “*”, and under each editor the AttributeValidator's message for it, updated as the user types.
class AttributeForm : public QWidget
{
    Q_OBJECT
public:
    explicit AttributeForm(QList<Field> fields, QWidget *parent = nullptr);

    const QList<Field> &fields() const { return m_fields; }
    /// Shows these values; fields not in the map are shown empty.
    void setValues(const QVariantMap &values);
    /// The values in the fields' types (codes for value lists, null when empty); a field whose entry is not
    /// valid holds what was entered.
    QVariantMap values() const;
    /// Field name → message, for each field whose entry is not valid.
    const QMap<QString, QString> &errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QLabel *errorLabel(const QString &field) const { return m_errorLabels.value(field); }

    /// Asks for the attributes of a new feature, starting from `defaults` (see
    /// AttributeValidator::newFeatureValues); nullopt if the user cancels. For the editing tools.
    static std::optional<QVariantMap> askNewFeature(QWidget *parent, const QList<Field> &fields,
                                                    const QVariantMap &defaults = {});

signals:
    void validityChanged(bool valid);

private:
    QVariantMap entered() const;
    void revalidate();

    QList<Field> m_fields;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QMap<QString, QString> m_errors;
};

/// The form in a dialog whose OK button is enabled only while every field is valid.
class AttributeFormDialog : public QDialog
{
    Q_OBJECT
public:
    AttributeFormDialog(const QList<Field> &fields, const QVariantMap &initial, const QString &title,
                        QWidget *parent = nullptr);
    AttributeForm *form() const { return m_form; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Shows the dialog modally; the accepted values, or nullopt if cancelled.
    static std::optional<QVariantMap> edit(QWidget *parent, const QList<Field> &fields,
                                           const QVariantMap &initial, const QString &title);

    void accept() override;

private:
    AttributeForm *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace ecoplan
