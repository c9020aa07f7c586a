#pragma once

#include "db/Database.h"
#include "server/ServerStore.h"

#include <QSqlDatabase>
#include <memory>

namespace sitegov::server {

// One thread's connection to the store (ServerStore::connection()), shared by the files that
// implement the store: ServerStore.cpp (connections, the data version, tokens) and
// ServerStoreSites.cpp (sites and their assessments).
struct ServerStore::Connection
{
    std::unique_ptr<Database> owned; // null for the primary connection, which the store owns
    QSqlDatabase db;

    ~Connection() { db = QSqlDatabase(); }
};

} // namespace sitegov::server
