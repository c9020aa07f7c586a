#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

class QSqlDatabase;

namespace sitegov::db {

// A database schema that SiteGov keeps up to date: where its migrations are and how its databases
// are marked. The db layer knows none of them; each owner describes its own (the console's in
// storage, ConsoleDatabase; the backend's in server, ServerStore) and Database::open takes it.
struct Schema
{
    // For messages and logs: "console", "server".
    QString name;
    // The resource folder of its migrations; each dialect has a folder of its own below it
    // (":/sitegov/migrations" + "/sqlite"), holding NNNN_name.sql files numbered from 0001.
    QString migrations;
    // The mark of its databases (SQLite: PRAGMA application_id): a database with another one is
    // refused untouched.
    qint64 applicationId = 0;
    // Run on every connection before its schema is looked at or migrated: what the schema's SQL
    // needs of the connection (SQL functions its triggers call). May be empty.
    std::function<Status(QSqlDatabase&)> prepareConnection;
    // Run on every connection once its schema is current. May be empty.
    std::function<Status(QSqlDatabase&)> connectionReady;
};

} // namespace sitegov::db
