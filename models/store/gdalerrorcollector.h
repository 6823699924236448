// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ecoplan {

/// While alive, collects GDAL's error messages on this thread instead of letting GDAL print them, so that
/// they can be put into a message that names the file.
class GdalErrorCollector
{
public:
    GdalErrorCollector();
    ~GdalErrorCollector();
    GdalErrorCollector(const GdalErrorCollector &) = delete;
    GdalErrorCollector &operator=(const GdalErrorCollector &) = delete;

    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QStringList &errors() const { return m_errors; }
    /// The last error, or `fallback` when GDAL said nothing.
    QString lastError(const QString &fallback = {}) const;

private:
    QStringList m_errors;
};

} // namespace ecoplan
