#pragma once

#include "db/DatabaseLocation.h"
#include "db/RoleNames.h"
#include "storage/ConsoleDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <functional>
#include <memory>

namespace sitegov::test {

// The engine the storage, cli and gui tests run against: SQLite (a file in a temporary folder) by
// default; PostgreSQL when SITEGOV_TEST_ENGINE=postgresql, in the cluster libpq's environment names
// (PGHOST, PGPORT, PGUSER, PGPASSWORD: scripts/test runs the suite inside pg_virtualenv, which sets
// them). Each database a test asks for is one of its own there, created for it and dropped when the
// test program ends.
inline bool onPostgres()
{
    return qEnvironmentVariable("SITEGOV_TEST_ENGINE") == QLatin1String("postgresql");
}

namespace detail {

struct PostgresDatabases
{
    QMutex mutex;
    QStringList names;
    QHash<QString, QString> byKey; // databaseLocation(dir, name) -> URL
    bool dropRegistered = false;
};

inline PostgresDatabases& postgresDatabases()
{
    static auto* databases = new PostgresDatabases;
    return *databases;
}

// A connection to the cluster's "postgres" database, for creating and dropping test databases.
inline QSqlDatabase clusterConnection()
{
    const QString name = QStringLiteral("sitegov-test-cluster");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isOpen()) {
        db.setDatabaseName(QStringLiteral("postgres"));
        db.open();
    }
    return db;
}

inline void dropPostgresDatabases()
{
    PostgresDatabases& d = postgresDatabases();
    QStringList names;
    {
        const QMutexLocker lock(&d.mutex);
        names.swap(d.names);
    }
    {
        QSqlDatabase db = clusterConnection();
        for (const QString& n : std::as_const(names)) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(n)))
                qWarning(
                    "The test database %s could not be dropped: %s", qPrintable(n), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sitegov-test-cluster"));
}

} // namespace detail

// The URL of the test cluster's database `name`, as --database takes it.
inline QString postgresUrl(const QString& name)
{
    const QString user = qEnvironmentVariable("PGUSER");
    const QString host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    const QString port = qEnvironmentVariable("PGPORT");
    return QStringLiteral("postgresql://%1%2%3/%4")
        .arg(user.isEmpty() ? QString() : user + u'@', host, port.isEmpty() ? QString() : u':' + port, name);
}

// A new PostgreSQL database of the test cluster, empty or (fromTemplate) a copy of a template
// database, as a URL for --database: the same text the programs take. Dropped when the test program
// ends (its QCoreApplication is destroyed). QFAIL-worthy problems come back as an empty string with
// a warning.
//
// A copy takes a role prefix of its own, its name (sitegov_take_role_prefix, migration 0018): copies
// of one template would otherwise share its logins, cluster-wide, and a test disabling or
// re-passwording a demo account in its copy would do so in every other test's (docs/design/
// postgresql.md, "Accounts are database roles").
inline QString newPostgresDatabase(const QString& fromTemplate = {})
{
    detail::PostgresDatabases& d = detail::postgresDatabases();
    const QString name = QStringLiteral("sgt_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    {
        QSqlDatabase db = detail::clusterConnection();
        if (!db.isOpen()) {
            qWarning("The PostgreSQL test cluster cannot be reached (PGHOST, PGPORT, PGUSER; run the tests "
                     "through scripts/test, which starts one with pg_virtualenv): %s",
                qPrintable(db.lastError().text()));
            return {};
        }
        QSqlQuery q(db);
        // As Database::create makes them (docs/design/postgresql.md), or as the template is.
        const QString sql = fromTemplate.isEmpty()
            ? QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                             "LC_CTYPE 'C.UTF-8'")
                  .arg(name)
            : QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE \"%2\"").arg(name, fromTemplate);
        if (!q.exec(sql)) {
            qWarning("The test database %s cannot be created: %s", qPrintable(name), qPrintable(q.lastError().text()));
            return {};
        }
    }
    {
        const QMutexLocker lock(&d.mutex);
        d.names << name;
        if (!d.dropRegistered) {
            d.dropRegistered = true;
            qAddPostRoutine(&detail::dropPostgresDatabases);
        }
    }
    if (!fromTemplate.isEmpty()) {
        const QString connection = QStringLiteral("sitegov-test-prefix-") + name;
        QString failure;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setDatabaseName(name);
            const bool open = db.open();
            QSqlQuery q(db);
            if (!open)
                failure = db.lastError().text();
            else if (!q.exec(QStringLiteral("SELECT to_regproc('sitegov_take_role_prefix') IS NOT NULL")) || !q.next())
                failure = q.lastError().text();
            else if (q.value(0).toBool()
                && !q.exec(QStringLiteral("SELECT sitegov_take_role_prefix('%1')").arg(db::RoleNames::prefixFor(name))))
                failure = q.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!failure.isEmpty()) {
            qWarning("The test database %s cannot take its own role prefix: %s", qPrintable(name), qPrintable(failure));
            return {};
        }
    }
    return postgresUrl(name);
}

