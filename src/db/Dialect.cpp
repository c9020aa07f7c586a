#include "db/Dialect.h"

#include "db/SqliteDialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>

namespace sitegov::db {

const Dialect* Dialect::forDriver(const QString& driverName)
{
    static const SqliteDialect sqlite;
    if (driverName == sqlite.driverName())
        return &sqlite;
    return nullptr;
}

const Dialect* Dialect::of(const QSqlDatabase& db)
{
    return forDriver(db.driverName());
}

const Dialect* Dialect::of(const QSqlDriver* driver)
{
    if (!driver)
        return nullptr;
    switch (driver->dbmsType()) {
    case QSqlDriver::SQLite:
        return forDriver(QStringLiteral("QSQLITE"));
    default:
        return nullptr;
    }
}

QString Dialect::upsert(
    const QString& table, const QStringList& columns, const QStringList& keys, const QStringList& update) const
{
    QStringList placeholders;
    placeholders.reserve(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral("?");
    QStringList assignments;
    for (const QString& c : update.isEmpty() ? columns : update) {
        if (!keys.contains(c))
            assignments << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
            keys.join(QStringLiteral(", ")),
            assignments.isEmpty() ? QStringLiteral("NOTHING")
                                  : QStringLiteral("UPDATE SET ") + assignments.join(QStringLiteral(", ")));
}

} // namespace sitegov::db
