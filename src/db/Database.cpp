#include "db/Database.h"

#include "db/DatabaseWait.h"
#include "db/DatabaseLocation.h"
#include "db/Dialect.h"
#include "db/PostgresDialect.h"
#include "db/RoleNames.h"
#include "db/Migrator.h"
#include "db/Schema.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <map>

namespace sitegov {

namespace {

std::atomic<int> s_connectionCounter{0};

} // namespace

Database::Database(QString path, QString connectionName, const db::Schema& schema, const db::Dialect& dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_schema(&schema)
    , m_dialect(&dialect)
{
}

Database::~Database()
{
    Sql::forgetConnection(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_state.reset(); // after the connection has closed
}

namespace {

// Passwords given at login, for the connections opened later to the same PostgreSQL database
// (workers, openAnother): in this process's memory only, never written anywhere.
QMutex s_passwordsMutex;
QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> table;
    return table;
}

} // namespace

void Database::rememberPassword(const QString& location, const QString& password)
{
    const auto parsed = db::DatabaseLocation::parse(location);
    if (!parsed || !parsed->isPostgres())
        return;
    const QMutexLocker lock(&s_passwordsMutex);
    if (password.isEmpty())
        passwords().remove(parsed->toString());
    else
        passwords().insert(parsed->toString(), password);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode, const db::Schema& schema)
{
    if (path.isEmpty())
        return Error{tr("No database file was given."), {}};
    const auto location = db::DatabaseLocation::parse(path);
    if (!location)
        return location.error();
    if (location->isPostgres())
        return openPostgres(*location, mode, schema);
    // A file path is an SQLite database.
    const db::Dialect* dialect = db::Dialect::forDriver(QStringLiteral("QSQLITE"));
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return Error{tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."), {}};

    // The program's migrations first: without them it must not even create the file.
    const auto migrations = Migrator::builtin(*dialect, schema);
    if (!migrations)
        return migrations.error();

    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error{tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)), {}};
    if (!info.exists() && mode == Mode::RequireCurrent)
        return Error{tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(path)), {}};
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return Error{tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())), {}};

    const QString name = QStringLiteral("sitegov-%1").arg(++s_connectionCounter);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, schema, *dialect));
    QSqlDatabase& db = database->m_db;
    db = QSqlDatabase::addDatabase(dialect->driverName(), name);
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error{tr("The database %1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
            db.lastError().text()};
    }
    if (const Status s = database->prepare(mode, *migrations, QDir::toNativeSeparators(path)); !s)
        return s.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openAs(
    const QString& path, const QString& username, const QString& password, Mode mode, const db::Schema& schema)
{
    const auto location = db::DatabaseLocation::parse(path);
    if (!location)
        return location.error();
    if (!location->isPostgres())
        return Error{tr("Only a PostgreSQL database is logged in to as a database role."), {}};
    const QString prefix = location->rolePrefix();
    if (const Status s = db::RoleNames::checkPrefix(prefix); !s)
        return s.error();
    const auto role = db::RoleNames::login(prefix, username);
    if (!role)
        return role.error();
    const QString where = location->withUser(*role).toString();
    rememberPassword(where, password);
    auto opened = open(where, mode, schema);
    if (!opened) {
        rememberPassword(where, {});
        const QString detail = opened.error().detail;
        if (detail.contains(QLatin1String("is not permitted to log in")))
            return Error{tr("The account %1 is disabled. Ask an administrator.").arg(username.trimmed()), detail};
        if (detail.contains(QLatin1String("password authentication failed"))
            || detail.contains(QLatin1String("no password supplied"))
            || (detail.contains(QLatin1String("role \"")) && detail.contains(QLatin1String("does not exist"))))
            return Error{tr("The user name or the password is wrong."), detail};
        return opened.error();
    }
    const auto stored = db::RoleNames::stored((*opened)->connection());
    if (!stored)
        return stored.error();
    if (*stored != prefix) {
        rememberPassword(where, {});
        return Error{tr("The logins of the database %1 are named with the prefix %2, not %3: add ?role_prefix=%2 to "
                        "its address.")
                         .arg(location->database(), *stored, prefix),
            {}};
    }
    return opened;
}

