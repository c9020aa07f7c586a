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
    // Drops the periods (and their rows) that are not in `keep`, in one transaction.
    Status keepOnly(const QList<Period>& keep);

    Result<ScoreSyncState> state() const;
    Status recordAttempt(const QString& backendUrl);
    Status recordSuccess(const QString& backendUrl);
    Status recordFailure(const QString& backendUrl, const Error& error);

private:
    Status updateState(const QString& sql, const QVariantList& binds);

    QSqlDatabase m_db;
};

} // namespace sitegov
