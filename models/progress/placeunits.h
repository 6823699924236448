// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressbook.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace ecoplan {

class LayerData;

/// The administrative unit (a county or a prefecture) each link's place belongs to: the unit whose
/// polygon contains the place's point (a point feature itself; polygons: their label anchor, the centre of
/// their largest inscribed circle, always inside; lines: their middle vertex). Computed once per book and
/// layer data, in the display CRS all layers share.
class PlaceUnits
{
public:
    struct Unit
    {
        QString code;
        QString name;
        std::size_t feature = 0; ///< its index in the units layer
    };

    /// `places` holds the data of every layer links point to (by layer id); `units` the counties or
    /// prefectures, whose `code` and `name` fields name the unit.
    static PlaceUnits locate(const ProgressBook &book,
                             const QHash<QString, std::shared_ptr<const LayerData>> &places,
                             const LayerData &units);

    const std::vector<Unit> &units() const { return m_units; }
    /// The unit of link i, or -1 when its place is missing or outside every unit.
    int unitOf(std::size_t link) const { return link < m_unitOfLink.size() ? m_unitOfLink[link] : -1; }
    /// Where a feature of `data` stands for containment tests (see the class comment); NaN if empty.
    static QPointF representativePoint(const LayerData &data, std::size_t feature);

private:
    std::vector<Unit> m_units;
    std::vector<int> m_unitOfLink;
};

} // namespace ecoplan
