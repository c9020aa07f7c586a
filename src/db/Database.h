#pragma once

#include "core/Result.h"
#include "db/Dialect.h"

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

    // `schema` must outlive every connection opened with it (the owners keep theirs in a static).
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode, const db::Schema& schema);
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
    static Status erase(const QString& path);

    QSqlDatabase& connection() { return m_db; }
    const QSqlDatabase& connection() const { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    const db::Schema& schema() const { return *m_schema; }
    const db::Dialect& dialect() const { return *m_dialect; }

private:
    Database(QString path, QString connectionName, const db::Schema& schema, const db::Dialect& dialect);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<db::Dialect::ConnectionState> m_state;
    int m_schemaVersion = 0;
    const db::Schema* m_schema;
    const db::Dialect* m_dialect;
};

} // namespace sitegov
