#include "db/Sql.h"

#include "core/OfficeClock.h"
#include "db/Dialect.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlError>

namespace sitegov {

namespace {

Error failure(const db::Dialect* dialect, const QSqlDriver* driver, const QSqlError& error, const QString& what)
{
    // Busy: another program kept the database longer than the connection waits; say who.
    if (dialect && dialect->isBusy(error))
        return dialect->busyError(driver, error.text());
    Error e{what, error.text(), {}};
    if (dialect && dialect->isUniqueViolation(error))
        e.code = db::Dialect::uniqueViolationCode();
    else if (dialect && dialect->isForeignKeyViolation(error))
        e.code = db::Dialect::foreignKeyViolationCode();
    return e;
}

} // namespace

Error Sql::error(const QSqlQuery& query, const QString& what)
{
    return failure(db::Dialect::of(query.driver()), query.driver(), query.lastError(), what);
}

Error Sql::error(const QSqlDatabase& db, const QString& what)
{
    return failure(db::Dialect::of(db), db.driver(), db.lastError(), what);
}

bool Sql::prepare(QSqlQuery& query, const QString& sql, Error* error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = Error{tr("A database query could not be prepared."), query.lastError().text() + u'\n' + sql};
    return false;
}

namespace {
// Never destroyed: a thread's connection may close while the program's statics are already being
// torn down, and must still find the cache to forget its statements.
struct StatementCache
{
    QMutex mutex;
    QHash<QString, QHash<QString, QSqlQuery*>> statements; // connection -> SQL -> statement
};

StatementCache& statementCache()
{
    static auto* cache = new StatementCache;
    return *cache;
}
} // namespace

QSqlQuery* Sql::cached(const QSqlDatabase& db, const QString& sql, Error* error)
{
    StatementCache& cache = statementCache();
    const QMutexLocker lock(&cache.mutex);
    auto& perConnection = cache.statements[db.connectionName()];
    auto it = perConnection.constFind(sql);
    if (it != perConnection.constEnd())
        return *it;
    auto* q = new QSqlQuery(db);
    if (!q->prepare(sql)) {
        if (error)
            *error = Error{tr("A database query could not be prepared."), q->lastError().text() + u'\n' + sql};
        delete q;
        return nullptr;
    }
    perConnection.insert(sql, q);
    return q;
}

void Sql::forgetConnection(const QString& connectionName)
{
    StatementCache& cache = statementCache();
    const QMutexLocker lock(&cache.mutex);
    const auto statements = cache.statements.take(connectionName);
    for (QSqlQuery* q : statements)
        delete q;
}

bool Sql::exec(QSqlQuery& query, Error* error, const QString& what)
{
    if (query.exec())
        return true;
    if (error)
        *error = Sql::error(query, what);
    return false;
}

QString Sql::nowUtc()
{
    return OfficeClock::stamp();
}

QVariant Sql::date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate Sql::toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant Sql::nullIfEmpty(const QString& s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.trimmed());
}

QVariant Sql::text(const QString& s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s.trimmed());
}

QVariant Sql::nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

} // namespace sitegov
