// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace ecoplan {

/// The map scale as "1:N": shows the current scale and takes a typed or chosen one ("1:250000",
/// "1:250,000" or "250000").
class ScaleEdit : public QComboBox
{
    Q_OBJECT
public:
    explicit ScaleEdit(QWidget *parent = nullptr);
    void showScale(double denominator);
    /// N from "1:N", "1:N,NNN" or "N"; 0 if the text is not a scale.
    static double parse(const QString &text);

signals:
    void scaleEntered(double denominator);

private:
    void commit();
};

} // namespace ecoplan
