#include "storage/ScoreCache.h"

#include "core/DivisionCode.h"
#include "core/OfficeClock.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QDir>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <memory>

namespace sitegov {

namespace {

QDateTime instant(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

// The sync's own instants carry milliseconds: a success and a failure within one second stay ordered.
QString nowMs()
{
    return OfficeClock::stampMs();
}

const QString kPeriodColumns = QStringLiteral("period, backend_url, etag, sites, fetched_at, checked_at");

// The run's own score store (ScoreCache::useRunStore), empty for the database's tables.
struct RunStore
{
    QMutex mutex;
    QString file;
};

RunStore& runStoreState()
{
    static RunStore store;
    return store;
}

const QString kRunSchema = QStringLiteral("run_scores");

CachedPeriod periodFrom(const QSqlQuery& q)
{
    CachedPeriod p;
    p.period = Period::parse(q.value(0).toString()).value();
    p.backendUrl = q.value(1).toString();
    p.etag = q.value(2).toString().toUtf8();
    p.sites = q.value(3).toInt();
    p.fetchedAt = instant(q.value(4));
    p.checkedAt = instant(q.value(5));
    return p;
}

} // namespace

ScoreCache::ScoreCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

void ScoreCache::useRunStore(const QString& file)
{
    RunStore& store = runStoreState();
    const QMutexLocker lock(&store.mutex);
    store.file = file;
}

QString ScoreCache::runStore()
{
    RunStore& store = runStoreState();
    const QMutexLocker lock(&store.mutex);
    return store.file;
}

QString ScoreCache::qualified(const QString& sql)
{
    if (runStore().isEmpty())
        return sql;
    // The table names as words: score_cache_site (an index) is not score_cache.
    static const QRegularExpression table(QStringLiteral(R"(\bscore_(cache|periods|sync)\b)"));
    QString out = sql;
    out.replace(table, kRunSchema + QStringLiteral(".score_\\1"));
    return out;
}

Status ScoreCache::attachRunStore(QSqlDatabase& db)
{
    const QString file = runStore();
    if (file.isEmpty())
        return {};
    const QString what = tr("The score cache of this run (%1) cannot be opened.").arg(QDir::toNativeSeparators(file));
    if (db.driver() && db.driver()->dbmsType() != QSqlDriver::SQLite)
        return Error{tr("A backend for one run (--backend) needs a database file; on a shared PostgreSQL database, "
                        "set the backend in Settings instead."),
            {}};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA database_list")))
        return Sql::error(q, what);
    while (q.next()) {
        if (q.value(1).toString() == kRunSchema)
            return {};
    }
    Error e;
    if (!Sql::prepare(q, QStringLiteral("ATTACH DATABASE ? AS %1").arg(kRunSchema), &e))
        return e;
    q.addBindValue(file);
    if (!Sql::exec(q, &e, what))
        return e;
    if (!q.exec(QStringLiteral("PRAGMA %1.journal_mode = WAL").arg(kRunSchema)))
        return Sql::error(q, what);
    // The same tables as the database's own (its migrations made them), created by whichever
    // connection comes first.
    if (!q.exec(QStringLiteral("SELECT sql FROM main.sqlite_master WHERE tbl_name IN ('score_periods', 'score_cache', "
                               "'score_sync') AND sql IS NOT NULL ORDER BY type = 'index', rowid")))
        return Sql::error(q, what);
    QStringList ddl;
    static const QRegularExpression create(QStringLiteral(R"(^\s*CREATE\s+(TABLE|INDEX)\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    while (q.next()) {
        QString sql = q.value(0).toString();
        sql.replace(create, QStringLiteral("CREATE \\1 IF NOT EXISTS %1.").arg(kRunSchema));
        ddl << sql;
    }
    if (ddl.size() < 3)
        return Error{what, QStringLiteral("the database has no score cache tables")};
    ddl << QStringLiteral("INSERT OR IGNORE INTO %1.score_sync (id) VALUES (1)").arg(kRunSchema);
    for (const QString& sql : std::as_const(ddl)) {
        if (!q.exec(sql))
            return Sql::error(q, what);
    }
    return {};
}

Result<QList<CachedPeriod>> ScoreCache::periods() const
{
    QSqlQuery q(m_db);
    if (!q.exec(qualified(QStringLiteral("SELECT %1 FROM score_periods ORDER BY first_month DESC, last_month").arg(kPeriodColumns))))
        return Sql::error(q, tr("The cached scores could not be read."));
    QList<CachedPeriod> out;
    while (q.next()) {
        if (Period::parse(q.value(0).toString()))
            out.append(periodFrom(q));
    }
    return out;
}

Result<std::optional<CachedPeriod>> ScoreCache::period(const Period& period) const
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, qualified(QStringLiteral("SELECT %1 FROM score_periods WHERE period = ?").arg(kPeriodColumns)), &e))
        return e;
    q.addBindValue(period.toString());
    if (!Sql::exec(q, &e, tr("The cached scores could not be read.")))
        return e;
    if (!q.next())
        return std::optional<CachedPeriod>();
    return std::optional<CachedPeriod>(periodFrom(q));
}

