#include "db/SqliteDialect.h"

#include "db/DatabaseFiles.h"
#include "db/DatabaseWait.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <vector>

Q_LOGGING_CATEGORY(lcSqlite, "sitegov.db.sqlite")

namespace sitegov::db {

namespace {

Status run(QSqlDatabase& db, const QString& sql, QString* result = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{{}, q.lastError().text(), DatabaseWait::isBusy(q.lastError()) ? Dialect::busyCode() : QString()};
    if (result && q.next())
        *result = q.value(0).toString();
    return {};
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return Error{{}, q.lastError().text()};
    return q.value(0);
}

// An open connection's file, known to DatabaseFiles while it is open, and the handler that makes
// the connection wait for other programs' writes (DatabaseWait) instead of the driver's fixed
// busy timeout.
class SqliteConnection final : public Dialect::ConnectionState
{
public:
    explicit SqliteConnection(const QSqlDatabase& db)
        : m_path(db.databaseName())
        , m_wait(DatabaseWait::install(db))
    {
        DatabaseFiles::connectionOpened(m_path);
    }
    ~SqliteConnection() override { DatabaseFiles::connectionClosed(m_path); }
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

private:
    QString m_path;
    std::unique_ptr<DatabaseWait::Handler> m_wait;
};

int askAbandoned(void* abandoned)
{
    return (*static_cast<const std::function<bool()>*>(abandoned))() ? 1 : 0;
}

// SQLite's progress handler on a connection for the life of the guard: a non-zero answer
// interrupts the statement that runs.
class ProgressHandler final : public Dialect::Interruption
{
public:
    ProgressHandler(sqlite3* handle, const std::function<bool()>& abandoned)
        : m_handle(handle)
        , m_abandoned(abandoned)
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 10000, &askAbandoned, &m_abandoned);
    }
    ~ProgressHandler() override
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    ProgressHandler(const ProgressHandler&) = delete;
    ProgressHandler& operator=(const ProgressHandler&) = delete;

private:
    sqlite3* m_handle = nullptr;
    std::function<bool()> m_abandoned;
};

// One statement prepared on the connection's handle, bound and stepped per row: binding through
// QSqlQuery costs more than the inserts themselves when there are hundreds of thousands of rows.
class SqliteBulkInsert final : public BulkInsert
{
public:
    SqliteBulkInsert(sqlite3* handle, sqlite3_stmt* statement)
        : m_handle(handle)
        , m_statement(statement)
        , m_texts(size_t(sqlite3_bind_parameter_count(statement)) + 1)
    {
    }
    ~SqliteBulkInsert() override { sqlite3_finalize(m_statement); }
    SqliteBulkInsert(const SqliteBulkInsert&) = delete;
    SqliteBulkInsert& operator=(const SqliteBulkInsert&) = delete;

    void bindText(int column, const QString& value) override
    {
        if (column < 1 || size_t(column) >= m_texts.size())
            return;
        // The text must live until the step: kept per placeholder.
        m_texts[size_t(column)] = value.toUtf8();
        const QByteArray& text = m_texts[size_t(column)];
        sqlite3_bind_text(m_statement, column, text.constData(), int(text.size()), SQLITE_STATIC);
    }
    void bindInt(int column, qint64 value) override { sqlite3_bind_int64(m_statement, column, value); }
    void bindDouble(int column, double value) override { sqlite3_bind_double(m_statement, column, value); }
    void bindNull(int column) override { sqlite3_bind_null(m_statement, column); }

    Status step() override
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (rc != SQLITE_DONE)
            return Error{{}, QString::fromUtf8(sqlite3_errmsg(m_handle))};
        return {};
    }

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
    std::vector<QByteArray> m_texts;
};

} // namespace

QString SqliteDialect::name() const
{
    return QStringLiteral("sqlite");
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

sqlite3* SqliteDialect::handleOf(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

std::unique_ptr<Dialect::ConnectionState> SqliteDialect::attach(QSqlDatabase& db) const
{
    return std::make_unique<SqliteConnection>(db);
}

Status SqliteDialect::configure(QSqlDatabase& db) const
{
    QString journal;
    Status s;
    // No PRAGMA busy_timeout: it would replace DatabaseWait's handler.
    if (!(s = run(db, QStringLiteral("PRAGMA foreign_keys = ON")))
        || !(s = run(db, QStringLiteral("PRAGMA journal_mode = WAL"), &journal))
        || !(s = run(db, QStringLiteral("PRAGMA synchronous = FULL")))
        || !(s = run(db, QStringLiteral("PRAGMA temp_store = MEMORY")))
        // 64 MiB of page cache: large transactions (imports) stay in memory until they commit.
        || !(s = run(db, QStringLiteral("PRAGMA cache_size = -65536"))))
        return s;
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcSqlite) << "journal mode is" << journal << "not WAL for" << db.databaseName();
    return {};
}

Result<int> SqliteDialect::schemaVersion(const QSqlDatabase& db) const
{
    const auto v = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status SqliteDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    return run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Result<qint64> SqliteDialect::applicationId(const QSqlDatabase& db) const
{
    const auto v = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<bool> SqliteDialect::hasTables(const QSqlDatabase& db) const
{
    const auto v = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Status SqliteDialect::beginMigration(QSqlDatabase& db) const
{
    // IMMEDIATE takes the write lock first, so two programs migrating at once run one after the other.
    return run(db, beginWrite());
}

bool SqliteDialect::isBusy(const QSqlError& error) const
{
    return DatabaseWait::isBusy(error);
}

Error SqliteDialect::busyError(const QSqlDriver* driver, const QString& detail) const
{
    return DatabaseWait::busyError(driver, detail);
}

bool SqliteDialect::isUniqueViolation(const QSqlError& error) const
{
    const int code = error.nativeErrorCode().toInt();
    return code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY
        || ((code & 0xff) == SQLITE_CONSTRAINT && error.databaseText().contains(QLatin1String("UNIQUE")));
}

bool SqliteDialect::isForeignKeyViolation(const QSqlError& error) const
{
    const int code = error.nativeErrorCode().toInt();
    return code == SQLITE_CONSTRAINT_FOREIGNKEY
        || ((code & 0xff) == SQLITE_CONSTRAINT && error.databaseText().contains(QLatin1String("FOREIGN KEY")));
}

QString SqliteDialect::insertReturningId(const QString& insertSql, const QString& idColumn) const
{
    Q_UNUSED(idColumn); // the rowid is the id: every SiteGov table's id is its INTEGER PRIMARY KEY
    return insertSql;
}

QVariant SqliteDialect::insertedId(QSqlQuery& query) const
{
    return query.lastInsertId();
}

std::unique_ptr<Dialect::Interruption> SqliteDialect::interruptWhen(
    QSqlDatabase& db, const std::function<bool()>& abandoned) const
{
    return std::make_unique<ProgressHandler>(abandoned ? handleOf(db) : nullptr, abandoned);
}

Result<std::unique_ptr<BulkInsert>> SqliteDialect::bulkInsert(QSqlDatabase& db, const QString& insertSql) const
{
    sqlite3* handle = handleOf(db);
    if (!handle)
        return Error{{}, QStringLiteral("not an SQLite connection")};
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = insertSql.toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return Error{{}, detail};
    }
    return std::unique_ptr<BulkInsert>(std::make_unique<SqliteBulkInsert>(handle, statement));
}

} // namespace sitegov::db
