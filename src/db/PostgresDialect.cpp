#include "db/PostgresDialect.h"

#include "db/DatabaseWait.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <vector>

namespace sitegov::db {

namespace {

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{{}, q.lastError().text()};
    if (!q.next())
        return QVariant();
    return q.value(0);
}

Status run(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        const PostgresDialect dialect;
        return Error{{}, q.lastError().text(), dialect.isBusy(q.lastError()) ? Dialect::busyCode() : QString()};
    }
    return {};
}

class NoState final : public Dialect::ConnectionState
{
};

class NoInterruption final : public Dialect::Interruption
{
};

// A prepared QSqlQuery per row: libpq has no faster path that QtSql exposes.
class QueryBulkInsert final : public BulkInsert
{
public:
    explicit QueryBulkInsert(QSqlQuery query)
        : m_query(std::move(query))
    { }
    void bindText(int column, const QString& value) override { m_query.bindValue(column - 1, value); }
    void bindInt(int column, qint64 value) override { m_query.bindValue(column - 1, value); }
    void bindDouble(int column, double value) override { m_query.bindValue(column - 1, value); }
    void bindNull(int column) override { m_query.bindValue(column - 1, QVariant()); }
    Status step() override
    {
        const bool ok = m_query.exec();
        const QString detail = ok ? QString() : m_query.lastError().text();
        m_query.finish();
        if (!ok)
            return Error{{}, detail};
        return {};
    }

private:
    QSqlQuery m_query;
};

} // namespace

QString PostgresDialect::name() const
{
    return QStringLiteral("postgresql");
}

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

std::unique_ptr<Dialect::ConnectionState> PostgresDialect::attach(QSqlDatabase&) const
{
    return std::make_unique<NoState>();
}

Status PostgresDialect::configure(QSqlDatabase& db) const
{
    // Dates and instants are ISO text written by the program (UTC); the server's clock is read in
    // UTC too. A writer waits for another one as long as a SQLite connection would (DatabaseWait).
    if (const Status s = run(db, QStringLiteral("SET TIME ZONE 'UTC'; SET client_min_messages = warning")); !s)
        return s;
    return run(db, QStringLiteral("SET lock_timeout = %1").arg(DatabaseWait::limit()));
}

Result<int> PostgresDialect::schemaVersion(const QSqlDatabase& db) const
{
    const auto exists = scalar(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return 0;
    const auto version = scalar(db, QStringLiteral("SELECT version FROM schema_version WHERE id = 1"));
    if (!version)
        return version.error();
    return version->toInt();
}

Status PostgresDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    return run(db, QStringLiteral("UPDATE schema_version SET version = %1 WHERE id = 1").arg(version));
}

Result<qint64> PostgresDialect::applicationId(const QSqlDatabase& db) const
{
    const auto exists = scalar(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->toBool())
        return 0;
    const auto id = scalar(db, QStringLiteral("SELECT application_id FROM schema_version WHERE id = 1"));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<bool> PostgresDialect::hasTables(const QSqlDatabase& db) const
{
    const auto any
        = scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema())"));
    if (!any)
        return any.error();
    return any->toBool();
}

QString PostgresDialect::beginWrite() const
{
    // One writer at a time, as on SQLite: every write reads what it checks and writes in one
    // transaction without a race (docs/design/postgresql.md, "Writers").
    return QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1, %2)").arg(kLockSpace).arg(kWriterLock);
}

Status PostgresDialect::beginMigration(QSqlDatabase& db) const
{
    // Waited for outside the transaction, then held by it: a transaction begun before the wait would
    // read the catalogue as it was (the other program's new tables unseen) and migrate again.
    const QString key = QStringLiteral("%1, %2").arg(kLockSpace).arg(kMigrationLock);
    if (const Status s = run(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(key)); !s)
        return s;
    const Status s
        = run(db, QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1); SELECT pg_advisory_unlock(%1)").arg(key));
    if (!s)
        (void)run(db, QStringLiteral("ROLLBACK; SELECT pg_advisory_unlock(%1)").arg(key));
    return s;
}

QString PostgresDialect::sqlState(const QSqlError& error)
{
    return error.nativeErrorCode();
}

bool PostgresDialect::isBusy(const QSqlError& error) const
{
    // lock_not_available (lock_timeout), serialization_failure, deadlock_detected.
    const QString state = sqlState(error);
    return state == QLatin1String("55P03") || state == QLatin1String("40001") || state == QLatin1String("40P01");
}

Error PostgresDialect::busyError(const QSqlDriver*, const QString& detail) const
{
    return Error{tr("Another program is writing to the database; nothing was changed. Try again when it has "
                    "finished."),
        detail, busyCode()};
}

bool PostgresDialect::isUniqueViolation(const QSqlError& error) const
{
    return sqlState(error) == QLatin1String("23505");
}

bool PostgresDialect::isForeignKeyViolation(const QSqlError& error) const
{
    return sqlState(error) == QLatin1String("23503");
}

QString PostgresDialect::insertReturningId(const QString& insertSql, const QString& idColumn) const
{
    return insertSql + QStringLiteral(" RETURNING ") + idColumn;
}

QVariant PostgresDialect::insertedId(QSqlQuery& query) const
{
    if (!query.isActive() || !query.next())
        return {};
    return query.value(0);
}

QString PostgresDialect::caseInsensitiveLike() const
{
    return QStringLiteral("ILIKE");
}

std::unique_ptr<Dialect::Interruption> PostgresDialect::interruptWhen(QSqlDatabase&, const std::function<bool()>&) const
{
    return std::make_unique<NoInterruption>();
}

Result<std::unique_ptr<BulkInsert>> PostgresDialect::bulkInsert(QSqlDatabase& db, const QString& insertSql) const
{
    QSqlQuery q(db);
    if (!q.prepare(insertSql))
        return Error{{}, q.lastError().text()};
    return std::unique_ptr<BulkInsert>(std::make_unique<QueryBulkInsert>(std::move(q)));
}

Error PostgresDialect::connectionError(const QString& location, const QString& driverText)
{
    const QString t = driverText;
    auto has = [&t](const char* text) {
        return t.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    QString message;
    if (has("password authentication failed") || has("no password supplied") || has("SCRAM"))
        message = tr("The PostgreSQL server at %1 refused the user name or password.").arg(location);
    else if (has("database \"") && has("does not exist"))
        message = tr("The database %1 does not exist on its PostgreSQL server: \"sitegovctl migrate\" creates it.")
                      .arg(location);
    else if (has("role \"") && has("does not exist"))
        message = tr("The PostgreSQL server at %1 knows no such login.").arg(location);
    else if (has("pg_hba.conf"))
        message
            = tr("The PostgreSQL server at %1 does not let this login connect from here (pg_hba.conf).").arg(location);
    else if (has("SSL") || has("certificate"))
        message = tr("The secure connection (TLS) to the PostgreSQL server at %1 failed.").arg(location);
    else if (has("could not connect") || has("connection refused") || has("could not translate host name")
        || has("timeout expired") || has("No route to host") || has("Network is unreachable")
        || has("connection to server"))
        message = tr("The PostgreSQL server at %1 cannot be reached: check the address and that the server runs.")
                      .arg(location);
    else
        message = tr("The PostgreSQL database %1 cannot be opened.").arg(location);
    return Error{message, driverText};
}

QString PostgresDialect::highestId(const QString& table) const
{
    return QStringLiteral("(SELECT max(id) FROM %1_ids)").arg(table);
}

} // namespace sitegov::db
