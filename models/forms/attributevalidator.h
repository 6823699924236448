// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "layer/featuretable.h"

#include <QCoreApplication>
#include <QMap>
#include <QVariantMap>

namespace ecoplan {

/// Turns what the user typed or picked into values of the fields' types and says, per field, what is wrong:
/// a required field left empty, text that is not a number or whole number, a number too large for the
/// field, a value not in the field's list, a date that is not one. Used by the attribute form and table.
class AttributeValidator
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::AttributeValidator)
public:
    /// The values converted to the fields' types and the message for each field that is not valid.
    struct Outcome
    {
        QVariantMap values;
        QMap<QString, QString> errors; ///< field name → message naming the field
        bool ok() const { return errors.isEmpty(); }
    };

    /// `input` (text or an already typed value) in the field's type: a code for a value list (its label is
    /// accepted too), null for empty text. Fails with a message that names the field.
    static Result<QVariant> convert(const Field &field, const QVariant &input);
    /// Converts and checks every field; a field missing from `input` counts as empty.
    static Outcome validate(const QList<Field> &fields, const QVariantMap &input);
    /// How a stored value is shown: the label for a value list, ISO 8601 for dates, empty for null.
    static QString displayText(const Field &field, const QVariant &value);
    /// What a new feature's form starts with: each field's default from the file, and work that has a status
    /// value list starts as not started; everything else is the planner's to say.
    static QVariantMap newFeatureValues(const QList<Field> &fields);
};

} // namespace ecoplan
