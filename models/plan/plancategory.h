// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ecoplan {

/// The theme of a plan node by keywords (Chinese and English) in its title and text: air, water, soil,
/// ecology, transport, energy, industry, agriculture or supervision; empty if none matches. Title words
/// count three times, so "加快发展清洁能源" is energy even if its text mentions vehicles.
QString planCategory(const QString &title, const QString &text);
/// The nine category codes planCategory() gives, in a fixed order (for choosers).
QStringList planCategoryCodes();
/// A category code as the user reads it, in the UI language ("air" → "Air" / 大气); unknown codes as they
/// are.
QString planCategoryLabel(const QString &code);

} // namespace ecoplan
