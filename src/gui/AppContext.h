#pragma once

#include <QString>

namespace sitegov {

class Database;

// What every page needs to know about the running console: the open database (GUI-thread
// connection; workers open their own with Database::openAnother()).
struct AppContext
{
    Database* database = nullptr;
};

} // namespace sitegov
