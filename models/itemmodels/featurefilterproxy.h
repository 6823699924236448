// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QPointer>
#include <QRectF>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace ecoplan {

class FeatureTableModel;
class Project;
struct ChangeEvent;

/// Sorts a FeatureTableModel by raw values and keeps the features that match an SQL expression (run by
/// SQLite on the project file) and lie in a scope: all, those meeting the map extent, or the selected ones.
/// Both are recomputed when the layer, the selection or the extent change.
class FeatureFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Scope { All, MapExtent, Selected };

    FeatureFilterProxy(FeatureTableModel *source, Project *project, QObject *parent = nullptr);
    FeatureTableModel *featureModel() const { return m_source; }

    /// Keeps the features for which `where` is true; empty keeps all. An invalid expression fails with
    /// SQLite's message and leaves the previous filter in place.
    Status setExpression(const QString &where);
    const QString &expression() const { return m_expression; }
    /// Only layers in the project file can be filtered by expression (files opened read-only cannot).
    bool canFilterByExpression() const;

    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    /// The visible map area in the display CRS, used by Scope::MapExtent.
    void setMapExtent(const QRectF &extent);

signals:
    /// Around every re-filtering: rows go and come in several runs in between, and views holding indexes
    /// (a selection model) must not act on what they see until refiltered() (see AttributeTablePanel).
    void aboutToRefilter();
    void refiltered();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void onProjectChanged(const ChangeEvent &event);
    Result<std::optional<QSet<qint64>>> runExpression(const QString &where) const;
    void updateScope();
    /// invalidateFilter() between the two signals; a request made while it runs (a view answering the rows
    /// it lost with a new selection) is carried out after it, never inside it.
    void refilter();

    FeatureTableModel *m_source;
    QPointer<Project> m_project;
    QString m_expression;
    Scope m_scope = Scope::All;
    QRectF m_extent;
    std::optional<QSet<qint64>> m_expressionFids; ///< nullopt: no expression
    std::optional<QSet<qint64>> m_scopeFids;      ///< nullopt: all features
    bool m_refiltering = false;
    bool m_refilterAgain = false;
};

} // namespace ecoplan
