// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoplan {

/// A place named in a plan's text, as the gazetteer resolves it: `name` is the full Chinese name, `code` the
/// administrative division code or an id such as "river:huaihe", empty if unknown.
struct PlaceRef
{
    QString name;
    QString code;
};

} // namespace ecoplan
