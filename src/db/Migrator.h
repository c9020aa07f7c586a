#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sitegov {

namespace db {
class Dialect;
struct Schema;
}

struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// Versioned, cumulative, transactional schema migrations. The version lives in the database (the
// dialect keeps it: PRAGMA user_version on SQLite); each migration runs in one transaction together
// with the version bump, so a failure leaves the database exactly as it was before that migration.
// The migrations of a schema are SQL files, one folder per dialect (db::Schema::migrations).
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // `applicationId`: the mark of the schema's databases (db::Schema::applicationId).
    Migrator(QList<Migration> migrations, qint64 applicationId);

    // The migrations of `schema` for `dialect`, from the resources; read once per process.
    static Result<QList<Migration>> builtin(const db::Dialect& dialect, const db::Schema& schema);

    int latestVersion() const;
    static Result<int> currentVersion(const QSqlDatabase& db);

    // Refuses, without writing to it, a database newer than latestVersion(), one marked by another
    // program, and an unmarked one that holds tables.
    Status checkNotNewer(const QSqlDatabase& db) const;

    // Applies every migration above the current version; returns the resulting version.
    Result<int> migrate(QSqlDatabase& db) const;

private:
    static Result<QList<Migration>> load(const db::Dialect& dialect, const db::Schema& schema);

    QList<Migration> m_migrations;
    qint64 m_applicationId;
};

} // namespace sitegov
