// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoplan {

/// Registers the TrueType CJK label font (WenQuanYi Zen Hei from Debian's fonts-wqy-zenhei) with Qt and
/// returns its family. A TrueType font matters: with Debian's OpenType/CFF Noto Sans CJK, Qt 6.4's PDF writer
/// maps some ideographs to Kangxi-radical code points (U+2F54 for 水), so a search for 水 in the PDF fails.
/// Call once on the GUI thread after the Q(Gui)Application exists; later calls return the cached family.
QString registerLabelFont();
/// The family registered by registerLabelFont() (a generic sans-serif if none could be).
QString labelFontFamily();

} // namespace ecoplan
