// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ecoplan {

/// The theme of a plan node by keywords (Chinese and English) in its title and text: air, water, soil,
/// ecology, transport, energy, industry, agriculture or supervision; empty if none matches. Title words
/// count three times, so "加快发展清洁能源" is energy even if its text mentions vehicles.
QString planCategory(const QString &title, const QString &text);
/// The nine category codes, in the order the UI lists them.
QStringList planCategoryCodes();
/// A category code as the UI shows it ("air" → "Air", 大气 in the Chinese UI); an unknown code as it is.
QString planCategoryLabel(const QString &code);

} // namespace ecoplan