Result<qint64> ScoreCache::rowCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(qualified(QStringLiteral("SELECT count(*) FROM score_cache"))) || !q.next())
        return Sql::error(q, tr("The cached scores could not be read."));
    return q.value(0).toLongLong();
}

Status ScoreCache::insertThroughDriver(const Period& period, const QList<SiteScore>& rows, const QString& what)
{
    constexpr qsizetype kRowsPerStatement = 100;
    const QString columns = QStringLiteral(
        "INSERT INTO score_cache (period, site_code, site_name, level, kind, region, city_region, total, "
        "deduction_score, bonus, passed, vetoes, rank, rank_of, assessments, updated_at) VALUES ");
    const QString oneRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString periodText = period.toString();
    QSqlQuery q(m_db);
    Error e;
    qsizetype prepared = 0; // the rows of the statement q holds
    for (qsizetype from = 0; from < rows.size(); from += kRowsPerStatement) {
        const qsizetype n = std::min(kRowsPerStatement, rows.size() - from);
        if (n != prepared) {
            QStringList values;
            for (qsizetype i = 0; i < n; ++i)
                values << oneRow;
            if (!Sql::prepare(q, qualified(columns + values.join(QStringLiteral(", "))), &e))
                return e;
            prepared = n;
        }
        // Texts never bound as NULL (the driver binds a null QString so): empty, as SQLite's binding has it.
        const auto text = [](const QString& t) { return t.isNull() ? QStringLiteral("") : t; };
        for (qsizetype i = from; i < from + n; ++i) {
            const SiteScore& s = rows.at(i);
            const QString region = s.region.trimmed();
            const QString city = DivisionCode::cityRegion(region);
            q.addBindValue(periodText);
            q.addBindValue(text(s.siteCode));
            q.addBindValue(text(s.siteName.trimmed()));
            q.addBindValue(text(Vocabulary::key(s.level)));
            q.addBindValue(text(Vocabulary::key(s.kind)));
            q.addBindValue(text(region));
            q.addBindValue(text(city.isEmpty() ? region : city));
            q.addBindValue(s.total);
            q.addBindValue(s.deductionScore);
            q.addBindValue(s.bonus);
            q.addBindValue(s.passed ? 1 : 0);
            q.addBindValue(text(s.vetoes.join(u',').trimmed()));
            q.addBindValue(qint64(s.rank));
            q.addBindValue(qint64(s.rankOf));
            q.addBindValue(qint64(s.assessments));
            q.addBindValue(s.updatedAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.updatedAt));
        }
        if (!Sql::exec(q, &e, what))
            return e;
    }
    return {};
}

