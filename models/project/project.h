// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeevent.h"
#include "core/result.h"
#include "geo/crs.h"
#include "layer/vectorlayer.h"
#include "progress/placeunits.h"
#include "progress/progressbook.h"
#include "progress/progressview.h"

#include <QDate>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

class QUndoStack;

namespace ecoplan {

class ProjectStore;
struct FeatureEdit;
struct Plan;
struct PlanSource;

/// The open document: its layers (in drawing order, bottom first), display CRS, selection, undo stack and
/// store. It alone changes the layer records and announces every change through changed(). GUI thread only;
/// renderers receive copies of what they need (see LayerRenderer).
class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    /// The file, or empty for a project made of files opened read-only.
    QString filePath() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    void setStore(std::unique_ptr<ProjectStore> store);
    ProjectStore *store() const { return m_store.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Warnings gathered while loading (e.g. a layer without a CRS), to show once.
    QStringList loadWarnings() const { return m_loadWarnings; }
    void addLoadWarnings(const QStringList &warnings) { m_loadWarnings += warnings; }
    QList<QPair<QString, QString>> provenance() const;

    const std::vector<std::shared_ptr<VectorLayer>> &layers() const { return m_layers; }
    const VectorLayer *layer(const QString &id) const;
    int layerIndex(const QString &id) const;
    /// A layer id not yet used, based on `base`.
    QString uniqueLayerId(const QString &base) const;
    void addLayers(std::vector<std::shared_ptr<VectorLayer>> layers);
    void removeLayer(const QString &id);
    /// Moves a layer to drawing position `index` (0 = bottom).
    void moveLayer(const QString &id, int index);
    void setLayerVisible(const QString &id, bool visible);
    /// Changes a layer's opacity, as a style change (see setLayerStyle).
    void setLayerOpacity(const QString &id, double opacity);
    /// Marks a layer (un)selectable for the select tool; an unselectable layer's selection is cleared.
    void setLayerSelectable(const QString &id, bool selectable);
    /// Pushes a style change onto the undo stack (SetLayerStyle); it is saved in a project file.
    void setLayerStyle(const QString &id, const LayerStyle &style);
    /// Sets a layer's style now: writes it to the project file if the layer is stored there (ours and the
    /// QGIS style, in one transaction), then shows it. Fails, changing nothing, if the file refuses it. A
    /// read-only project or a layer from another file is restyled for this session only. Called by
    /// SetLayerStyle; everything else pushes that command.
    Status applyLayerStyle(const QString &id, const LayerStyle &style);

    /// Who is named in the audit log (the configured name, else the OS user).
    QString userName() const;
    void setUserName(const QString &name) { m_userName = name; }
    /// Writes one edit through the store and refreshes that layer from the file, so what is shown is what
    /// is stored. Called by the undo commands; everything else pushes a command.
    Result<qint64> applyEdit(const FeatureEdit &edit);
    /// Writes several edits in one transaction (all or none) and re-reads the layers they touch. For
    /// EditFeatures; edits of many rows at once (an import, regenerated zones).
    Result<QList<qint64>> applyEdits(const QList<FeatureEdit> &edits);
    /// Stores a plan (see ProjectStore::importPlan) and announces it; called by the ImportPlan command.
    Result<qint64> importPlan(const Plan &plan, const PlanSource &source);
    /// Deletes a plan and announces it; called by the ImportPlan command's undo.
    Status removePlan(qint64 planId);

    Crs displayCrs() const { return m_displayCrs; }
    /// Reprojects every layer into `crs` (in parallel, blocking).
    void setDisplayCrs(const Crs &crs);

    /// Labels in Chinese (false) or in pinyin/English where the layer has an English name field (true).
    bool labelsInEnglish() const { return m_labelsInEnglish; }
    void setLabelsInEnglish(bool english);

    /// Union of the visible layers' extents in the display CRS.
    QRectF fullExtent() const;

    const QHash<QString, QSet<std::uint32_t>> &selection() const { return m_selection; }
    void setSelection(const QHash<QString, QSet<std::uint32_t>> &selection);
    void clearSelection();
    QRectF selectionExtent() const;
    int selectedCount() const;

    /// Every task link and progress record, as last read from the store (ChangeEvent::Progress after
    /// each change). Empty for a project without a store.
    std::shared_ptr<const ProgressBook> progressBook() const { return m_progress; }
    /// Re-reads links and records from the store and announces ChangeEvent::Progress.
    void reloadProgress();
    /// The date every progress colour, count, table and chart follows (default: today).
    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    const ProgressView &progressView() const { return m_progressView; }
    void setProgressView(const ProgressView &view);
    /// The county or prefecture of each link's place, computed from the current layers and kept until the
    /// links or those layers change. Empty if the project has no such layer.
    const PlaceUnits &placeUnits(ProgressView::Units level) const;
    /// The layer holding the units of `level` ("counties", "prefectures"), if the project has it.
    const VectorLayer *unitsLayer(ProgressView::Units level) const;

signals:
    void changed(const ecoplan::ChangeEvent &event);

private:
    VectorLayer *mutableLayer(const QString &id);
    /// Says that a table without a map layer changed (ChangeEvent::Plans for the plan tables).
    void announceTableEdit(const QString &table);

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack *m_undoStack;
    std::vector<std::shared_ptr<VectorLayer>> m_layers;
    Crs m_displayCrs = Crs::defaultDisplay();
    bool m_labelsInEnglish = false;
    QHash<QString, QSet<std::uint32_t>> m_selection;
    QStringList m_loadWarnings;
    QString m_userName;
    std::shared_ptr<const ProgressBook> m_progress = ProgressBook::empty();
    QDate m_asOf = QDate::currentDate();
    ProgressView m_progressView;
    mutable std::optional<PlaceUnits> m_countyUnits;
    mutable std::optional<PlaceUnits> m_prefectureUnits;
};

} // namespace ecoplan
