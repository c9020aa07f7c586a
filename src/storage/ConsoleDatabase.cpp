#include "storage/ConsoleDatabase.h"

#include "db/Dialect.h"
#include "db/Migrator.h"
#include "db/Schema.h"
#include "storage/ScoreCache.h"
#include "storage/SortKey.h"

#include <QDir>
#include <QSqlDriver>
#include <QStandardPaths>

namespace sitegov {

namespace {

bool isSqlite(const QSqlDatabase& db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite;
}

} // namespace

const db::Schema& ConsoleDatabase::schema()
{
    static const db::Schema console{QStringLiteral("console"), QStringLiteral(":/sitegov/migrations"), kApplicationId,
        // Names sort in Chinese order through the program's own SQL function (migrations and
        // triggers use it).
        // On PostgreSQL the keys are the names under an ICU collation of the server's
        // (resources/migrations/postgresql/0010_name_sort_keys.sql): nothing to install.
        [](QSqlDatabase& db) -> Status {
            if (isSqlite(db))
                return SortKey::install(db);
            return {};
        },
        [](QSqlDatabase& db) -> Status {
            // Keys made by another ICU version than this program's are made again (SortKey).
            if (isSqlite(db)) {
                if (const auto refreshed = SortKey::refresh(db); !refreshed)
                    return refreshed.error();
            }
            // The score cache of a one-run backend (--backend) lives in a store of its own.
            return ScoreCache::attachRunStore(db);
        }};
    return console;
}

Result<std::unique_ptr<Database>> ConsoleDatabase::open(const QString& path, Database::Mode mode)
{
    return Database::open(path, mode, schema());
}

Result<std::unique_ptr<Database>> ConsoleDatabase::openAs(
    const QString& path, const QString& username, const QString& password, Database::Mode mode)
{
    return Database::openAs(path, username, password, mode, schema());
}

Result<Database*> ConsoleDatabase::forThisThread(const QString& path)
{
    return Database::forThisThread(path, schema());
}

QString ConsoleDatabase::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("sitegov.db"));
}

int ConsoleDatabase::latestVersion()
{
    const auto list = Migrator::builtin(*db::Dialect::forDriver(QStringLiteral("QSQLITE")), schema());
    return list.ok() && !list->isEmpty() ? list->constLast().version : 0;
}

} // namespace sitegov
