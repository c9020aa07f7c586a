#pragma once

#include "core/Result.h"
#include "db/DatabaseLocation.h"
#include "db/Dialect.h"
#include "db/Migrator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sitegov {

namespace db {
class Dialect;
struct Schema;
}

// One open connection to a database of a SiteGov schema (db::Schema: the console's, the backend's).
// The connection belongs to the thread that opened it: worker threads call openAnother() or
// forThisThread() for their own (QtSql connections are per thread).
//
// Opening refuses a database written by a newer version or by another program (without writing to
// it), gives the connection its dialect's settings (SQLite: WAL, foreign keys, a wait for other
// programs that write, DatabaseWait) and applies the pending migrations, each in its own
// transaction. A database whose schema is current is opened without any lock, so that programs
// that only read open it while another one writes. While a Database exists, DatabaseFiles knows
// its file as one this process has open.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode {
        Migrate,     // bring the schema up to date (the programs' normal start)
        RequireCurrent // refuse unless the schema is already current (workers, tools that must not migrate)
    };

    // `path`: a database file (SQLite) or a PostgreSQL URL (db::DatabaseLocation). `schema` must
    // outlive every connection opened with it (the owners keep theirs in a static).
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode, const db::Schema& schema);
    // PostgreSQL: a connection as the login role of the SiteGov account `username` (db::RoleNames,
    // with the address's role prefix), authenticated by the server with `password`, which is
    // remembered for the connections opened later to the returned database's path(). A refused
    // login says so in the user's language (the server's text in the details); a database whose
    // stored role prefix is not the address's is refused with the prefix to name.
    static Result<std::unique_ptr<Database>> openAs(
        const QString& path, const QString& username, const QString& password, Mode mode, const db::Schema& schema);
    // The password of a PostgreSQL login for the connections this process opens to `location` from
    // now on (the console's login); kept in memory only. An empty one forgets it.
    static void rememberPassword(const QString& location, const QString& password);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Another connection to the same database for the calling thread; the schema must be current.
    Result<std::unique_ptr<Database>> openAnother() const;

    // A connection kept for the calling worker thread (opened on first use, closed when the thread
    // ends), for code on thread pools that reads many times: no reopening for each query. The
    // schema must be current.
    static Result<Database*> forThisThread(const QString& path, const db::Schema& schema);

    // Empties the database at `path` in place, through SQLite and under its write lock: no table, no
    // schema version is left. Programs that have it open see an empty database at their next
    // transaction, instead of writing on into a file deleted under them. A file that is not an
    // SQLite database at all is deleted (with working files of its name). Nothing to do when `path`
    // does not exist.
    // On PostgreSQL: drops every object of the database's schema (public) in one transaction, so
    // that the next open migrates it afresh.
    static Status erase(const QString& path);

    // Creates the PostgreSQL database `location` names when its server has none of that name
    // (UTF-8, byte order for text as SQLite's, a character type that knows Chinese: see
    // docs/design/postgresql.md), connecting to the server's "postgres" database as the URL's user.
    // Nothing to do for a file (opening creates it) or a database that exists.
    static Status create(const QString& location);

    QSqlDatabase& connection() { return m_db; }
    const QSqlDatabase& connection() const { return m_db; }
    // The file's absolute path, or the PostgreSQL URL (without a password).
    const QString& path() const { return m_path; }
    bool isPostgres() const { return m_location.isPostgres(); }
    int schemaVersion() const { return m_schemaVersion; }
    const db::Schema& schema() const { return *m_schema; }
    const db::Dialect& dialect() const { return *m_dialect; }

private:
    static Result<std::unique_ptr<Database>> openPostgres(
        const db::DatabaseLocation& location, Mode mode, const db::Schema& schema);
    // What every new connection goes through once open: the dialect's state and settings, the
    // schema's checks and migrations.
    Status prepare(Mode mode, const QList<Migration>& migrations, const QString& shownPath);

    Database(QString path, QString connectionName, const db::Schema& schema, const db::Dialect& dialect);

    QString m_path;
    db::DatabaseLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<db::Dialect::ConnectionState> m_state;
    int m_schemaVersion = 0;
    const db::Schema* m_schema;
    const db::Dialect* m_dialect;
};

} // namespace sitegov
