// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributevalidator.h"

#include "core/numerictype.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <limits>

namespace ecoplan {
namespace {

bool isNumeric(const QVariant &v)
{
    return isNumericType(QMetaType::Type(v.typeId()));
}

/// A number typed the C way ("1234.5") or the user's locale's way; nullopt if it is not one.
std::optional<double> parseNumber(const QVariant &input)
{
    bool ok = false;
    if (isNumeric(input)) {
        const double v = input.toDouble(&ok);
        return ok ? std::optional(v) : std::nullopt;
    }
    const QString text = input.toString().trimmed();
    double v = QLocale::c().toDouble(text, &ok);
    if (!ok)
        v = QLocale().toDouble(text, &ok);
    return ok && std::isfinite(v) ? std::optional(v) : std::nullopt;
}

std::optional<qlonglong> parseInteger(const QVariant &input)
{
    bool ok = false;
    if (isNumeric(input) && input.typeId() != QMetaType::Double && input.typeId() != QMetaType::Float)
        return input.toLongLong();
    const QString text = input.toString().trimmed();
    qlonglong v = QLocale::c().toLongLong(text, &ok);
    if (!ok)
        v = QLocale().toLongLong(text, &ok);
    if (ok)
        return v;
    // 12.0 is a whole number too.
    const std::optional<double> d = parseNumber(input);
    if (d && std::trunc(*d) == *d && std::abs(*d) < 9.2e18)
        return static_cast<qlonglong>(*d);
    return std::nullopt;
}

Result<QVariant> convertInteger(const Field &f, const QVariant &input)
{
    using R = Result<QVariant>;
    const std::optional<qlonglong> v = parseInteger(input);
    if (!v) {
        return R::failure(parseNumber(input)
                              ? AttributeValidator::tr("“%1” must be a whole number; “%2” is not.")
                                    .arg(f.displayName(), input.toString())
                              : AttributeValidator::tr("“%1” must be a number; “%2” is not.")
                                    .arg(f.displayName(), input.toString()));
    }
    qlonglong low = std::numeric_limits<qlonglong>::min(), high = std::numeric_limits<qlonglong>::max();
    if (f.type == QMetaType::Int) {
        low = std::numeric_limits<int>::min();
        high = std::numeric_limits<int>::max();
    }
    if (f.width > 0 && f.width < 18) {
        high = std::min(high, static_cast<qlonglong>(std::pow(10.0, f.width)) - 1);
        low = std::max(low, -high);
    }
    if (*v < low || *v > high)
        return R::failure(AttributeValidator::tr("“%1” must be between %2 and %3.")
                              .arg(f.displayName())
                              .arg(low)
                              .arg(high));
    return f.type == QMetaType::Int ? QVariant(static_cast<int>(*v)) : QVariant(*v);
}

Result<QVariant> convertDate(const Field &f, const QVariant &input)
{
    const bool dateOnly = f.type == QMetaType::QDate;
    const QString text = input.toString().trimmed();
    QVariant value;
    if (input.typeId() == QMetaType::QDate)
        value = dateOnly ? input : QVariant(input.toDate().startOfDay());
    else if (input.typeId() == QMetaType::QDateTime)
        value = dateOnly ? QVariant(input.toDateTime().date()) : input;
    else
        value = dateOnly ? QVariant(QDate::fromString(text, Qt::ISODate))
                         : QVariant(QDateTime::fromString(text, Qt::ISODate));
    if (dateOnly ? value.toDate().isValid() : value.toDateTime().isValid())
        return value;
    return Result<QVariant>::failure(
        (dateOnly ? AttributeValidator::tr("“%1” must be a date written YYYY-MM-DD; “%2” is not.")
                  : AttributeValidator::tr(
                        "“%1” must be a date and time written YYYY-MM-DDThh:mm:ss; “%2” is not."))
            .arg(f.displayName(), input.toString()));
}

} // namespace

Result<QVariant> AttributeValidator::convert(const Field &f, const QVariant &input)
{
    using R = Result<QVariant>;
    const bool isText = input.typeId() == QMetaType::QString;
    if (input.isNull() || (isText && input.toString().trimmed().isEmpty())) {
        if (f.isRequired)
            return R::failure(tr("“%1” is required.").arg(f.displayName()));
        return QVariant();
    }
    if (f.valueList) {
        int i = f.valueList->indexOf(input);
        for (int j = 0; i < 0 && j < f.valueList->values.size(); ++j) {
            // A label is accepted in full ("未开始 / not started") or in the UI's language.
            const QString &label = f.valueList->values[j].second;
            if (label == input.toString() || inUiLanguage(label) == input.toString())
                i = j;
        }
        if (i >= 0)
            return f.valueList->values[i].first;
        QStringList codes;
        for (const auto &[code, label] : f.valueList->values)
            codes << code.toString();
        return R::failure(tr("“%1” must be one of %2; “%3” is not.")
                              .arg(f.displayName(), codes.join(QStringLiteral(", ")), input.toString()));
    }
    switch (f.type) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return convertInteger(f, input);
    case QMetaType::Double:
        if (const std::optional<double> v = parseNumber(input))
            return QVariant(*v);
        return R::failure(tr("“%1” must be a number; “%2” is not.").arg(f.displayName(), input.toString()));
    case QMetaType::QDate:
    case QMetaType::QDateTime:
        return convertDate(f, input);
    default: {
        const QString text = input.toString();
        if (f.width > 0 && text.size() > f.width)
            return R::failure(tr("“%1” may hold at most %2 characters; this has %3.")
                                  .arg(f.displayName())
                                  .arg(f.width)
                                  .arg(text.size()));
        return QVariant(text);
    }
    }
}

AttributeValidator::Outcome AttributeValidator::validate(const QList<Field> &fields, const QVariantMap &input)
{
    Outcome out;
    for (const Field &f : fields) {
        const Result<QVariant> v = convert(f, input.value(f.name));
        if (v)
            out.values.insert(f.name, *v);
        else
            out.errors.insert(f.name, v.error());
    }
    return out;
}

QString AttributeValidator::displayText(const Field &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (field.valueList) {
        const QString label = inUiLanguage(field.valueList->labelOf(value));
        return label.isEmpty() ? value.toString() : label;
    }
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}

QVariantMap AttributeValidator::newFeatureValues(const QList<Field> &fields)
{
    QVariantMap values;
    for (const Field &f : fields) {
        if (!f.defaultValue.isNull())
            values.insert(f.name, f.defaultValue);
        else if (f.name == QLatin1String("status") && f.valueList &&
                 f.valueList->indexOf(QStringLiteral("not_started")) >= 0)
            values.insert(f.name, QStringLiteral("not_started"));
    }
    return values;
}

} // namespace ecoplan
