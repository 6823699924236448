// SPDX-License-Identifier: GPL-3.0-or-later
#include "importspec.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace ecoplan {

int SourceCrs::gk3ZoneEpsg(int zone)
{
    return zone >= 25 && zone <= 45 ? 4513 + (zone - 25) : 0;
}

int SourceCrs::gk3CentralMeridianEpsg(int centralMeridian)
{
    return centralMeridian >= 75 && centralMeridian <= 135 && centralMeridian % 3 == 0
               ? 4534 + (centralMeridian - 75) / 3
               : 0;
}

Result<SourceCrs> SourceCrs::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("gcj02") || t == QLatin1String("gcj-02"))
        return SourceCrs{Kind::Gcj02, 0};
    if (t == QLatin1String("bd09") || t == QLatin1String("bd-09"))
        return SourceCrs{Kind::Bd09, 0};
    if (t == QLatin1String("gk3"))
        return SourceCrs{Kind::GaussKrugerZonePrefix, 0};
    static const QRegularExpression gkMeridian(QStringLiteral("^gk3:(\\d+)$"));
    if (const auto m = gkMeridian.match(t); m.hasMatch()) {
        if (const int code = gk3CentralMeridianEpsg(m.captured(1).toInt()))
            return fromEpsg(code);
        return Result<SourceCrs>::failure(
            tr("“%1”: a 3-degree zone's central meridian is a multiple of 3 from 75 to 135.").arg(text));
    }
    static const QRegularExpression epsg(QStringLiteral("^(epsg:)?(\\d{4,6})$"));
    if (const auto m = epsg.match(t); m.hasMatch())
        return fromEpsg(m.captured(2).toInt());
    return Result<SourceCrs>::failure(
        tr("Unknown coordinate system “%1”: give an EPSG code (4326, 4490, 4547, 3857, …), gk3 (Gauss-Krüger "
           "3-degree with the zone number in X), gk3:114 (central meridian, no zone number), gcj02 or bd09.")
            .arg(text));
}

QString SourceCrs::toText() const
{
    switch (kind) {
    case Kind::Gcj02:
        return QStringLiteral("gcj02");
    case Kind::Bd09:
        return QStringLiteral("bd09");
    case Kind::GaussKrugerZonePrefix:
        return QStringLiteral("gk3");
    case Kind::Epsg:
        break;
    }
    return QStringLiteral("EPSG:%1").arg(epsg);
}

QString detectTextEncoding(const QByteArray &bytes)
{
    // An incomplete sequence at the end of a sample is held back by the decoder, not counted as an error.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(bytes); // the decoding happens here, not in decode()
    return utf8.hasError() ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

} // namespace ecoplan
