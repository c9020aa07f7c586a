#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sitegov {

// Which database a migration set belongs to: the console's (sites, inspections, ...) or the
// assessment backend's own store. Each has its own migrations and PRAGMA application_id.
enum class Schema { Console, Server };

struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

// Versioned, cumulative, transactional schema migrations. The version lives in the database
// (PRAGMA user_version on SQLite); each migration runs in one transaction together with the
// version bump, so a failure leaves the database exactly as it was before that migration.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // PRAGMA application_id of console databases ("SGOV") and of the backend's store ("SGVS").
    static constexpr qint64 kApplicationId = 0x53474F56;
    static constexpr qint64 kServerApplicationId = 0x53475653;
    static qint64 applicationId(Schema schema);

    explicit Migrator(QList<Migration> migrations, qint64 applicationId = kApplicationId);

    // The migrations shipped in the resources for a QtSql driver name ("QSQLITE").
    static Result<QList<Migration>> builtin(const QString& driverName, Schema schema = Schema::Console);
    static int latestBuiltinVersion(Schema schema = Schema::Console);

    int latestVersion() const;
    static Result<int> currentVersion(const QSqlDatabase& db);

    // Refuses a database newer than latestVersion() without writing to it.
    Status checkNotNewer(const QSqlDatabase& db) const;

    // Applies every migration above the current version; returns the resulting version.
    Result<int> migrate(QSqlDatabase& db) const;

private:
    static Result<QList<Migration>> load(const QString& driverName, Schema schema);

    QList<Migration> m_migrations;
    qint64 m_applicationId;
};

} // namespace sitegov
