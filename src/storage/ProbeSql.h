#pragma once

#include "core/Result.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace sitegov::probesql {

// One checked statement of the probe's storage code: prepared, bound in order, run; the error is
// `what` with the driver's text in the detail. (The shape of the db layer's checked query helper,
// which replaces it once that is on this branch.)
inline Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values, const QString& what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    Error e;
    if (!Sql::prepare(q, sql, &e))
        return e;
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Sql::error(q, what);
    return q;
}

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
