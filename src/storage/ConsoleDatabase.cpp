#include "storage/ConsoleDatabase.h"

#include "db/Dialect.h"
#include "db/Migrator.h"
#include "db/Schema.h"

#include <QDir>
#include <QStandardPaths>

namespace sitegov {

const db::Schema& ConsoleDatabase::schema()
{
    static const db::Schema console{QStringLiteral("console"), QStringLiteral(":/sitegov/migrations"), kApplicationId,
        {}, {}};
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
