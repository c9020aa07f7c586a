#pragma once

#include "core/Result.h"
#include "db/Database.h"

#include <QString>

#include <memory>

namespace sitegov {

namespace db {
struct Schema;
}

// The console's database (sites, units, inspections, requests, ...), the one the console,
// sitegovctl and the benchmarks open: db::Database with the console's schema, its migrations
// (resources/migrations) and what its connections need.
class ConsoleDatabase final
{
public:
    // The mark of console databases ("SGOV", PRAGMA application_id on SQLite).
    static constexpr qint64 kApplicationId = 0x53474F56;

    static const db::Schema& schema();

    static Result<std::unique_ptr<Database>> open(const QString& path, Database::Mode mode = Database::Mode::Migrate);
    // Database::forThisThread with the console's schema.
    // PostgreSQL: as the account's own login role (Database::openAs).
    static Result<std::unique_ptr<Database>> openAs(const QString& path, const QString& username,
        const QString& password, Database::Mode mode = Database::Mode::RequireCurrent);
    static Result<Database*> forThisThread(const QString& path);

    // <AppDataLocation>/sitegov.db, the database used when no --database is given.
    static QString defaultPath();

    // The schema version this program brings a console database to (its SQLite migrations).
    static int latestVersion();
};

} // namespace sitegov
