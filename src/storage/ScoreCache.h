#pragma once

#include "core/Period.h"
#include "core/Result.h"
#include "core/SiteScore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sitegov {

// A period held in the score cache.
struct CachedPeriod
{
    Period period;
    QString backendUrl;
    QByteArray etag; // of the period's first page
    int sites = 0;
    QDateTime fetchedAt; // rows last written
    QDateTime checkedAt; // last confirmed by the backend
};

// The outcome of the syncs so far.
struct ScoreSyncState
{
    QString backendUrl;
    QDateTime lastAttemptAt;
    QDateTime lastSuccessAt;
    QDateTime lastFailureAt;
    Error lastError; // of the last failure (message, detail, code)

    // True when the latest finished sync failed.
    bool failedLast() const
    {
        return lastFailureAt.isValid() && (!lastSuccessAt.isValid() || lastFailureAt >= lastSuccessAt);
    }
};

// The console's copy of the backend's scores (migration 0007): written by the sync, read by the
// Scores page, the dashboard and the site detail. Every write is one transaction, so that a sync
// that fails half-way leaves each period either as it was or wholly replaced.
class ScoreCache final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCache)

public:
    explicit ScoreCache(QSqlDatabase db);

    // Where the score tables live on this process's connections. Normally in the database itself,
    // shared by every console on it. A run with a backend of its own (`sitegov --backend URL`, "for
    // one run without saving anything") keeps its scores in a separate SQLite file instead, attached
    // to each connection as `run_scores` with the same tables, so that the shared cache stays
    // exactly as it was. Set it before connections are opened; an empty path goes back to the
    // database's own tables.
    static void useRunStore(const QString& file);
    static QString runStore();
    // Database::open calls this on each new connection of a console database: attaches the run's
    // store (creating its tables as the database's own are) when one is in use.
    static Status attachRunStore(QSqlDatabase& db);
    // `sql` with its score tables (score_cache, score_periods, score_sync) in the store in use: the
    // one place that names where they are, for this class and ScoreQueries.
    static QString qualified(const QString& sql);

    // Every cached period, newest first: the reverse of Period's order (2020-06, 2020-05, 2020-04,
    // 2020-Q2, ..., 2020).
    Result<QList<CachedPeriod>> periods() const;
    Result<std::optional<CachedPeriod>> period(const Period& period) const;
    Result<qint64> rowCount() const;

    // Replaces the rows of `period` with `rows` and records its ETag, in one transaction.
    Status replacePeriod(const QString& backendUrl, const Period& period, const QByteArray& etag,
        const QList<SiteScore>& rows);
    // The backend confirmed the period unchanged (304).
    Status confirmPeriod(const Period& period);
    // Drops the periods `drop` (and their rows), in one transaction.
    Status dropPeriods(const QList<Period>& drop);

    Result<ScoreSyncState> state() const;
    Status recordAttempt(const QString& backendUrl);
    Status recordSuccess(const QString& backendUrl);
    Status recordFailure(const QString& backendUrl, const Error& error);

private:
    Status updateState(const QString& sql, const QVariantList& binds);
    // replacePeriod's rows inserted through the Qt driver (any engine but SQLite, whose own interface
    // is faster), inside the caller's transaction.
    Status insertThroughDriver(const Period& period, const QList<SiteScore>& rows, const QString& what);

    QSqlDatabase m_db;
};

} // namespace sitegov
