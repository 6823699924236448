// SPDX-License-Identifier: GPL-3.0-or-later
#include "featuretablemodel.h"

#include "commands/editfeature.h"
#include "core/numerictype.h"
#include "forms/attributevalidator.h"
#include "project/project.h"
#include "store/projectstore.h"

#include <QStringList>
#include <QUndoStack>

namespace ecoplan {
namespace {

bool sameColumns(const QList<Field> &a, const QList<Field> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const auto &la = a[i].valueList, &lb = b[i].valueList;
        // Each read of the layer reads its value lists afresh: compare them by content.
        const bool sameList = la == lb || (la && lb && la->values == lb->values);
        if (a[i].name != b[i].name || a[i].type != b[i].type || !sameList)
            return false;
    }
    return true;
}

} // namespace

FeatureTableModel::FeatureTableModel(Project *project, const QString &layerId, QObject *parent)
    : QAbstractTableModel(parent), m_project(project), m_layerId(layerId)
{
    if (const VectorLayer *layer = project ? project->layer(layerId) : nullptr)
        m_data = layer->data;
    if (project) {
        connect(project, &Project::changed, this, &FeatureTableModel::onProjectChanged);
        connect(project, &QObject::destroyed, this, [this] { follow(nullptr); });
    }
}

const QList<Field> &FeatureTableModel::fields() const
{
    static const QList<Field> none;
    return m_data ? m_data->table().fields : none;
}

qint64 FeatureTableModel::fid(int row) const
{
    return m_data && row >= 0 && row < rowCount() ? m_data->table().fids[row] : -1;
}

int FeatureTableModel::rowOfFid(qint64 fid) const
{
    if (!m_data)
        return -1;
    const auto &fids = m_data->table().fids;
    const auto it = std::find(fids.begin(), fids.end(), fid);
    return it == fids.end() ? -1 : static_cast<int>(it - fids.begin());
}

QVariantMap FeatureTableModel::values(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const QList<Field> &f = fields();
    for (int c = 0; c < f.size(); ++c)
        out.insert(f[c].name, m_data->table().attributes[row].value(c));
    return out;
}

bool FeatureTableModel::isInProjectFile() const
{
    const VectorLayer *layer = m_project ? m_project->layer(m_layerId) : nullptr;
    return layer && m_project->store() && layer->sourcePath == m_project->store()->path();
}

QString FeatureTableModel::notEditableReason() const
{
    if (!m_project || !m_data)
        return tr("The layer is no longer open.");
    if (!isInProjectFile())
        return tr("This layer was read from another file, not from the project; it cannot be edited here.");
    if (m_project->isReadOnly())
        return tr("The project is open read-only (%1); it cannot be edited.")
            .arg(m_project->readOnlyReason());
    return {};
}

bool FeatureTableModel::isEditable() const
{
    return notEditableReason().isEmpty();
}

bool FeatureTableModel::fail(const QString &message)
{
    emit editFailed(message);
    return false;
}

bool FeatureTableModel::setValues(int row, const QVariantMap &values)
{
    if (const QString why = notEditableReason(); !why.isEmpty())
        return fail(why);
    if (row < 0 || row >= rowCount())
        return fail(tr("There is no feature in row %1.").arg(row + 1));
    QVariantMap typed;
    QStringList errors;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int column = m_data->table().fieldIndex(it.key());
        if (column < 0) {
            errors << tr("The layer has no field “%1”.").arg(it.key());
            continue;
        }
        const Result<QVariant> v = AttributeValidator::convert(fields()[column], it.value());
        if (v)
            typed.insert(fields()[column].name, *v);
        else
            errors << v.error();
    }
    if (!errors.isEmpty())
        return fail(errors.join(QLatin1Char('\n')));

    const VectorLayer *layer = m_project->layer(m_layerId);
    const qint64 featureFid = fid(row);
    // The row as stored, not as shown, so that undo writes back exactly what was in the file.
    const Result<StoredFeature> before = m_project->store()->readFeature(layer->sourceLayer, featureFid);
    if (!before)
        return fail(before.error());
    StoredFeature after = *before;
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        after.attributes.insert(it.key(), it.value());
    if (after == *before)
        return true;
    const QString text =
        typed.size() == 1
            ? tr("Edit “%1” of %2 feature %3").arg(typed.firstKey(), layer->title).arg(featureFid)
            : tr("Edit attributes of %1 feature %2").arg(layer->title).arg(featureFid);
    const Result<qint64> pushed = EditFeature::push(*m_project, {*before, after}, text);
    return pushed ? true : fail(pushed.error());
}

int FeatureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : static_cast<int>(m_data->table().size());
}

int FeatureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(fields().size());
}

QVariant FeatureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field &field = fields()[index.column()];
    const QVariant value = m_data->table().attributes[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return AttributeValidator::displayText(field, value);
    case Qt::EditRole:
    case SortRole:
        return value;
    case FidRole:
        return fid(index.row());
    case Qt::ToolTipRole:
        return field.valueList && !value.isNull() ? value.toString() : QVariant();
    case Qt::TextAlignmentRole:
        return isNumericType(field.type) && !field.valueList ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                        : QVariant();
    default:
        return {};
    }
}

QVariant FeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The row header is the feature's fid, which stays the same when the table is sorted or filtered.
        return role == Qt::DisplayRole ? QVariant(fid(section)) : QVariant();
    }
    if (section < 0 || section >= columnCount())
        return {};
    const Field &field = fields()[section];
    if (role == Qt::DisplayRole)
        return field.isRequired ? field.displayName() + QStringLiteral(" *") : field.displayName();
    // The column's name in the file, for SQL filters.
    if (role == Qt::ToolTipRole)
        return field.isRequired ? tr("%1 (required)").arg(field.name) : field.name;
    return {};
}

Qt::ItemFlags FeatureTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

bool FeatureTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return setValues(index.row(), {{fields()[index.column()].name, value}});
}

void FeatureTableModel::onProjectChanged(const ChangeEvent &event)
{
    if (event.layerId != m_layerId)
        return;
    if (event.type == ChangeEvent::Type::LayerData || event.type == ChangeEvent::Type::LayerRemoved) {
        const VectorLayer *layer = m_project->layer(m_layerId);
        follow(layer ? layer->data : nullptr);
    }
}

void FeatureTableModel::follow(std::shared_ptr<const LayerData> next)
{
    if (next == m_data)
        return;
    if (!next || !m_data || !sameColumns(next->table().fields, m_data->table().fields)) {
        beginResetModel();
        m_data = std::move(next);
        endResetModel();
        return;
    }
    // After one edit the fids differ by at most one run of inserted or removed rows (the file keeps fid
    // order); anything else is a reset.
    const std::shared_ptr<const LayerData> old = m_data;
    const auto &a = old->table().fids;
    const auto &b = next->table().fids;
    const std::size_t common = std::min(a.size(), b.size());
    std::size_t prefix = 0, suffix = 0;
    while (prefix < common && a[prefix] == b[prefix])
        ++prefix;
    while (suffix < common - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const int oldRows = static_cast<int>(a.size()), newRows = static_cast<int>(b.size());
    const int first = static_cast<int>(prefix);
    if (prefix + suffix == a.size() && newRows > oldRows) {
        beginInsertRows({}, first, first + newRows - oldRows - 1);
        m_data = std::move(next);
        endInsertRows();
    } else if (prefix + suffix == b.size() && oldRows > newRows) {
        beginRemoveRows({}, first, first + oldRows - newRows - 1);
        m_data = std::move(next);
        endRemoveRows();
    } else if (oldRows == newRows && prefix == a.size()) {
        m_data = std::move(next);
    } else {
        beginResetModel();
        m_data = std::move(next);
        endResetModel();
        return;
    }
    // Rows present before and after whose values changed (an attribute edit, or undoing one).
    int low = -1, high = -1;
    const auto compare = [&](std::size_t oldRow, std::size_t newRow) {
        if (old->table().attributes[oldRow] != m_data->table().attributes[newRow]) {
            low = low < 0 ? int(newRow) : std::min(low, int(newRow));
            high = std::max(high, int(newRow));
        }
    };
    for (std::size_t i = 0; i < prefix; ++i)
        compare(i, i);
    for (std::size_t i = 0; i < suffix; ++i)
        compare(a.size() - 1 - i, b.size() - 1 - i);
    if (low >= 0)
        emit dataChanged(index(low, 0), index(high, columnCount() - 1));
}

} // namespace ecoplan