// Where a test's database `name` is: a file in `dir`, or (SITEGOV_TEST_ENGINE=postgresql) a new
// database of the test cluster. Asking twice for the same name in the same folder gives the same one.
inline QString databaseLocation(const QTemporaryDir& dir, const QString& name = QStringLiteral("t.db"))
{
    if (!onPostgres())
        return dir.filePath(name);
    detail::PostgresDatabases& d = detail::postgresDatabases();
    const QString key = dir.filePath(name);
    {
        const QMutexLocker lock(&d.mutex);
        if (d.byKey.contains(key))
            return d.byKey.value(key);
    }
    const QString url = newPostgresDatabase();
    const QMutexLocker lock(&d.mutex);
    d.byKey.insert(key, url);
    return url;
}

// A copy of the database at `source` (which no Database of the test should hold open), as
// databaseLocation(dir, name) names it: SQLite's own copy (VACUUM INTO), or on PostgreSQL a new
// database made from it as a template. Empty, with a warning, when that fails.
inline QString copyDatabase(const QString& source, const QTemporaryDir& dir, const QString& name)
{
    if (!onPostgres()) {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        const QString connection = QStringLiteral("sitegov-test-copy");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(source);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.prepare(QStringLiteral("VACUUM INTO ?"));
                q.addBindValue(path);
                ok = ok && q.exec();
                if (!ok)
                    qWarning("%s cannot be copied: %s", qPrintable(source), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok ? path : QString();
    }
    const auto from = db::DatabaseLocation::parse(source);
    if (!from || !from->isPostgres())
        return {};
    {
        QSqlDatabase db = detail::clusterConnection();
        QSqlQuery q(db);
        // A template must have no other session: the test's own cached connections to it are ended.
        q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> "
                              "pg_backend_pid()")
                   .arg(from->database()));
    }
    const QString url = newPostgresDatabase(from->database());
    if (url.isEmpty()) {
        qWarning("%s cannot be copied", qPrintable(source));
        return {};
    }
    const QMutexLocker lock(&detail::postgresDatabases().mutex);
    detail::postgresDatabases().byKey.insert(dir.filePath(name), url);
    return url;
}

// Removes a test's database that no connection holds any more: the file with SQLite's working files,
// or on PostgreSQL the database (which the test program's end would otherwise drop).
inline void removeDatabase(const QString& location)
{
    const auto where = db::DatabaseLocation::parse(location);
    if (!where || !where->isPostgres()) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(location + suffix);
        return;
    }
    detail::PostgresDatabases& d = detail::postgresDatabases();
    {
        const QMutexLocker lock(&d.mutex);
        d.names.removeAll(where->database());
        for (auto it = d.byKey.begin(); it != d.byKey.end();)
            it = it.value() == location ? d.byKey.erase(it) : std::next(it);
    }
    QSqlQuery q(detail::clusterConnection());
    if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(where->database())))
        qWarning("The test database %s could not be dropped: %s", qPrintable(where->database()),
            qPrintable(q.lastError().text()));
}

