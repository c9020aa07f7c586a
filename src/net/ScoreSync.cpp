#include "net/ScoreSync.h"

#include "net/CancelToken.h"
#include "net/NetError.h"
#include "net/ScoreClient.h"
#include "storage/ScoreCache.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sitegov::net {

Result<ScoreSync::Outcome> ScoreSync::run(
    QSqlDatabase& db, const ClientOptions& options, CancelToken* cancel, const ProgressFn& progress)
{
    ScoreCache cache(db);
    const QString url = options.baseUrl.trimmed();
    if (const Status s = cache.recordAttempt(url); !s)
        return s.error();
    ScoreClient client(options, cancel);
    Outcome outcome;
    auto failed = [&](Error error) -> Result<Outcome> {
        if (NetError::failure(error) == Failure::Cancelled) {
            error.message = tr("The sync was cancelled. The periods it had finished are stored; the others are as "
                               "they were.");
        }
        // The failure is recorded; if even that fails, the sync's own error is the one to report.
        (void)cache.recordFailure(url, error);
        return error;
    };
    if (const Status s = client.validate(); !s)
        return failed(s.error());

    auto listed = client.periods();
    if (!listed)
        return failed(listed.error());
    QList<BackendPeriod> periods = std::move(listed).value();
    std::sort(periods.begin(), periods.end(),
        [](const BackendPeriod& a, const BackendPeriod& b) { return b.period < a.period; });

    const auto cachedList = cache.periods();
    if (!cachedList)
        return failed(cachedList.error());
    QHash<Period, CachedPeriod> cached;
    for (const CachedPeriod& c : *cachedList)
        cached.insert(c.period, c);
    if (periods.isEmpty() && !cached.isEmpty()) {
        return failed(NetError::make(Failure::BadAnswer,
            tr("The backend says it has no scores at all, while the cache holds %n period(s): it has lost its data or "
               "is another backend. The cache was kept as it was.",
                nullptr, int(cached.size()))));
    }

    Progress p;
    p.total = int(periods.size());
    QList<Period> keep;
    for (const BackendPeriod& entry : std::as_const(periods)) {
        const Period& period = entry.period;
        keep.append(period);
        p.period = period;
        if (progress)
            progress(p);
        if (cancel && cancel->isCancelled())
            return failed(NetError::make(Failure::Cancelled, {}));

        const auto known = cached.constFind(period);
        const QByteArray etag = known != cached.constEnd() && known->backendUrl == url ? known->etag : QByteArray();
        auto first = client.scores(period, {}, etag);
        if (!first)
            return failed(first.error());
        if (first->notModified) {
            if (const Status s = cache.confirmPeriod(period); !s)
                return failed(s.error());
            ++outcome.unchanged;
            ++p.done;
            continue;
        }

        QList<SiteScore> rows = std::move(first->page.items);
        QString cursor = first->page.nextCursor;
        int matched = first->page.matched;
        QSet<QString> cursors;
        while (!cursor.isEmpty()) {
            if (cursors.contains(cursor) || rows.size() > kMaxRowsPerPeriod) {
                return failed(NetError::make(Failure::BadAnswer,
                    tr("The backend's pages of %1 do not come to an end.").arg(period.toString())));
            }
            cursors.insert(cursor);
            p.rows = outcome.rows + rows.size();
            if (progress)
                progress(p);
            auto next = client.scores(period, cursor);
            if (!next)
                return failed(next.error());
            rows += next->page.items;
            cursor = next->page.nextCursor;
            matched = next->page.matched;
        }

        // Scores that changed while the pages were read can repeat a site or miss one. The period
        // is stored as read, but without its ETag, so that the next sync reads it again.
        QByteArray storedEtag = first->etag;
        QSet<QString> seen;
        seen.reserve(rows.size());
        QList<SiteScore> unique;
        unique.reserve(rows.size());
        for (SiteScore& s : rows) {
            if (!seen.contains(s.siteCode)) {
                seen.insert(s.siteCode);
                unique.append(std::move(s));
            }
        }
        if (unique.size() != rows.size() || unique.size() != matched)
            storedEtag.clear();

        if (cancel && cancel->isCancelled())
            return failed(NetError::make(Failure::Cancelled, {}));
        if (unique.isEmpty() && known != cached.constEnd() && known->sites > 0) {
            // A listed period without a single score: nothing positive to replace the cached rows with.
            ++outcome.kept;
            ++p.done;
            continue;
        }
        if (const Status s = cache.replacePeriod(url, period, storedEtag, unique); !s)
            return failed(s.error());
        ++outcome.changed;
        outcome.rows += unique.size();
        ++p.done;
        p.rows = outcome.rows;
    }

    // Every listed period was read. The cached periods the backend no longer lists go only when it
    // still lists more of the cached ones than it leaves out.
    QList<Period> unlisted;
    int confirmed = 0;
    for (const CachedPeriod& c : *cachedList) {
        if (keep.contains(c.period))
            ++confirmed;
        else
            unlisted.append(c.period);
    }
    if (!unlisted.isEmpty()) {
        if (confirmed > unlisted.size()) {
            if (const Status s = cache.dropPeriods(unlisted); !s)
                return failed(s.error());
            outcome.removed = int(unlisted.size());
        } else {
            outcome.kept += int(unlisted.size());
        }
    }
    outcome.periods = int(periods.size());
    outcome.requests = client.requestsSent();
    outcome.bytes = client.bytesReceived();
    if (progress)
        progress(p);
    if (const Status s = cache.recordSuccess(url); !s)
        return s.error();
    return outcome;
}

} // namespace sitegov::net
