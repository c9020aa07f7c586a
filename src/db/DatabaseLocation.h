#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sitegov::db {

// Where a database is, as the programs' --database takes it: a file path (SQLite, the embedded
// engine) or a PostgreSQL URL, postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=MODE][&role_prefix=PREFIX]
// (postgres:// too). The one parser of it, for the console, sitegovctl, sitegov-server and the tests.
//
// A URL never carries a password here: one written into it is refused (it would end up in shell
// histories, recent lists and logs). The password comes from libpq's own ~/.pgpass or PGPASSWORD,
// or from Database::rememberPassword (kept in memory only).
class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Engine
    {
        SQLite,
        PostgreSQL
    };

    DatabaseLocation() = default;

    // Anything that starts with postgresql:// or postgres:// is a URL (and must be a good one);
    // everything else is a file path.
    static Result<DatabaseLocation> parse(const QString& text);
    static bool looksLikeUrl(const QString& text);
    static DatabaseLocation file(const QString& path);
    static DatabaseLocation postgres(
        const QString& user, const QString& host, int port, const QString& database, const QString& sslMode = {});

    Engine engine() const { return m_engine; }
    bool isFile() const { return m_engine == Engine::SQLite; }
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }

    // SQLite: the file's path as given.
    const QString& path() const { return m_path; }

    // PostgreSQL: the parts of the URL. port() is 0 when the URL names none (libpq's default, 5432).
    const QString& user() const { return m_user; }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& database() const { return m_database; }
    const QString& sslMode() const { return m_sslMode; }
    // The prefix of the database's role names (db::RoleNames): the one the URL names
    // (?role_prefix=PREFIX, for a database whose prefix is not its own name, such as a copy), else
    // the database's name as RoleNames::prefixFor writes it.
    QString rolePrefix() const;
    const QString& explicitRolePrefix() const { return m_rolePrefix; }
    DatabaseLocation withRolePrefix(const QString& prefix) const;

    // The same place as another login: the URL with USER replaced.
    DatabaseLocation withUser(const QString& user) const;

    // The text that parses back to this location: the path, or the URL in its canonical form
    // (postgresql://, no password). Safe to store and to show.
    QString toString() const;

    // What the programs show for `text` (a status bar, a dialog): a file's name without its folder,
    // or the URL as toString() writes it.
    static QString displayName(const QString& text);

    // libpq's connection options besides host, port, user, password and database name (QtSql's
    // QPSQL takes them as its connect options): sslmode, and the program's name for pg_stat_activity.
    QString connectOptions() const;

    friend bool operator==(const DatabaseLocation& a, const DatabaseLocation& b)
    {
        return a.toString() == b.toString();
    }

private:
    Engine m_engine = Engine::SQLite;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_sslMode;
    QString m_rolePrefix;
};

} // namespace sitegov::db