Result<std::unique_ptr<Database>> Database::openPostgres(
    const db::DatabaseLocation& location, Mode mode, const db::Schema& schema)
{
    const db::Dialect* dialect = db::Dialect::forDriver(QStringLiteral("QPSQL"));
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return Error{tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."), {}};
    const auto migrations = Migrator::builtin(*dialect, schema);
    if (!migrations)
        return migrations.error();

    const QString where = location.toString();
    const QString name = QStringLiteral("sitegov-%1").arg(++s_connectionCounter);
    std::unique_ptr<Database> database(new Database(where, name, schema, *dialect));
    database->m_location = location;
    QSqlDatabase& db = database->m_db;
    db = QSqlDatabase::addDatabase(dialect->driverName(), name);
    db.setDatabaseName(location.database());
    if (!location.host().isEmpty())
        db.setHostName(location.host());
    if (location.port() != 0)
        db.setPort(location.port());
    if (!location.user().isEmpty())
        db.setUserName(location.user());
    {
        const QMutexLocker lock(&s_passwordsMutex);
        const QString password = passwords().value(where);
        if (!password.isEmpty())
            db.setPassword(password);
    }
    db.setConnectOptions(location.connectOptions());
    const QString prefix = location.rolePrefix();
    if (const Status s = db::RoleNames::checkPrefix(prefix); !s)
        return s.error();
    if (!db.open())
        return db::PostgresDialect::connectionError(where, db.lastError().text());
    // The role prefix a migration 18 stores when it runs on this connection (docs/design/postgresql.md,
    // "Accounts are database roles"); afterwards the stored one counts, whatever the address says.
    if (QSqlQuery set(db); !set.exec(QStringLiteral("SET sitegov.role_prefix = '%1'").arg(prefix)))
        return Error{tr("The database %1 cannot be prepared for use.").arg(where), set.lastError().text()};
    if (const Status s = database->prepare(mode, *migrations, where); !s)
        return s.error();
    return database;
}

Status Database::prepare(Mode mode, const QList<Migration>& migrations, const QString& path)
{
    const db::Schema& schema = *m_schema;
    const db::Dialect* dialect = m_dialect;
    Database* database = this;
    QSqlDatabase& db = m_db;
    const Migrator migrator(migrations, schema.applicationId);
    database->m_state = dialect->attach(db);

    if (schema.prepareConnection) {
        if (const Status s = schema.prepareConnection(db); !s)
            return s.error();
    }

    // Look before touching anything: a newer or foreign file must stay byte-for-byte as it was,
    // and switching to WAL would already write to it.
    if (const Status s = migrator.checkNotNewer(db); !s) {
        Error e = s.error();
        e.message = tr("%1: %2").arg(path, e.message);
        return e;
    }

    if (const Status s = dialect->configure(db); !s) {
        if (s.error().code == db::Dialect::busyCode())
            return dialect->busyError(db.driver(), s.error().detail);
        return Error{tr("The database %1 cannot be prepared for use.").arg(path), s.error().detail};
    }

    if (mode == Mode::Migrate) {
        const auto version = migrator.migrate(db);
        if (!version)
            return version.error();
        database->m_schemaVersion = *version;
    } else {
        const auto version = Migrator::currentVersion(db);
        if (!version)
            return version.error();
        if (*version != migrator.latestVersion()) {
            return Error{tr("The database %1 is at schema version %2 but this program needs version %3: run "
                            "\"sitegovctl migrate\" first.")
                             .arg(path)
                             .arg(*version)
                             .arg(migrator.latestVersion()),
                {}};
        }
        database->m_schemaVersion = *version;
    }
    if (schema.connectionReady) {
        if (const Status s = schema.connectionReady(db); !s)
            return s.error();
    }
    return {};
}

namespace {

// A thread's own connections, by path. `alive` is a plain (never destroyed) flag: on a thread Qt
// adopted (std::thread, std::async), QThread::finished comes after the thread-local destructors,
// and must then find nothing left to close.
thread_local bool t_connectionsAlive = false;

struct ThreadConnections
{
    std::map<QString, std::unique_ptr<Database>> byPath;
    bool closesWithThread = false;
    ThreadConnections() { t_connectionsAlive = true; }
    ~ThreadConnections() { t_connectionsAlive = false; }
};

thread_local ThreadConnections t_connections;

} // namespace

Result<Database*> Database::forThisThread(const QString& path, const db::Schema& schema)
{
    ThreadConnections& connections = t_connections;
    if (!connections.closesWithThread) {
        // A pool thread's connections close when its work ends (QThread::finished, emitted by the
        // thread itself), not in its thread-local destructors: those run after QThread::wait() has
        // returned, and at exit they raced the teardown of Qt's connection list (a crash at exit).
        connections.closesWithThread = true;
        QThread* thread = QThread::currentThread();
        if (QCoreApplication::instance() == nullptr || thread != QCoreApplication::instance()->thread()) {
            QObject::connect(
                thread, &QThread::finished, thread,
                [] {
                    if (t_connectionsAlive)
                        t_connections.byPath.clear();
                },
                Qt::DirectConnection);
        }
    }
    auto it = connections.byPath.find(path);
    if (it == connections.byPath.end()) {
        auto opened = open(path, Mode::RequireCurrent, schema);
        if (!opened)
            return opened.error();
        it = connections.byPath.emplace(path, std::move(opened).value()).first;
    }
    return it->second.get();
}

namespace {

// A connection of its own to `location` (or to another database of its server), for the work done
// before or without a Database: creating, emptying. Closed and removed with the guard.
class AdminConnection final
{
public:
    AdminConnection(const db::DatabaseLocation& location, const QString& database)
        : m_name(QStringLiteral("sitegov-admin-%1").arg(++s_connectionCounter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setDatabaseName(database);
        if (!location.host().isEmpty())
            m_db.setHostName(location.host());
        if (location.port() != 0)
            m_db.setPort(location.port());
        if (!location.user().isEmpty())
            m_db.setUserName(location.user());
        {
            const QMutexLocker lock(&s_passwordsMutex);
            const QString password = passwords().value(location.toString());
            if (!password.isEmpty())
                m_db.setPassword(password);
        }
        m_db.setConnectOptions(location.connectOptions());
    }
    ~AdminConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    AdminConnection(const AdminConnection&) = delete;
    AdminConnection& operator=(const AdminConnection&) = delete;

    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QString quotedIdentifier(const QString& name)
{
    QString q = name;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace

Status Database::create(const QString& location)
{
    const auto parsed = db::DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    if (!parsed->isPostgres())
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."), {}};
    const QString where = parsed->toString();
    {
        AdminConnection own(*parsed, parsed->database());
        if (own.db().open())
            return {};
        const QString detail = own.db().lastError().text();
        if (!(detail.contains(QLatin1String("database \"")) && detail.contains(QLatin1String("does not exist"))))
            return db::PostgresDialect::connectionError(where, detail);
    }
    AdminConnection server(*parsed, QStringLiteral("postgres"));
    if (!server.db().open())
        return db::PostgresDialect::connectionError(where, server.db().lastError().text());
    // Text compares byte by byte as SQLite's does (LC_COLLATE C: the lists sort codes and domains
    // alike on both engines; names sort by pinyin through their own collation), and the character
    // type knows Chinese letters (pg_trgm's index takes them as word characters).
    QSqlQuery q(server.db());
    if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'")
                    .arg(quotedIdentifier(parsed->database())))) {
        const QString detail = q.lastError().text();
        if (detail.contains(QLatin1String("permission denied")))
            return Error{tr("The database %1 does not exist, and this login may not create databases: ask the "
                            "server's administrator to create it (createdb).")
                             .arg(where),
                detail};
        return Error{tr("The database %1 could not be created.").arg(where), detail};
    }
    return {};
}

Status Database::erase(const QString& path)
{
    const auto location = db::DatabaseLocation::parse(path);
    if (location && location->isPostgres()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Error{tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."), {}};
        AdminConnection admin(*location, location->database());
        if (!admin.db().open())
            return db::PostgresDialect::connectionError(location->toString(), admin.db().lastError().text());
        QSqlQuery q(admin.db());
        if (!q.exec(QStringLiteral(
                "SET client_min_messages = warning; BEGIN; DROP SCHEMA public CASCADE; CREATE SCHEMA public; COMMIT"))) {
            const QString detail = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return Error{tr("The database %1 cannot be emptied.").arg(location->toString()), detail};
        }
        return {};
    }
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile())
        return Error{tr("%1 is not a database file.").arg(QDir::toNativeSeparators(path)), {}};
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<DatabaseWait::Handler> wait;
    if (rc == SQLITE_OK) {
        wait = DatabaseWait::install(db, path);
        // SQLite's own reset (SQLITE_DBCONFIG_RESET_DATABASE with VACUUM) works on damaged files too.
        sqlite3_db_config(db, SQLITE_DBCONFIG_RESET_DATABASE, 1, nullptr);
        rc = sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_RESET_DATABASE, 0, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, "PRAGMA user_version = 0; PRAGMA application_id = 0", nullptr, nullptr, nullptr);
    }
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    if (rc == SQLITE_NOTADB) {
        // Not a database: no SQLite connection can be using it.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix))
                return Error{tr("%1 cannot be deleted.").arg(QDir::toNativeSeparators(path + suffix)), {}};
        }
        return {};
    }
    if (rc != SQLITE_OK) {
        if (DatabaseWait::isBusyCode(rc))
            return DatabaseWait::busyError(path, detail);
        return Error{tr("The database %1 cannot be emptied.").arg(QDir::toNativeSeparators(path)), detail};
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_path, Mode::RequireCurrent, *m_schema);
}

} // namespace sitegov