// A new database of the test cluster copied from its template database `templateName` (CREATE
// DATABASE ... TEMPLATE: a file copy inside the server), which `build` fills the first time any test
// program of the cluster asks for it: under an advisory lock of the cluster, so that test programs
// running at once build it once; a template left half-built by a program that stopped is built
// again. The templates live as long as the cluster, which scripts/test starts for one run of the
// suite (pg_virtualenv); their names say what they hold (schema version, demo options). Empty, with
// a warning, when that fails.
inline QString copyOfTemplate(const QString& templateName, const std::function<bool(const QString& url)>& build)
{
    QSqlDatabase cluster = detail::clusterConnection();
    if (!cluster.isOpen()) {
        qWarning("The PostgreSQL test cluster cannot be reached: %s", qPrintable(cluster.lastError().text()));
        return {};
    }
    QSqlQuery q(cluster);
    auto failed = [&q](const char* what) {
        qWarning("%s: %s", what, qPrintable(q.lastError().text()));
        return QString();
    };
    if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(hashtext('%1'))").arg(templateName)))
        return failed("The template's lock could not be taken");
    struct Unlock
    {
        QSqlDatabase cluster;
        QString name;
        ~Unlock() { QSqlQuery(cluster).exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext('%1'))").arg(name)); }
    } unlock{cluster, templateName};
    if (!q.exec(QStringLiteral("SELECT datistemplate FROM pg_database WHERE datname = '%1'").arg(templateName)))
        return failed("The test cluster's databases could not be read");
    const bool exists = q.next();
    const bool built = exists && q.value(0).toBool();
    if (exists && !built && !q.exec(QStringLiteral("DROP DATABASE \"%1\" WITH (FORCE)").arg(templateName)))
        return failed("A half-built template could not be dropped");
    if (!built) {
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                                   "LC_CTYPE 'C.UTF-8'")
                        .arg(templateName)))
            return failed("The template could not be created");
        if (!build(postgresUrl(templateName)))
            return {};
        // A template must have no other session: the connections the build left open are ended.
        q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> "
                              "pg_backend_pid()")
                   .arg(templateName));
        if (!q.exec(QStringLiteral("ALTER DATABASE \"%1\" IS_TEMPLATE true").arg(templateName)))
            return failed("The database could not be made a template");
    }
    return newPostgresDatabase(templateName);
}

// A fresh database, migrated to the current schema: a file in a temporary folder, or a database of
// its own in the PostgreSQL test cluster (see databaseLocation), there a copy of a migrated
// template (copyOfTemplate): migrating takes seconds on PostgreSQL, a copy a fraction of one.
inline std::unique_ptr<Database> openTempDatabase(
    const QTemporaryDir& dir, const QString& name = QStringLiteral("t.db"))
{
    QString location;
    if (onPostgres()) {
        detail::PostgresDatabases& d = detail::postgresDatabases();
        const QString key = dir.filePath(name);
        {
            const QMutexLocker lock(&d.mutex);
            location = d.byKey.value(key);
        }
        if (location.isEmpty()) {
            location = copyOfTemplate(
                QStringLiteral("sgt_schema_%1").arg(ConsoleDatabase::latestVersion()), [](const QString& url) {
                    auto db = ConsoleDatabase::open(url, Database::Mode::Migrate);
                    if (!db)
                        qWarning("%s", qPrintable(db.error().fullText()));
                    return db.ok();
                });
            const QMutexLocker lock(&d.mutex);
            d.byKey.insert(key, location);
        }
    } else {
        location = databaseLocation(dir, name);
    }
    if (location.isEmpty())
        return nullptr;
    auto db = ConsoleDatabase::open(location, Database::Mode::Migrate);
    if (!db) {
        qWarning("%s", qPrintable(db.error().fullText()));
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace sitegov::test
