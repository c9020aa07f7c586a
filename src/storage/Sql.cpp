#include "storage/Sql.h"

#include <QDateTime>
#include <QSqlError>

namespace sitegov {

Error Sql::error(const QSqlQuery& query, const QString& what)
{
    return Error{what, query.lastError().text()};
}

Error Sql::error(const QSqlDatabase& db, const QString& what)
{
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

bool Sql::exec(QSqlQuery& query, Error* error, const QString& what)
{
    if (query.exec())
        return true;
    if (error)
        *error = Error{what, query.lastError().text()};
    return false;
}

QString Sql::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
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

QVariant Sql::nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    const bool sqlite = m_db.driverName() == u"QSQLITE";
    if (q.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        m_active = true;
    else
        m_beginError = Error{tr("The database is busy or cannot be written; nothing was changed."), q.lastError().text()};
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
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e{tr("The change could not be saved; nothing was changed."), q.lastError().text()};
        rollback();
        return e;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace sitegov
