#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace sitegov::db {

// One SQL statement, checked: prepared, bound, run and read in one expression that returns a
// Result. Every failure (the statement does not prepare, does not run, another program holds the
// database) is an Error whose message is the caller's `what` in the user's language, with the
// driver's text in the detail.
//
//   return db::Query(m_db, "SELECT id, name FROM organisations WHERE parent_id = ?")
//       .bind(parentId)
//       .rows(tr("The units could not be read."), &OrganisationRepository::fromRecord);
//
// A Query can run again with new values: bind() after a run starts the next set (an insert per
// row reuses the prepared statement). Query::cached() uses the connection's statement cache, for
// statements that run for every row of an import.
class Query final
{
    Q_DECLARE_TR_FUNCTIONS(Query)

public:
    // A statement of its own on `db`, prepared when it first runs.
    Query(const QSqlDatabase& db, const QString& sql);
    // The statement kept prepared for `db` (Sql::cached): the hot paths.
    static Query cached(const QSqlDatabase& db, const QString& sql);

    ~Query();
    Query(Query&& other) noexcept;
    Query& operator=(Query&&) = delete;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    // Values for the positional placeholders (?), in order; several calls add up.
    template<typename... Values>
    Query& bind(const Values&... values)
    {
        (m_values.append(toVariant(values)), ...);
        return *this;
    }
    Query& bindAll(const QVariantList& values);
    // A value for a named placeholder (:name).
    Query& bindNamed(const QString& placeholder, const QVariant& value);

    // Runs the statement.
    Status exec(const QString& what);
    // Runs the statement and returns how many rows it changed.
    Result<int> changed(const QString& what);
    // Runs an INSERT and returns the new row's id (the dialect reads it: db::Dialect::insertedId).
    Result<qint64> insert(const QString& what, const QString& idColumn = QStringLiteral("id"));

    // Every row, each made by `map(const QSqlQuery&)`.
    template<typename Map>
    auto rows(const QString& what, Map&& map) -> Result<QList<std::decay_t<std::invoke_result_t<Map, const QSqlQuery&>>>>
    {
        using Row = std::decay_t<std::invoke_result_t<Map, const QSqlQuery&>>;
        QList<Row> out;
        const Status s = forEach(what, [&](const QSqlQuery& q) {
            out.append(std::invoke(map, q));
            return true;
        });
        if (!s)
            return s.error();
        return out;
    }
    // The first column of every row.
    template<typename T>
    Result<QList<T>> column(const QString& what)
    {
        return rows(what, [](const QSqlQuery& q) { return q.value(0).value<T>(); });
    }
    // The first row made by `map`, or nothing when there is none.
    template<typename Map>
    auto first(const QString& what, Map&& map) -> Result<std::optional<std::decay_t<std::invoke_result_t<Map, const QSqlQuery&>>>>
    {
        using Row = std::decay_t<std::invoke_result_t<Map, const QSqlQuery&>>;
        std::optional<Row> out;
        const Status s = forEach(what, [&](const QSqlQuery& q) {
            out = std::invoke(map, q);
            return false;
        });
        if (!s)
            return s.error();
        return out;
    }
    // The first row made by `map`; `missing` is the error when there is none ("There is no unit
    // with the number 7.").
    template<typename Map>
    auto single(const QString& what, const QString& missing, Map&& map)
        -> Result<std::decay_t<std::invoke_result_t<Map, const QSqlQuery&>>>
    {
        auto row = first(what, std::forward<Map>(map));
        if (!row)
            return row.error();
        if (!*row)
            return Error{missing, {}};
        return std::move(**row);
    }
    // The first column of the first row; `missing` is the error when there is none.
    template<typename T>
    Result<T> single(const QString& what, const QString& missing)
    {
        return single(what, missing, [](const QSqlQuery& q) { return q.value(0).value<T>(); });
    }
    // The first column of the first row, for statements that always give one (count(*), EXISTS).
    template<typename T>
    Result<T> value(const QString& what)
    {
        return single<T>(what, what);
    }

    // Runs the statement and hands each row to `row` until it returns false.
    Status forEach(const QString& what, const std::function<bool(const QSqlQuery&)>& row);

    // The statement's own query, after a run: for what the helpers above do not cover.
    const QSqlQuery& query() const { return *m_query; }

private:
    Query(const QSqlDatabase& db, const QString& sql, bool cached);

    static QVariant toVariant(const QVariant& v) { return v; }
    static QVariant toVariant(const QString& v) { return QVariant(v); }
    static QVariant toVariant(QLatin1String v) { return QVariant(QString(v)); }
    static QVariant toVariant(const char*) = delete; // QStringLiteral, so that the text is UTF-16 already
    template<typename T>
    static QVariant toVariant(const T& v)
    {
        return QVariant::fromValue(v);
    }

    Status run(const QString& what, bool reading);
    void done();

    QSqlDatabase m_db;
    QString m_sql;
    bool m_cached = false;
    bool m_prepared = false;
    QSqlQuery m_own;
    QSqlQuery* m_query = nullptr;
    Error m_prepareError;
    QVariantList m_values;
    QList<std::pair<QString, QVariant>> m_named;
};

} // namespace sitegov::db
