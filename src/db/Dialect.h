#pragma once

#include "core/Result.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlDriver;
class QSqlError;
class QSqlQuery;

namespace sitegov::db {

// One INSERT statement run for a great many rows as fast as the engine allows: the values are bound
// by type, without a QVariant per value (SQLite: its own statement interface on the connection's
// handle; elsewhere a prepared QSqlQuery). Placeholders are numbered from 1.
class BulkInsert
{
public:
    virtual ~BulkInsert() = default;

    virtual void bindText(int column, const QString& value) = 0;
    virtual void bindInt(int column, qint64 value) = 0;
    virtual void bindDouble(int column, double value) = 0;
    virtual void bindNull(int column) = 0;
    // Inserts the bound row; the values are cleared for the next one. The error's detail is the
    // driver's text (the caller puts its own message on it).
    virtual Status step() = 0;
};

// What differs between the SQL engines SiteGov runs on, in one place (docs/design/architecture.md).
// Everything else is portable SQL: the services, queries and repositories write plain SQL that both
// SQLite and PostgreSQL read the same way, and ask the connection's dialect for the rest. Each
// dialect has its own folder of migrations per schema (resources/migrations/<name()>/).
//
// SQLite (SqliteDialect) is the one there is today; PostgreSQL (QPSQL) is to be added beside it.
class Dialect
{
public:
    virtual ~Dialect() = default;

    // The dialect of a connection, by its QtSql driver; nullptr when SiteGov does not support it.
    static const Dialect* of(const QSqlDatabase& db);
    static const Dialect* of(const QSqlDriver* driver);
    static const Dialect* forDriver(const QString& driverName);

    // "sqlite": the folder of a schema's migrations for this engine.
    virtual QString name() const = 0;
    // "QSQLITE": the QtSql driver.
    virtual QString driverName() const = 0;

    // ---- Opening

    // What the dialect keeps beside an open connection until it closes, made right after the
    // connection opens (SQLite: the handler that waits for other programs' writes and reports the
    // wait, and the record that this process has the file open, DatabaseFiles). Destroyed after the
    // connection has closed.
    class ConnectionState
    {
    public:
        virtual ~ConnectionState() = default;
    };
    virtual std::unique_ptr<ConnectionState> attach(QSqlDatabase& db) const = 0;

    // The settings every connection gets once it is open, before its schema is looked at (SQLite:
    // foreign keys, WAL, synchronous writes, cache; PostgreSQL: time zone, search path). Called only
    // after the database is known to be one of ours and not newer than this program: setting them
    // may already write to it.
    virtual Status configure(QSqlDatabase& db) const = 0;

    // ---- The schema's version and mark

    // The version of the schema the database holds (SQLite: PRAGMA user_version), 0 when none.
    virtual Result<int> schemaVersion(const QSqlDatabase& db) const = 0;
    // Records `version` (inside the transaction of the migration that brings it).
    virtual Status setSchemaVersion(QSqlDatabase& db, int version) const = 0;
    // The mark that says which program's database it is (SQLite: PRAGMA application_id), 0 when unmarked.
    virtual Result<qint64> applicationId(const QSqlDatabase& db) const = 0;
    // Whether the database holds any table at all (an unmarked one with tables belongs to someone else).
    virtual Result<bool> hasTables(const QSqlDatabase& db) const = 0;

    // ---- Transactions and locks

    // The statement that opens a write transaction. SQLite: BEGIN IMMEDIATE, which takes the write
    // lock first, so that a transaction that reads and then writes never deadlocks with another one.
    virtual QString beginWrite() const = 0;
    // Opens the transaction of one migration while holding the lock that makes two programs
    // migrating at once run one after the other (SQLite: the write lock of BEGIN IMMEDIATE;
    // PostgreSQL: an advisory lock of the transaction). The caller reads the version again under it.
    virtual Status beginMigration(QSqlDatabase& db) const = 0;
    // True when a statement failed because another connection holds what it needs: trying again
    // later may succeed.
    virtual bool isBusy(const QSqlError& error) const = 0;
    // The user's message for that: another program holds the database, named where the engine can
    // tell which ("Another program (sitegovctl, process 4711) is writing to the database; ..."); the
    // driver's text goes into the detail, busyCode() into the code.
    virtual Error busyError(const QSqlDriver* driver, const QString& detail) const = 0;
    // True when a statement failed because a row with the same unique key exists already.
    virtual bool isUniqueViolation(const QSqlError& error) const = 0;
    // True when a statement failed because a row it refers to does not exist (a foreign key).
    virtual bool isForeignKeyViolation(const QSqlError& error) const = 0;

    // Error::code of a failed statement, for callers that act on the kind of failure (Sql::error
    // sets it): another connection held the database; a unique key was taken; a row referred to
    // does not exist.
    static QString busyCode() { return QStringLiteral("database.busy"); }
    static QString uniqueViolationCode() { return QStringLiteral("database.unique"); }
    static QString foreignKeyViolationCode() { return QStringLiteral("database.foreign_key"); }

    // ---- Statements

    // `insertSql` (an INSERT) made to give the new row's `idColumn`, and reading it once the statement
    // has run. SQLite: the statement as it is, and the driver's last insert id; PostgreSQL: RETURNING.
    virtual QString insertReturningId(const QString& insertSql, const QString& idColumn) const = 0;
    virtual QVariant insertedId(QSqlQuery& query) const = 0;
    // An INSERT of `columns` (positional placeholders, in that order) that updates the row with the
    // same `keys` instead when there is one: INSERT ... ON CONFLICT (keys) DO UPDATE SET, which
    // SQLite and PostgreSQL both speak. `update` lists the columns an existing row takes from the new
    // one (empty: every column but the keys).
    virtual QString upsert(const QString& table, const QStringList& columns, const QStringList& keys,
        const QStringList& update = {}) const;

    // ---- Engine-specific fast paths

    // While the returned guard lives, statements on `db` stop early once `abandoned` returns true
    // (a count the user no longer waits for). SQLite: its progress handler; an engine without a way
    // to do it returns a guard that does nothing.
    class Interruption
    {
    public:
        virtual ~Interruption() = default;
    };
    virtual std::unique_ptr<Interruption> interruptWhen(
        QSqlDatabase& db, const std::function<bool()>& abandoned) const = 0;

    // A bulk insert of `insertSql` on `db` (see BulkInsert). The error's detail is the driver's text.
    virtual Result<std::unique_ptr<BulkInsert>> bulkInsert(QSqlDatabase& db, const QString& insertSql) const = 0;
};

} // namespace sitegov::db
