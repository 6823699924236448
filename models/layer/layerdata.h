// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "featuretable.h"
#include "spatialindex.h"

#include <memory>
#include <optional>

namespace ecoplan {

class CoordinateTransform;

/// One layer's features ready to draw in the display CRS: geometry, boxes, label anchors and an R-tree.
/// Immutable once built; renderers on worker threads hold it through std::shared_ptr<const LayerData>,
/// so a new CRS or new features mean a new LayerData, never a change to one in use.
class LayerData
{
public:
    /// Reprojects `table` into `display` with PROJ and indexes it. Points PROJ cannot transform are dropped.
    static std::shared_ptr<const LayerData> build(std::shared_ptr<const FeatureTable> table,
                                                  const Crs &display);
    /// How a withFeature() call moved the features after the one it changed.
    struct IndexShift
    {
        std::optional<std::size_t> removed;  ///< a delete freed this index; later ones moved down one
        std::optional<std::size_t> inserted; ///< an insert took this index; it and later ones moved up one
    };
    /// `data` with feature `fid` replaced by `row` (0 or 1 features read from the source, same fields):
    /// an update when both exist, an insert when only `row` has it (in fid order, as the file lists
    /// features, so a restored feature is drawn where it was), a delete when `row` is empty. Only that
    /// feature is reprojected and simplified, and the R-tree is patched unless indices shift. Copy on
    /// write: if the caller holds the only reference (no renderer is drawing it), `data` is changed in
    /// place, so an edit on a layer of 100,000 features copies none of them.
    static std::shared_ptr<const LayerData> withFeature(std::shared_ptr<const LayerData> data, qint64 fid,
                                                        const FeatureTable &row, IndexShift *shift = nullptr);
    /// The index of feature `fid`, if the layer has it.
    std::optional<std::size_t> indexOf(qint64 fid) const;

    const FeatureTable &table() const { return *m_table; }
    const std::shared_ptr<const FeatureTable> &sharedTable() const { return m_table; }
    const Crs &displayCrs() const { return m_displayCrs; }
    GeometryKind kind() const { return m_table->kind; }
    std::size_t size() const { return m_geometries.size(); }

    const Geometry &geometry(std::size_t i) const { return m_geometries[i]; }
    /// The feature simplified as far as `maxTolerance` (map units) allows: the renderer passes half a pixel,
    /// so a zoomed-out view draws far fewer vertices with no visible difference.
    const Geometry &geometry(std::size_t i, double maxTolerance) const;
    const QRectF &bounds(std::size_t i) const { return m_bounds[i]; }
    /// NaN for features without an anchor (non-polygons use their first vertex instead).
    QPointF labelAnchor(std::size_t i) const;
    QRectF extent() const { return m_extent; }
    std::size_t vertexCount() const { return m_vertexCount; }
    /// Vertices at the level of detail geometry(i, maxTolerance) draws from.
    std::size_t vertexCount(double maxTolerance) const;

    /// Features whose box meets `area` (display CRS), ascending.
    std::vector<std::uint32_t> query(const QRectF &area) const { return m_index.query(area); }
    /// Features under `point`: polygons that contain it (or, if `polygonInteriors` is false, whose outline
    /// passes within `tolerance` instead), lines and points within `tolerance` (map units).
    std::vector<std::uint32_t> featuresAt(const QPointF &point, double tolerance,
                                          bool polygonInteriors = true) const;
    /// Features that meet `area`: polygons overlapping it, lines crossing it, points inside it.
    std::vector<std::uint32_t> featuresIn(const QRectF &area) const;

private:
    LayerData() = default;
    LayerData(const LayerData &) = default;
    /// Fills geometries, boxes, anchors, extent and vertex count from `table` (no index, no levels).
    void reproject(const FeatureTable &table, const Crs &display);
    void buildDetailLevels();
    std::shared_ptr<const FeatureTable> m_table;
    Crs m_displayCrs;
    std::vector<Geometry> m_geometries;
    struct DetailLevel
    {
        double tolerance;
        std::vector<Geometry> geometries;
        std::size_t vertexCount = 0;
    };
    std::vector<DetailLevel> m_levels; ///< coarser and coarser copies of m_geometries (lines and polygons)
    std::vector<QRectF> m_bounds;
    std::vector<QPointF> m_labelAnchors;
    QRectF m_extent;
    std::size_t m_vertexCount = 0;
    SpatialIndex m_index;
};

} // namespace ecoplan
