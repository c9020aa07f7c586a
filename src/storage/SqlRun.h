#pragma once

#include "core/Result.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QVariantList>

namespace sitegov {

// One statement prepared, bound in order and run, for the spot-check services: the query to read
// from, or the error (`what` in the user's language, the driver's text in the detail).
inline Result<QSqlQuery> runSql(const QSqlDatabase& db, const QString& sql, const QVariantList& binds, const QString& what)
{
    QSqlQuery q(db);
    Error e;
    if (!Sql::prepare(q, sql, &e))
        return e;
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!Sql::exec(q, &e, what))
        return e;
    return q;
}

// The first column of the first row (a count, an id), or `fallback` when there is no row.
inline Result<QVariant> sqlValue(const QSqlDatabase& db, const QString& sql, const QVariantList& binds, const QString& what,
    const QVariant& fallback = {})
{
    auto q = runSql(db, sql, binds, what);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : fallback;
}

} // namespace sitegov
