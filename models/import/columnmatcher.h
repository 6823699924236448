// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layer/featuretable.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>
#include <utility>

namespace ecoplan {

/// How a column was matched to a field, strongest first.
enum class MatchRule {
    Map,      ///< the user said so (--map, the wizard's choice)
    Name,     ///< the column is the field's name
    Title,    ///< the column is the field's Chinese or English title (gpkg_data_columns)
    Alias,    ///< the column is a common word for the field (代码 for code, 备注 for notes, …)
    Contains, ///< a register's longer header holds a title or alias (排污口名称 → name)
};

struct ColumnMatch
{
    QString column;
    QString field;
    MatchRule rule = MatchRule::Name;
};

/// Which column fills which field: one column per field and one field per column.
struct ColumnMatching
{
    QList<ColumnMatch> matches; ///< in column order
    /// Columns or fields that could go more than one way and were left alone, one line each.
    QStringList ambiguities;

    /// The field `column` goes to; empty if none.
    QString fieldFor(const QString &column) const;
};

/// Matches a file's column headers to a layer's fields as a planner would read them, so that the common
/// Chinese register (排污口名称, 排污口编码, 经度, 纬度, 所在县, …) imports without a mapping. Rules, in
/// order; each rule only sees the columns and fields the stronger ones left:
///   explicit map > field name > field title (either language) > alias > header containing a title or alias.
/// Headers are compared without case, a trailing unit in brackets ("面积（亩）" = "面积 (亩)") or spaces
/// other than between Latin words; Latin titles and aliases count inside a header only as whole words. Within
/// a rule, a column that fits several fields, or a field that several columns fit equally well, is not
/// guessed but reported. In the last rule the longest title or alias found in the header decides
/// (受纳水体名称 is the receiving water, not the name).
class ColumnMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ecoplan::ColumnMatcher)
public:
    /// `explicitMap`: column → field given by the user ("" leaves the column out); `skip`: columns used for
    /// something else (the x, y or WKT columns), never matched to a field.
    static ColumnMatching match(const QStringList &columns, const QList<Field> &fields,
                                const QMap<QString, QString> &explicitMap = {}, const QStringList &skip = {});

    /// The longitude and latitude columns (经度/lon/lng/longitude/x and 纬度/lat/latitude/y, also inside a
    /// longer header such as 排污口经度), if exactly one of each is found.
    static std::optional<std::pair<QString, QString>> coordinateColumns(const QStringList &columns);

    /// A header as compared: lower case, one space between Latin words and none elsewhere, full-width
    /// brackets folded, no trailing bracketed unit or required-mark (*).
    static QString normalized(const QString &header);
};

} // namespace ecoplan
