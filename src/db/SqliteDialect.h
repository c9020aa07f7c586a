#pragma once

#include "db/Dialect.h"

struct sqlite3;

namespace sitegov::db {

// SQLite, the embedded engine (QtSql's QSQLITE driver): one file per database, WAL mode, foreign
// keys on, the schema's version in PRAGMA user_version and its owner in PRAGMA application_id.
class SqliteDialect final : public Dialect
{
public:
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

    std::unique_ptr<Interruption> interruptWhen(
        QSqlDatabase& db, const std::function<bool()>& abandoned) const override;
    Result<std::unique_ptr<BulkInsert>> bulkInsert(QSqlDatabase& db, const QString& insertSql) const override;

    // The SQLite handle of a QSQLITE connection; nullptr for another driver.
    static sqlite3* handleOf(const QSqlDatabase& db);
};

} // namespace sitegov::db
