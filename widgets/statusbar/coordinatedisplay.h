// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/coordinatetransform.h"

#include <QLabel>

#include <memory>

namespace ecoplan {

/// The cursor position in longitude/latitude (decimal degrees or degrees-minutes-seconds, formatted by Qt
/// Positioning's QGeoCoordinate) and in the display CRS. Click toggles the lon/lat format.
class CoordinateDisplay : public QLabel
{
    Q_OBJECT
public:
    explicit CoordinateDisplay(QWidget *parent = nullptr);
    void setDisplayCrs(const Crs &crs);
    void setDegreesMinutesSeconds(bool dms);
    bool isDegreesMinutesSeconds() const { return m_isDms; }
    void showPosition(const QPointF &mapPos);
    /// The text for a position, as shown (tests and tooltips use it).
    QString format(const QPointF &mapPos) const;

signals:
    void formatToggled(bool dms);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    Crs m_crs;
    std::unique_ptr<CoordinateTransform> m_toLonLat;
    bool m_isDms = false;
    QPointF m_last;
    bool m_hasPosition = false;
};

} // namespace ecoplan
