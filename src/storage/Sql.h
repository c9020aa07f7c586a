#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace sitegov {

// Small helpers shared by the repositories: error wrapping, date/time text, transactions.
class Sql final
{
    Q_DECLARE_TR_FUNCTIONS(Sql)

public:
    // A user-facing error for a failed statement; the driver's text goes into the detail.
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
};

// A write transaction: BEGIN IMMEDIATE on SQLite (so that a reader-turned-writer never deadlocks),
// rolled back on destruction unless committed. Transactions nest: inside another one on the same
// connection it becomes a SAVEPOINT, so services compose (an import runs many service calls in one
// all-or-nothing transaction).
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool isNested() const { return m_depth > 0; }
    static bool isOpen(const QSqlDatabase& db);
    const Error& beginError() const { return m_beginError; }
    Status commit();
    void rollback();

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    int m_depth = 0; // 0: the outer transaction, n: SAVEPOINT sg_n
    Error m_beginError;
};

} // namespace sitegov
