// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

#include <cstdint>
#include <optional>

namespace ecoplan {

class Project;

/// A vertex a position snapped to (display CRS).
struct SnapMatch
{
    QPointF point;
    QString layerId;
    std::uint32_t feature = 0;
};

/// Snapping to the vertices of visible layers: a position within `tolerancePixels` of a vertex moves onto
/// it. Tolerance is in screen pixels so it feels the same at every scale.
class Snapper
{
public:
    static constexpr int defaultTolerancePixels = 10;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    int tolerancePixels() const { return m_tolerancePixels; }
    void setTolerancePixels(int pixels) { m_tolerancePixels = pixels > 0 ? pixels : 1; }

    /// The nearest vertex of a visible layer within the tolerance, if snapping is on. A feature being edited
    /// (`excludeLayer`, `excludeFeature`) is skipped, so a dragged vertex does not snap back onto itself.
    std::optional<SnapMatch> snap(const Project &project, const QPointF &point, double mapUnitsPerPixel,
                                  const QString &excludeLayer = {}, qint64 excludeFeature = -1) const;

private:
    bool m_enabled = false;
    int m_tolerancePixels = defaultTolerancePixels;
};

} // namespace ecoplan
