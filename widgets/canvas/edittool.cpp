// SPDX-License-Identifier: GPL-3.0-or-later
#include "edittool.h"

#include "commands/editfeature.h"

#include "edit/featureedits.h"
#include "edit/geometryvalidity.h"
#include "edit/snapper.h"
#include "mapcanvas.h"
#include "project/project.h"

#include <QPainter>

namespace ecoplan {
namespace {
constexpr double vertexTolerancePx = 8.0;
}

EditTool::EditTool(MapCanvas *canvas, const Snapper *snapper) : MapTool(canvas), m_snapper(snapper) {}

void EditTool::setLayer(const QString &layerId)
{
    m_layerId = layerId;
    reset();
    m_canvas->update();
}

void EditTool::watch(Project *project)
{
    if (m_watched == project)
        return;
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = project;
    if (project) {
        connect(project, &Project::changed, this, [this](const ChangeEvent &e) {
            if ((e.type == ChangeEvent::Type::LayerData && e.layerId == m_layerId) ||
                e.type == ChangeEvent::Type::DisplayCrs || e.type == ChangeEvent::Type::LayerRemoved)
                reset();
        });
    }
}

const VectorLayer *EditTool::editableLayer(bool report)
{
    Project *project = m_canvas->project();
    watch(project);
    if (!project)
        return nullptr;
    if (m_layerId.isEmpty() || !project->layer(m_layerId)) {
        if (report)
            refuse(tr("Choose the layer to edit in the Layers panel first."));
        return nullptr;
    }
    if (!FeatureEdits::isEditable(*project, m_layerId)) {
        if (report)
            refuse(project->isReadOnly() && project->store()
                       ? tr("This project is open read-only: %1.").arg(project->readOnlyReason())
                       : tr("Layer “%1” is not part of the project file and cannot be edited.")
                             .arg(project->layer(m_layerId)->title));
        return nullptr;
    }
    return project->layer(m_layerId);
}

QPointF EditTool::snappedMap(const QPointF &widgetPos, qint64 excludeFid)
{
    const QPointF map = m_canvas->toMap(widgetPos);
    m_snapMarker.reset();
    if (!m_snapper || !m_canvas->project())
        return map;
    if (auto match = m_snapper->snap(*m_canvas->project(), map, m_canvas->mapUnitsPerPixel(),
                                     excludeFid >= 0 ? m_layerId : QString(), excludeFid)) {
        m_snapMarker = match->point;
        return match->point;
    }
    return map;
}

void EditTool::paintSnapMarker(QPainter &p) const
{
    if (!m_snapMarker)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(230, 0, 120), 2));
    p.setBrush(Qt::NoBrush);
    const QPointF c = m_canvas->toWidget(*m_snapMarker);
    p.drawRect(QRectF(c - QPointF(6, 6), QSizeF(12, 12)));
    p.restore();
}

double EditTool::vertexTolerance() const
{
    return vertexTolerancePx * m_canvas->mapUnitsPerPixel();
}

std::optional<QString> EditTool::validated(const QString &wkt)
{
    const VectorLayer *layer = m_canvas->project() ? m_canvas->project()->layer(m_layerId) : nullptr;
    if (!layer)
        return std::nullopt;
    const Result<QString> valid =
        GeometryValidity::ensureValid(wkt, FeatureEdits::geometryType(*layer), m_askRepair);
    if (!valid) {
        refuse(valid.error());
        return std::nullopt;
    }
    return *valid;
}

bool EditTool::commitGeometry(const StoredFeature &before, const QString &wkt, const QString &text)
{
    const std::optional<QString> valid = validated(wkt);
    if (!valid)
        return false;
    StoredFeature after = before;
    after.wkt = *valid;
    const Result<qint64> done = EditFeature::push(*m_canvas->project(), {before, after}, text);
    if (!done)
        refuse(done.error());
    return done.ok();
}

} // namespace ecoplan
