// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ecoplan {

struct Departments
{
    QStringList lead;
    QStringList cooperating;
    QStringList responsible;
    bool isEmpty() const { return lead.isEmpty() && cooperating.isEmpty() && responsible.isEmpty(); }
};

/// The division of labour a task names, usually in a closing parenthesis:
/// (市发展和改革委员会、市交通运输局牵头，市水利局配合，各县〔市、区〕政府〔管委会〕负责落实).
/// 牵头 → lead; 配合 → cooperating; 负责落实, 负责实施 and 按职责分工负责 → responsible. Names are split on
/// 、 outside brackets and kept as written (a trailing 等部门/等单位 is dropped). English: "X takes the
/// lead", "Led by X", "X cooperate", "with the cooperation of X", "X are responsible for the implementation",
/// "X are responsible for the division of responsibilities", "implemented by X".
class DepartmentExtractor
{
public:
    static Departments extract(const QString &taskText);
};

/// A list of names in one text field, joined with 、 as the documents join them ("A、B"), and back: the split
/// is outside brackets, so 各县〔市、区〕政府〔管委会〕 stays one name.
QString joinNameList(const QStringList &names);
QStringList splitNameList(const QString &joined);

} // namespace ecoplan
