#include "db/Database.h"

#include "db/DatabaseWait.h"
#include "db/Dialect.h"
#include "db/Migrator.h"
#include "db/Schema.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode, const db::Schema& schema)
{
    if (path.isEmpty())
        return Error{tr("No database file was given."), {}};
    // A file path is an SQLite database (a PostgreSQL URL will choose that dialect here).
    const db::Dialect* dialect = db::Dialect::forDriver(QStringLiteral("QSQLITE"));
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return Error{tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."), {}};

    // The program's migrations first: without them it must not even create the file.
    const auto migrations = Migrator::builtin(*dialect, schema);
    if (!migrations)
        return migrations.error();
    const Migrator migrator(*migrations, schema.applicationId);

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
    database->m_state = dialect->attach(db);

    if (schema.prepareConnection) {
        if (const Status s = schema.prepareConnection(db); !s)
            return s.error();
    }

    // Look before touching anything: a newer or foreign file must stay byte-for-byte as it was,
    // and switching to WAL would already write to it.
    if (const Status s = migrator.checkNotNewer(db); !s) {
        Error e = s.error();
        e.message = tr("%1: %2").arg(QDir::toNativeSeparators(path), e.message);
        return e;
    }

    if (const Status s = dialect->configure(db); !s) {
        if (s.error().code == db::Dialect::busyCode())
            return dialect->busyError(db.driver(), s.error().detail);
        return Error{tr("The database %1 cannot be prepared for use.").arg(QDir::toNativeSeparators(path)), s.error().detail};
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
                             .arg(QDir::toNativeSeparators(path))
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
    return database;
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

Status Database::erase(const QString& path)
{
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
