// SPDX-License-Identifier: GPL-3.0-or-later
#include "coordinatedisplay.h"

#include <QGeoCoordinate>

#include <cmath>

namespace ecoplan {

CoordinateDisplay::CoordinateDisplay(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("coordinateDisplay"));
    setToolTip(tr("Cursor position. Click to switch between decimal degrees and degrees-minutes-seconds."));
    setMinimumWidth(fontMetrics().horizontalAdvance(
        QStringLiteral("000° 00' 00.0\" E, 00° 00' 00.0\" N  |  0000000.0, 0000000.0 m")));
    setDisplayCrs(Crs::defaultDisplay());
    setText(tr("Move the pointer over the map to see its coordinates"));
}

void CoordinateDisplay::setDisplayCrs(const Crs &crs)
{
    m_crs = crs;
    m_toLonLat = std::make_unique<CoordinateTransform>(crs, Crs::wgs84());
}

void CoordinateDisplay::setDegreesMinutesSeconds(bool dms)
{
    m_isDms = dms;
    if (m_hasPosition)
        showPosition(m_last);
}

QString CoordinateDisplay::format(const QPointF &mapPos) const
{
    const QPointF ll = m_toLonLat->transform(mapPos);
    QString lonLat = tr("outside the coordinate system");
    if (!std::isnan(ll.x())) {
        const QGeoCoordinate c(ll.y(), ll.x());
        lonLat = c.toString(m_isDms ? QGeoCoordinate::DegreesMinutesSecondsWithHemisphere
                                    : QGeoCoordinate::DegreesWithHemisphere);
    }
    const QString projected =
        m_crs.isGeographic()
            ? QStringLiteral("%1, %2").arg(mapPos.x(), 0, 'f', 6).arg(mapPos.y(), 0, 'f', 6)
            : QStringLiteral("%1, %2 m").arg(mapPos.x(), 0, 'f', 1).arg(mapPos.y(), 0, 'f', 1);
    return QStringLiteral("%1  |  %2 (%3)").arg(lonLat, projected, m_crs.authId());
}

void CoordinateDisplay::showPosition(const QPointF &mapPos)
{
    m_last = mapPos;
    m_hasPosition = true;
    setText(format(mapPos));
}

void CoordinateDisplay::mousePressEvent(QMouseEvent *)
{
    setDegreesMinutesSeconds(!m_isDms);
    emit formatToggled(m_isDms);
}

} // namespace ecoplan
