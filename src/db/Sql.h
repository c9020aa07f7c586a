#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace sitegov {

// Small helpers shared by the repositories: error wrapping, the statement cache, date/time text.
// Statements themselves go through db::Query (db/Query.h), which uses these.
class Sql final
{
    Q_DECLARE_TR_FUNCTIONS(Sql)

public:
    // A user-facing error for a failed statement; the driver's text goes into the detail, and the
    // dialect's kind of failure into the code (db::Dialect::busyCode(), uniqueViolationCode()).
    static Error error(const QSqlQuery& query, const QString& what);
    static Error error(const QSqlDatabase& db, const QString& what);

    // Prepares `sql` on `db`; on failure returns false and fills *error.
    static bool prepare(QSqlQuery& query, const QString& sql, Error* error);

    // A statement prepared once per connection and kept for reuse (the hot paths: an import calls
    // them for every row). Bind and exec as usual; do not hold on to results across another call
    // of the same statement. Returns nullptr and fills *error when the SQL does not prepare.
    static QSqlQuery* cached(const QSqlDatabase& db, const QString& sql, Error* error);
    // Drops the cached statements of a connection (Database does it before closing one).
    static void forgetConnection(const QString& connectionName);
    static bool exec(QSqlQuery& query, Error* error, const QString& what);

    static QString nowUtc(); // 2026-11-28T12:00:00Z
    static QVariant date(const QDate& d); // NULL for an invalid date
    static QDate toDate(const QVariant& v);
    static QVariant nullIfEmpty(const QString& s);
    static QVariant nullIfZero(qint64 id);
    // Trimmed text for a NOT NULL column: an empty string, never NULL.
    static QVariant text(const QString& s);
};

} // namespace sitegov
