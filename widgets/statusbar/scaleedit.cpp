// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaleedit.h"

#include <QLineEdit>
#include <QRegularExpression>

namespace ecoplan {

ScaleEdit::ScaleEdit(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("scaleEdit"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(12);
    setToolTip(tr("Map scale: type e.g. 1:250000 and press Enter"));
    for (int n : {5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000, 2000000, 4000000, 8000000})
        addItem(QStringLiteral("1:%1").arg(QLocale(QLocale::English).toString(n)));
    connect(lineEdit(), &QLineEdit::returnPressed, this, &ScaleEdit::commit);
    connect(this, &QComboBox::activated, this, &ScaleEdit::commit);
}

double ScaleEdit::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:1\s*[:：]\s*)?([0-9][0-9,，\s]*)\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return 0;
    QString digits = m.captured(1);
    digits.remove(QRegularExpression(QStringLiteral("[,，\\s]")));
    bool ok = false;
    const double n = digits.toDouble(&ok);
    return ok && n >= 1 ? n : 0;
}

void ScaleEdit::showScale(double denominator)
{
    if (lineEdit()->hasFocus())
        return; // do not overwrite what the user is typing
    lineEdit()->setText(
        QStringLiteral("1:%1").arg(QLocale(QLocale::English).toString(qRound64(denominator))));
}

void ScaleEdit::commit()
{
    const double n = parse(currentText());
    if (n > 0) {
        emit scaleEntered(n);
        lineEdit()->clearFocus();
    }
}

} // namespace ecoplan
