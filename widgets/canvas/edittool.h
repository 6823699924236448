// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "maptool.h"
#include "store/featureedit.h"

#include <QPointF>
#include <QPointer>

#include <functional>
#include <optional>

namespace ecoplan {

class Project;
class Snapper;
struct VectorLayer;

/// What the editing tools share: the target layer (set from outside, e.g. the layer panel's current layer),
/// snapping with its marker, the repair question for invalid polygons, and committing one edit. A refused
/// edit is reported through editRefused() and nothing is written.
class EditTool : public MapTool
{
    Q_OBJECT
public:
    /// `snapper` is shared by the tools and outlives them (it may be null: no snapping).
    EditTool(MapCanvas *canvas, const Snapper *snapper);
    QCursor cursor() const override { return Qt::CrossCursor; }

    void setLayer(const QString &layerId);
    const QString &layer() const { return m_layerId; }
    /// Asked with the problem when an edit would store an invalid polygon: true repairs it (MakeValid),
    /// false refuses the edit. Unset: refuse. A function rather than a dialog, so tests can answer.
    void setAskRepair(std::function<bool(const QString &problem)> ask) { m_askRepair = std::move(ask); }

signals:
    void editRefused(const QString &message);

protected:
    /// The target layer if it can be edited; otherwise null (and, if `report`, says why).
    const VectorLayer *editableLayer(bool report = true);
    /// The map position under `widgetPos`, moved onto a nearby vertex when snapping is on; the feature
    /// `excludeFid` of the target layer does not attract. Remembers where to draw the snap marker.
    QPointF snappedMap(const QPointF &widgetPos, qint64 excludeFid = -1);
    void clearSnapMarker() { m_snapMarker.reset(); }
    void paintSnapMarker(QPainter &p) const;
    /// Pixels within which a press hits a vertex, in map units.
    double vertexTolerance() const;
    /// `wkt` if valid, else repaired with the user's consent, else refused (reported).
    std::optional<QString> validated(const QString &wkt);
    /// Writes `before` with geometry `wkt` as one undoable edit; reports and returns false if refused.
    bool commitGeometry(const StoredFeature &before, const QString &wkt, const QString &text);
    void refuse(const QString &message) { emit editRefused(message); }
    /// The layer changed or its features were re-read (an edit, undo, a new display CRS): drop state.
    virtual void reset() {}

private:
    void watch(Project *project);

    QString m_layerId;
    const Snapper *m_snapper;
    std::function<bool(const QString &)> m_askRepair;
    std::optional<QPointF> m_snapMarker; ///< map units
    QPointer<Project> m_watched;
};

} // namespace ecoplan
