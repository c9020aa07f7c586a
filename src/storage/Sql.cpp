#include "storage/Sql.h"

#include "core/OfficeClock.h"
#include "storage/DatabaseWait.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlError>

namespace sitegov {

Error Sql::error(const QSqlQuery& query, const QString& what)
{
    if (DatabaseWait::isBusy(query.lastError()))
        return DatabaseWait::busyError(query.driver(), query.lastError().text());
    return Error{what, query.lastError().text()};
}

Error Sql::error(const QSqlDatabase& db, const QString& what)
{
    if (DatabaseWait::isBusy(db.lastError()))
        return DatabaseWait::busyError(db.driver(), db.lastError().text());
    return Error{what, db.lastError().text()};
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

namespace {
// Transaction depth per connection name. Connections belong to one thread, but the table is
// shared (and never destroyed, like the statement cache: a thread's connection may close during
// static destruction).
struct TransactionDepths
{
    QMutex mutex;
    QHash<QString, int> depth;
};

TransactionDepths& depths()
{
    static auto* table = new TransactionDepths;
    return *table;
}

int depthOf(const QSqlDatabase& db)
{
    TransactionDepths& t = depths();
    const QMutexLocker lock(&t.mutex);
    return t.depth.value(db.connectionName(), 0);
}

void setDepth(const QSqlDatabase& db, int depth)
{
    TransactionDepths& t = depths();
    const QMutexLocker lock(&t.mutex);
    if (depth == 0)
        t.depth.remove(db.connectionName());
    else
        t.depth.insert(db.connectionName(), depth);
}
} // namespace

bool Transaction::isOpen(const QSqlDatabase& db)
{
    return depthOf(db) > 0;
}

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
    , m_depth(depthOf(db))
{
    if (m_depth > 0) {
        // Savepoints open and close for every row of an import: prepared once per connection.
        Error e;
        QSqlQuery* q = Sql::cached(m_db, QStringLiteral("SAVEPOINT sg_%1").arg(m_depth), &e);
        if (q && q->exec()) {
            q->finish();
            m_active = true;
            setDepth(m_db, m_depth + 1);
        } else {
            m_beginError = q ? Sql::error(*q, tr("The database cannot be written; nothing was changed."))
                             : Error{tr("The database cannot be written; nothing was changed."), e.detail};
        }
        return;
    }
    QSqlQuery q(m_db);
    const QString sql = m_db.driverName() == u"QSQLITE" ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (q.exec(sql)) {
        m_active = true;
        setDepth(m_db, m_depth + 1);
    } else {
        // Busy: another program kept the write lock longer than DatabaseWait::limit(); say who.
        m_beginError = Sql::error(q, tr("The database cannot be written; nothing was changed."));
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginError.message.isEmpty() ? Error{tr("No transaction is open."), {}} : m_beginError;
    if (m_depth > 0) {
        Error e;
        QSqlQuery* q = Sql::cached(m_db, QStringLiteral("RELEASE SAVEPOINT sg_%1").arg(m_depth), &e);
        if (!q || !q->exec()) {
            const Error failed = q ? Sql::error(*q, tr("The change could not be saved; nothing was changed."))
                                   : Error{tr("The change could not be saved; nothing was changed."), e.detail};
            rollback();
            return failed;
        }
        q->finish();
        m_active = false;
        setDepth(m_db, m_depth);
        return {};
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = Sql::error(q, tr("The change could not be saved; nothing was changed."));
        rollback();
        return e;
    }
    m_active = false;
    setDepth(m_db, m_depth);
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (m_depth > 0) {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sg_%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE SAVEPOINT sg_%1").arg(m_depth));
    } else {
        q.exec(QStringLiteral("ROLLBACK"));
    }
    m_active = false;
    setDepth(m_db, m_depth);
}

} // namespace sitegov
