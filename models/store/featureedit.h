// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

#include <optional>

namespace ecoplan {

/// One feature as stored: its attributes by field name and its geometry as WKT in the layer's own CRS.
/// Equal values mean equal stored rows, which is what undo must restore.
struct StoredFeature
{
    QString layer;
    qint64 fid = -1;
    QVariantMap attributes;
    QString wkt; ///< empty: no geometry

    bool operator==(const StoredFeature &o) const
    {
        return layer == o.layer && fid == o.fid && attributes == o.attributes && wkt == o.wkt;
    }
};

/// A change to one feature: the row before (absent for an insert) and after (absent for a delete).
struct FeatureEdit
{
    std::optional<StoredFeature> before;
    std::optional<StoredFeature> after;

    /// The same edit backwards: what undo writes.
    FeatureEdit inverted() const { return {after, before}; }
    QString layer() const { return after ? after->layer : before ? before->layer : QString(); }
};

} // namespace ecoplan
