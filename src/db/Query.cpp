#include "db/Query.h"

#include "db/Dialect.h"
#include "db/Sql.h"

#include <QSqlError>

namespace sitegov::db {

Query::Query(const QSqlDatabase& db, const QString& sql)
    : Query(db, sql, false)
{
}

Query::Query(const QSqlDatabase& db, const QString& sql, bool cached)
    : m_db(db)
    , m_sql(sql)
    , m_cached(cached)
{
}

Query Query::cached(const QSqlDatabase& db, const QString& sql)
{
    return Query(db, sql, true);
}

Query::~Query() = default;

Query::Query(Query&& other) noexcept
    : m_db(std::move(other.m_db))
    , m_sql(std::move(other.m_sql))
    , m_cached(other.m_cached)
    , m_prepared(other.m_prepared)
    , m_own(std::move(other.m_own))
    , m_query(other.m_query == &other.m_own ? &m_own : other.m_query)
    , m_prepareError(std::move(other.m_prepareError))
    , m_values(std::move(other.m_values))
    , m_named(std::move(other.m_named))
{
    other.m_query = nullptr;
    other.m_prepared = false;
}

Query& Query::bindAll(const QVariantList& values)
{
    m_values += values;
    return *this;
}

Query& Query::bindNamed(const QString& placeholder, const QVariant& value)
{
    m_named.append({placeholder, value});
    return *this;
}

Status Query::run(const QString& what, bool reading)
{
    if (!m_prepared) {
        Error e;
        if (m_cached) {
            m_query = Sql::cached(m_db, m_sql, &e);
        } else {
            m_own = QSqlQuery(m_db);
            m_own.setForwardOnly(reading);
            if (Sql::prepare(m_own, m_sql, &e))
                m_query = &m_own;
        }
        if (!m_query) {
            m_values.clear();
            m_named.clear();
            // A statement that does not prepare is the program's fault, but the user sees what failed.
            return Error{what, e.detail};
        }
        m_prepared = true;
    }
    for (const QVariant& v : std::as_const(m_values))
        m_query->addBindValue(v);
    for (const auto& [name, value] : std::as_const(m_named))
        m_query->bindValue(name, value);
    m_values.clear();
    m_named.clear();
    if (!m_query->exec()) {
        const Error e = Sql::error(*m_query, what);
        m_query->finish();
        return e;
    }
    return {};
}

void Query::done()
{
    // A statement kept for reuse must not hold its read open until it next runs.
    if (m_query)
        m_query->finish();
}

Status Query::exec(const QString& what)
{
    const Status s = run(what, false);
    done();
    return s;
}

Result<int> Query::changed(const QString& what)
{
    if (const Status s = run(what, false); !s)
        return s.error();
    const int rows = m_query->numRowsAffected();
    done();
    return rows;
}

Result<qint64> Query::insert(const QString& what, const QString& idColumn)
{
    const Dialect* dialect = Dialect::of(m_db);
    if (!dialect)
        return Error{what, tr("The database driver %1 is not supported.").arg(m_db.driverName())};
    if (!m_prepared)
        m_sql = dialect->insertReturningId(m_sql, idColumn);
    if (const Status s = run(what, false); !s)
        return s.error();
    const QVariant id = dialect->insertedId(*m_query);
    done();
    if (!id.isValid())
        return Error{what, tr("The database gave no number for the new row.")};
    return id.toLongLong();
}

Status Query::forEach(const QString& what, const std::function<bool(const QSqlQuery&)>& row)
{
    if (const Status s = run(what, true); !s)
        return s;
    while (m_query->next()) {
        if (!row(*m_query))
            break;
    }
    // A row that fails to step (another program writing, an interrupted statement) ends next()
    // with an error.
    const bool failed = m_query->lastError().isValid();
    const Error error = failed ? Sql::error(*m_query, what) : Error{};
    done();
    if (failed)
        return error;
    return {};
}

} // namespace sitegov::db
