// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace ecoplan {

/// A date editor that can also say "no date" (shown as "—"), for deadlines and issue dates a document may
/// not give. Dates are entered and shown as YYYY-MM-DD.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    /// An invalid date clears the editor.
    void setValue(const QDate &date);
    /// The date, or an invalid one if cleared.
    QDate value() const;
};

} // namespace ecoplan
