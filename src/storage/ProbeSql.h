#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QVariant>

namespace sitegov::probesql {

// A moment as stored (UTC, ISO 8601 with a Z, milliseconds kept); NULL when invalid.
inline QVariant moment(const QDateTime& at)
{
    if (!at.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

inline QDateTime toMoment(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (at.isValid())
        at = at.toUTC();
    return at;
}

inline QVariant nullIfZero(int v)
{
    return v == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(v);
}

} // namespace sitegov::probesql
