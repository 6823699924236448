// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/optionaldateedit.h"

namespace ecoplan {
namespace {
// The minimum stands for "no date": QDateEdit shows specialValueText there.
const QDate noDate(1900, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(noDate);
    setSpecialValueText(QStringLiteral("—"));
    setCalendarPopup(true);
    setValue({});
}

void OptionalDateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() ? date : noDate);
}

QDate OptionalDateEdit::value() const
{
    return date() == noDate ? QDate() : date();
}

} // namespace ecoplan
