#include "db/Transaction.h"

#include "db/Dialect.h"
#include "db/Sql.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace sitegov {

namespace {
// Transaction depth per connection name. Connections belong to one thread, but the table is
// shared (and never destroyed, like the statement cache: a thread's connection may close during
// static destruction).
struct TransactionDepths
{
    QMutex mutex;
    QHash<QString, int> depth;
    QHash<QString, quint64> epoch; // see Transaction::epoch
    quint64 nextEpoch = 1;
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

// `newEpoch`: the outermost transaction begins or ends, or something was rolled back.
void setDepth(const QSqlDatabase& db, int depth, bool newEpoch = false)
{
    TransactionDepths& t = depths();
    const QMutexLocker lock(&t.mutex);
    if (depth == 0)
        t.depth.remove(db.connectionName());
    else
        t.depth.insert(db.connectionName(), depth);
    // Numbers are never reused, across connections either: a connection that closes and opens
    // again under the same name starts from a number no cache has seen.
    if (newEpoch)
        t.epoch.insert(db.connectionName(), t.nextEpoch++);
}
// Runs a savepoint's statement. SQLite: prepared once per connection and kept, since savepoints
// open and close for every row of an import. PostgreSQL cannot prepare SAVEPOINT: run as text.
Status control(QSqlDatabase& db, const QString& sql, const QString& what)
{
    if (db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite) {
        Error e;
        QSqlQuery* q = Sql::cached(db, sql, &e);
        if (!q)
            return Error{what, e.detail};
        if (!q->exec())
            return Sql::error(*q, what);
        q->finish();
        return {};
    }
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Sql::error(q, what);
    return {};
}
} // namespace

bool Transaction::isOpen(const QSqlDatabase& db)
{
    return depthOf(db) > 0;
}

quint64 Transaction::epoch(const QSqlDatabase& db)
{
    TransactionDepths& t = depths();
    const QMutexLocker lock(&t.mutex);
    return t.epoch.value(db.connectionName(), 0);
}

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
    , m_depth(depthOf(db))
{
    if (m_depth > 0) {
        // Savepoints open and close for every row of an import: prepared once per connection.
        const Status s = control(m_db, QStringLiteral("SAVEPOINT sg_%1").arg(m_depth),
            tr("The database cannot be written; nothing was changed."));
        if (s) {
            m_active = true;
            setDepth(m_db, m_depth + 1);
        } else {
            m_beginError = s.error();
        }
        return;
    }
    QSqlQuery q(m_db);
    const db::Dialect* dialect = db::Dialect::of(m_db);
    if (dialect && q.exec(dialect->beginWrite())) {
        m_active = true;
        setDepth(m_db, m_depth + 1, true);
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
        const Status s = control(m_db, QStringLiteral("RELEASE SAVEPOINT sg_%1").arg(m_depth),
            tr("The change could not be saved; nothing was changed."));
        if (!s) {
            rollback();
            return s;
        }
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
    setDepth(m_db, m_depth, true);
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
    setDepth(m_db, m_depth, true);
}

} // namespace sitegov