Status ScoreCache::replacePeriod(
    const QString& backendUrl, const Period& period, const QByteArray& etag, const QList<SiteScore>& rows)
{
    const QString what = tr("The scores of %1 could not be stored in the cache.").arg(period.toString());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QString now = Sql::nowUtc();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            qualified(QStringLiteral(
                "INSERT INTO score_periods (period, kind, first_month, last_month, backend_url, etag, sites, "
                "fetched_at, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(period) DO UPDATE SET "
                "backend_url = excluded.backend_url, etag = excluded.etag, sites = excluded.sites, "
                "fetched_at = excluded.fetched_at, checked_at = excluded.checked_at")),
            &e))
        return e;
    q.addBindValue(period.toString());
    q.addBindValue(period.kindKey());
    q.addBindValue(period.firstMonthIndex());
    q.addBindValue(period.lastMonthIndex());
    q.addBindValue(backendUrl);
    q.addBindValue(etag.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(etag)));
    q.addBindValue(int(rows.size()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!Sql::exec(q, &e, what))
        return e;

    if (!Sql::prepare(q, qualified(QStringLiteral("DELETE FROM score_cache WHERE period = ?")), &e))
        return e;
    q.addBindValue(period.toString());
    if (!Sql::exec(q, &e, what))
        return e;

    // Rows go in through SQLite's own interface on the connection's handle (one statement,
    // prepared once, bound and stepped per row): binding sixteen values a row through QSqlQuery
    // cost more than the inserts themselves (100,000 sites x 3 periods: 10.5 s).
    // On PostgreSQL (no SQLite handle) they go through the driver, a hundred rows to a statement:
    // there each statement is a round trip to the server.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        const Status inserted = insertThroughDriver(period, rows, what);
        return inserted ? tx.commit() : inserted;
    }
    sqlite3* h = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_stmt* insert = nullptr;
    const QByteArray insertSql = qualified(QStringLiteral(
        "INSERT INTO score_cache (period, site_code, site_name, level, kind, region, city_region, total, "
        "deduction_score, bonus, passed, vetoes, rank, rank_of, assessments, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")).toUtf8();
    if (sqlite3_prepare_v2(h, insertSql.constData(), -1, &insert, nullptr)
        != SQLITE_OK)
        return Error{what, QString::fromUtf8(sqlite3_errmsg(h))};
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> finalizer(insert, &sqlite3_finalize);
    const QByteArray periodText = period.toString().toUtf8();
    // The bound texts must live until the step: kept here for the row.
    std::array<QByteArray, 8> texts;
    auto bindText = [insert, &texts](int column, int slot, const QString& value) {
        texts[slot] = value.toUtf8();
        sqlite3_bind_text(insert, column, texts[slot].constData(), int(texts[slot].size()), SQLITE_STATIC);
    };
    for (const SiteScore& s : rows) {
        const QString region = s.region.trimmed();
        const QString city = DivisionCode::cityRegion(region);
        sqlite3_bind_text(insert, 1, periodText.constData(), int(periodText.size()), SQLITE_STATIC);
        bindText(2, 0, s.siteCode);
        bindText(3, 1, s.siteName.trimmed());
        bindText(4, 2, Vocabulary::key(s.level));
        bindText(5, 3, Vocabulary::key(s.kind));
        bindText(6, 4, region);
        bindText(7, 5, city.isEmpty() ? region : city);
        sqlite3_bind_double(insert, 8, s.total);
        sqlite3_bind_double(insert, 9, s.deductionScore);
        sqlite3_bind_double(insert, 10, s.bonus);
        sqlite3_bind_int(insert, 11, s.passed ? 1 : 0);
        bindText(12, 6, s.vetoes.join(u',').trimmed());
        sqlite3_bind_int64(insert, 13, s.rank);
        sqlite3_bind_int64(insert, 14, s.rankOf);
        sqlite3_bind_int64(insert, 15, s.assessments);
        if (s.updatedAt.isEmpty())
            sqlite3_bind_null(insert, 16);
        else
            bindText(16, 7, s.updatedAt);
        const int rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (rc != SQLITE_DONE)
            return Error{what, s.siteCode + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(h))};
    }
    return tx.commit();
}

Status ScoreCache::confirmPeriod(const Period& period)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, qualified(QStringLiteral("UPDATE score_periods SET checked_at = ? WHERE period = ?")), &e))
        return e;
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(period.toString());
    if (!Sql::exec(q, &e, tr("The score cache could not be updated.")))
        return e;
    return {};
}

Status ScoreCache::dropPeriods(const QList<Period>& drop)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, qualified(QStringLiteral("DELETE FROM score_periods WHERE period = ?")), &e))
        return e;
    for (const Period& p : drop) {
        q.addBindValue(p.toString());
        if (!Sql::exec(q, &e, tr("The score cache could not be updated.")))
            return e;
    }
    return tx.commit();
}

Result<ScoreSyncState> ScoreCache::state() const
{
    QSqlQuery q(m_db);
    if (!q.exec(qualified(QStringLiteral("SELECT backend_url, last_attempt_at, last_success_at, last_failure_at, "
                                         "last_error, last_error_detail, last_error_code FROM score_sync WHERE id = 1"))))
        return Sql::error(q, tr("The state of the score sync could not be read."));
    ScoreSyncState s;
    if (!q.next())
        return s;
    s.backendUrl = q.value(0).toString();
    s.lastAttemptAt = instant(q.value(1));
    s.lastSuccessAt = instant(q.value(2));
    s.lastFailureAt = instant(q.value(3));
    s.lastError = Error{q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
    return s;
}

Status ScoreCache::updateState(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, qualified(sql), &e))
        return e;
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!Sql::exec(q, &e, tr("The state of the score sync could not be saved.")))
        return e;
    return {};
}

Status ScoreCache::recordAttempt(const QString& backendUrl)
{
    return updateState(QStringLiteral("UPDATE score_sync SET backend_url = ?, last_attempt_at = ? WHERE id = 1"),
        {backendUrl, nowMs()});
}

Status ScoreCache::recordSuccess(const QString& backendUrl)
{
    return updateState(QStringLiteral("UPDATE score_sync SET backend_url = ?, last_success_at = ? WHERE id = 1"),
        {backendUrl, nowMs()});
}

Status ScoreCache::recordFailure(const QString& backendUrl, const Error& error)
{
    return updateState(QStringLiteral("UPDATE score_sync SET backend_url = ?, last_failure_at = ?, last_error = ?, "
                                      "last_error_detail = ?, last_error_code = ? WHERE id = 1"),
        {backendUrl, nowMs(), error.message, error.detail, error.code});
}

} // namespace sitegov
