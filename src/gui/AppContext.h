#pragma once

#include "storage/Session.h"

#include <QString>

namespace sitegov {

class Database;

// What every page needs to know about the running console: the open database (GUI-thread
// connection; workers open their own with Database::openAnother()) and who is logged in.
struct AppContext
{
    Database* database = nullptr;
    Session session;
};

} // namespace sitegov
