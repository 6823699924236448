// SPDX-License-Identifier: GPL-3.0-or-later
#include "ogrvalues.h"

#include <QDate>
#include <QDateTime>

#include <ogr_feature.h>

namespace ecoplan {

QMetaType::Type qtTypeOf(OGRFieldType type)
{
    switch (type) {
    case OFTInteger:
        return QMetaType::Int;
    case OFTInteger64:
        return QMetaType::LongLong;
    case OFTReal:
        return QMetaType::Double;
    case OFTDate:
        return QMetaType::QDate;
    case OFTDateTime:
        return QMetaType::QDateTime;
    case OFTBinary:
        return QMetaType::QByteArray;
    default:
        return QMetaType::QString;
    }
}

QVariant ogrFieldValue(const OGRFeature &f, int i)
{
    if (!f.IsFieldSetAndNotNull(i))
        return {};
    switch (qtTypeOf(f.GetFieldDefnRef(i)->GetType())) {
    case QMetaType::Int:
        return f.GetFieldAsInteger(i);
    case QMetaType::LongLong:
        return static_cast<qlonglong>(f.GetFieldAsInteger64(i));
    case QMetaType::Double:
        return f.GetFieldAsDouble(i);
    case QMetaType::QDate:
    case QMetaType::QDateTime: {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        f.GetFieldAsDateTime(i, &y, &mo, &d, &h, &mi, &s, &tz);
        if (f.GetFieldDefnRef(i)->GetType() == OFTDate)
            return QDate(y, mo, d);
        return QDateTime(QDate(y, mo, d), QTime(h, mi, static_cast<int>(s)));
    }
    case QMetaType::QByteArray: {
        int size = 0;
        const GByte *bytes = f.GetFieldAsBinary(i, &size);
        return QByteArray(reinterpret_cast<const char *>(bytes), size);
    }
    default:
        return QString::fromUtf8(f.GetFieldAsString(i));
    }
}

void setOgrField(OGRFeature &f, int i, const QVariant &value)
{
    if (value.isNull()) {
        f.SetFieldNull(i);
        return;
    }
    switch (f.GetFieldDefnRef(i)->GetType()) {
    case OFTInteger:
    case OFTInteger64:
        f.SetField(i, static_cast<GIntBig>(value.toLongLong()));
        return;
    case OFTReal:
        f.SetField(i, value.toDouble());
        return;
    case OFTDate: {
        const QDate d = value.toDate();
        f.SetField(i, d.year(), d.month(), d.day());
        return;
    }
    case OFTDateTime: {
        const QDateTime t = value.toDateTime();
        f.SetField(i, t.date().year(), t.date().month(), t.date().day(), t.time().hour(), t.time().minute(),
                   static_cast<float>(t.time().second()));
        return;
    }
    case OFTBinary: {
        const QByteArray bytes = value.toByteArray();
        f.SetField(i, static_cast<int>(bytes.size()), reinterpret_cast<const GByte *>(bytes.constData()));
        return;
    }
    default:
        f.SetField(i, value.toString().toUtf8().constData());
    }
}

} // namespace ecoplan
