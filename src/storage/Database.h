#pragma once

#include "core/Result.h"
#include "storage/DatabaseWait.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sitegov {

// One open connection to a SiteGov database. The connection belongs to the thread that opened it:
// worker threads call openAnother() for their own connection (QtSql connections are per thread).
//
// Opening sets WAL and foreign keys, makes the connection wait for other programs that write
// (DatabaseWait), refuses a database written by a newer version (without writing to it) and applies
// pending migrations, each in its own transaction. A database whose schema is current is opened
// without any lock, so that programs that only read open it while another one writes (WAL).
// While a Database exists, DatabaseFiles knows its file as one this process has open.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        Migrate,     // bring the schema up to date (the programs' normal start)
        RequireCurrent // refuse unless the schema is already current (workers, tools that must not migrate)
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::Migrate,
        Schema schema = Schema::Console);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Another connection to the same file for the calling thread; the schema must be current.
    Result<std::unique_ptr<Database>> openAnother() const;

    // A connection kept for the calling worker thread (opened on first use, closed when the thread
    // ends), for code on thread pools that reads many times: no reopening for each query. The
    // schema must be current.
    static Result<Database*> forThisThread(const QString& path);

    // <AppDataLocation>/sitegov.db, the database used when no --database is given.
    static QString defaultPath();

    // Empties the database at `path` in place, through SQLite and under its write lock: no table, no
    // schema version is left. Programs that have it open see an empty database at their next
    // transaction, instead of writing on into a file deleted under them. A file that is not an
    // SQLite database at all is deleted (with working files of its name). Nothing to do when `path`
    // does not exist.
    static Status erase(const QString& path);

    QSqlDatabase& connection() { return m_db; }
    const QSqlDatabase& connection() const { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    Schema schema() const { return m_schema; }

private:
    Database(QString path, QString connectionName, Schema schema);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<DatabaseWait::Handler> m_wait;
    bool m_registered = false;
    int m_schemaVersion = 0;
    Schema m_schema = Schema::Console;
};

} // namespace sitegov
