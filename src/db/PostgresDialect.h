#pragma once

#include "db/Dialect.h"

#include <QCoreApplication>

namespace sitegov::db {

// PostgreSQL, the shared engine of a province's offices (QtSql's QPSQL driver over libpq). The
// schema's version and mark are in a one-row table, schema_version; a migration runs under a
// transaction-scoped advisory lock, so that two programs starting at once upgrade once; writers take
// another advisory lock, so that they run one after the other as on SQLite (docs/design/postgresql.md).
class PostgresDialect final : public Dialect
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDialect)

public:
    // The keys of the advisory locks (pg_advisory_xact_lock(kLockSpace, key)).
    static constexpr int kLockSpace = 0x53474F56;
    static constexpr int kWriterLock = 1;
    static constexpr int kMigrationLock = 2;

    QString name() const override;
    QString driverName() const override;

    std::unique_ptr<ConnectionState> attach(QSqlDatabase& db) const override;
    Status configure(QSqlDatabase& db) const override;

    Result<int> schemaVersion(const QSqlDatabase& db) const override;
    Status setSchemaVersion(QSqlDatabase& db, int version) const override;
    Result<qint64> applicationId(const QSqlDatabase& db) const override;
    Result<bool> hasTables(const QSqlDatabase& db) const override;

    QString beginWrite() const override;
    Status beginMigration(QSqlDatabase& db) const override;
    bool isBusy(const QSqlError& error) const override;
    Error busyError(const QSqlDriver* driver, const QString& detail) const override;
    bool isUniqueViolation(const QSqlError& error) const override;
    bool isForeignKeyViolation(const QSqlError& error) const override;

    QString insertReturningId(const QString& insertSql, const QString& idColumn) const override;
    QVariant insertedId(QSqlQuery& query) const override;
    QString highestId(const QString& table) const override;
    QString caseInsensitiveLike() const override;
    bool runsOneShotStatementsAsText() const override { return true; }

    std::unique_ptr<Interruption> interruptWhen(
        QSqlDatabase& db, const std::function<bool()>& abandoned) const override;
    Result<std::unique_ptr<BulkInsert>> bulkInsert(QSqlDatabase& db, const QString& insertSql) const override;

    // The SQLSTATE of a failed statement ("23505"), empty when the driver gave none.
    static QString sqlState(const QSqlError& error);
    // The user's message for a connection that did not open (server unreachable, password refused,
    // no such database or login), with the driver's text in the detail.
    static Error connectionError(const QString& location, const QString& driverText);
};

} // namespace sitegov::db
