// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace ecoplan {

/// What changed in a Project, so each view reacts only to what concerns it.
struct ChangeEvent
{
    enum class Type {
        LayersAdded, ///< layerId empty: several
        LayerRemoved,
        LayersReordered,
        LayerVisibility,
        LayerOpacity,
        LayerSelectable,
        LayerStyle,
        LayerData, ///< features or their display geometry (e.g. a new display CRS)
        DisplayCrs,
        Selection,
        LabelLanguage,
        Plans, ///< a plan imported or removed, or a plan task edited; layerId empty
        Progress,     ///< task links or progress records changed (the ProgressBook was re-read)
        AsOf,         ///< the date the progress views show changed
        ProgressView, ///< which links the progress views show, or by which units
    };
    Type type;
    QString layerId;
};

} // namespace ecoplan

Q_DECLARE_METATYPE(ecoplan::ChangeEvent)
