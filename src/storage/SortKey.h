#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace sitegov {

// Chinese order for names, as Excel and WPS sort them: by pinyin (ICU's collator for "zh"), stored
// so that SQL sorts 100,000 rows through an index instead of by code point. The one place a sort
// key is computed; on PostgreSQL an ICU collation ("zh-x-icu") would take its place.
//
// A name's key is a binary ICU sort key kept in a BLOB column beside it (sites.name_key,
// organisations.name_key, persons.name_key; migration 0010). Triggers keep it current on every
// insert and rename through the SQL function sitegov_sort_key(text), which every connection gets
// (Database::open, Migrator). ICU's keys change between its versions: the version the keys were
// made with is recorded (sort_key_state), and Database::open recomputes them all when it differs.
class SortKey final
{
    Q_DECLARE_TR_FUNCTIONS(SortKey)

public:
    // The key of `name` (comparing keys bytewise orders names as the collator does).
    static QByteArray of(const QString& name);
    // The collator's identity: ICU's version and its collation version for "zh", "72.1/153.112...".
    static QString version();

    // Registers sitegov_sort_key(text) and sitegov_sort_key_version() on the connection.
    static Status install(QSqlDatabase& db);
    // Recomputes every stored key when they were made with another collator version (or never).
    // Returns whether it did.
    static Result<bool> refresh(QSqlDatabase& db);
};

} // namespace sitegov
