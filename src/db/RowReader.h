#pragma once

#include "db/Sql.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace sitegov::db {

// Reads a result row's columns from left to right, each converted to the type of the field it goes
// into, so that a row mapper names its fields in the order of its SELECT and keeps no column numbers:
//
//   Person p;
//   db::RowReader(q).into(p.id, p.name, p.orgId, p.title, p.phone, p.email, p.active);
//
// Columns that need more than a conversion (a vocabulary key, a moment) are read with next().
class RowReader final
{
public:
    explicit RowReader(const QSqlQuery& query, int column = 0)
        : m_query(query)
        , m_column(column)
    {
    }

    // The next columns, into `fields`: qint64, int, double, bool, QString, QDate (ISO text, an
    // invalid date for NULL: Sql::toDate) or QVariant.
    template<typename... Fields>
    RowReader& into(Fields&... fields)
    {
        (read(fields), ...);
        return *this;
    }

    // The next column as it is.
    QVariant next() { return m_query.value(m_column++); }
    // Passes over `columns` columns.
    RowReader& skip(int columns = 1)
    {
        m_column += columns;
        return *this;
    }

private:
    void read(qint64& v) { v = next().toLongLong(); }
    void read(int& v) { v = next().toInt(); }
    void read(double& v) { v = next().toDouble(); }
    void read(bool& v) { v = next().toBool(); }
    void read(QString& v) { v = next().toString(); }
    void read(QDate& v) { v = Sql::toDate(next()); }
    void read(QVariant& v) { v = next(); }

    const QSqlQuery& m_query;
    int m_column;
};

} // namespace sitegov::db
