#include "storage/ConsoleDatabase.h"

#include "db/Dialect.h"
#include "db/Migrator.h"
#include "db/Schema.h"
#include "storage/ScoreCache.h"
#include "storage/SortKey.h"

#include <QDir>
#include <QStandardPaths>

namespace sitegov {

const db::Schema& ConsoleDatabase::schema()
{
    static const db::Schema console{QStringLiteral("console"), QStringLiteral(":/sitegov/migrations"), kApplicationId,
        // Names sort in Chinese order through the program's own SQL function (migrations and
        // triggers use it).
        [](QSqlDatabase& db) { return SortKey::install(db); },
        [](QSqlDatabase& db) -> Status {
            // Keys made by another ICU version than this program's are made again (SortKey).
            if (const auto refreshed = SortKey::refresh(db); !refreshed)
                return refreshed.error();
            // The score cache of a one-run backend (--backend) lives in a store of its own.
            return ScoreCache::attachRunStore(db);
        }};
    return console;
}

Result<std::unique_ptr<Database>> ConsoleDatabase::open(const QString& path, Database::Mode mode)
{
    return Database::open(path, mode, schema());
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
