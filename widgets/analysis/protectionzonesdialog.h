// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geoprocess/protectionzones.h"

#include <QDialog>

class QTableWidget;

namespace ecoplan {

/// The widths of the canal's protection zones, one row per stretch (prefecture): the management
/// corridor's half-width and the primary and secondary zones' widths on each side. The defaults are
/// placeholders to check against Henan's official zoning; the dialog says so.
class ProtectionZonesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProtectionZonesDialog(QList<CanalSegment> segments, QWidget *parent = nullptr);
    /// The stretches with the widths as edited.
    QList<CanalSegment> segments() const;
    QTableWidget *table() const { return m_table; }

private:
    void copyFirstRowToAll();

    QList<CanalSegment> m_segments;
    QTableWidget *m_table;
};

} // namespace ecoplan
