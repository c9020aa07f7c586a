#include "net/ScoreSync.h"

#include "net/CancelToken.h"
#include "net/NetError.h"
#include "net/ScoreClient.h"
#include "storage/ScoreCache.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace sitegov::net {

namespace {

// The pages of the listed periods, in order, fetched and parsed by a thread of its own up to
// kAhead pages ahead of the one that writes them. The client is used by that thread alone from
// construction until finish() (or destruction) has joined it.
class PageFeed final
{
public:
    struct Request
    {
        Period period;
        QByteArray etag; // of the cached period, for If-None-Match
    };
    struct Page
    {
        Result<ScoreClient::PageAnswer> answer = ScoreClient::PageAnswer{};
        bool last = false; // the period's last page (or its 304)
    };

    PageFeed(ScoreClient& client, CancelToken* cancel, QList<Request> requests)
        : m_client(client)
        , m_cancel(cancel)
        , m_requests(std::move(requests))
    {
        m_thread = std::thread([this] {
            fetchAll();
            const std::lock_guard lock(m_mutex);
            m_done = true;
            m_changed.notify_all();
        });
    }

    ~PageFeed() { finish(); }
    PageFeed(const PageFeed&) = delete;
    PageFeed& operator=(const PageFeed&) = delete;

    // The next page (of `period`), waiting for it; after an error, the error again.
    Page next(const Period& period)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_pages.empty() || m_done; });
        if (m_pages.empty()) { // the fetching thread ended before the period's last page: never expected
            return {NetError::make(Failure::BadAnswer,
                        ScoreSync::tr("The backend's pages of %1 do not come to an end.").arg(period.toString())),
                true};
        }
        Page page = std::move(m_pages.front());
        if (page.answer)
            m_pages.pop_front();
        m_changed.notify_all();
        return page;
    }

    // Stops fetching (after the request in flight, if any) and joins the thread.
    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    // Up to this many pages wait to be written (500 scores each by default): enough to keep the
    // fetch going while a period is written, without holding a second period in memory.
    static constexpr size_t kAhead = 8;

    // False when told to stop.
    bool push(Page page)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_pages.size() < kAhead; });
        if (m_stop)
            return false;
        m_pages.push_back(std::move(page));
        m_changed.notify_all();
        return true;
    }

    bool stopped()
    {
        const std::lock_guard lock(m_mutex);
        return m_stop;
    }

    void fetchAll()
    {
        for (const Request& r : std::as_const(m_requests)) {
            auto first = m_client.scores(r.period, {}, r.etag);
            if (!first) {
                push({first.error(), true});
                return;
            }
            if (first->notModified) {
                if (!push({std::move(first), true}))
                    return;
                continue;
            }
            QString cursor = first->page.nextCursor;
            qint64 rows = first->page.items.size();
            if (!push({std::move(first), cursor.isEmpty()}))
                return;
            QSet<QString> cursors;
            while (!cursor.isEmpty()) {
                if (stopped())
                    return;
                if (m_cancel && m_cancel->isCancelled()) {
                    push({NetError::make(Failure::Cancelled, {}), true});
                    return;
                }
                if (cursors.contains(cursor) || rows > ScoreSync::kMaxRowsPerPeriod) {
                    push({NetError::make(Failure::BadAnswer,
                              ScoreSync::tr("The backend's pages of %1 do not come to an end.").arg(r.period.toString())),
                        true});
                    return;
                }
                cursors.insert(cursor);
                auto next = m_client.scores(r.period, cursor);
                if (!next) {
                    push({next.error(), true});
                    return;
                }
                cursor = next->page.nextCursor;
                rows += next->page.items.size();
                if (!push({std::move(next), cursor.isEmpty()}))
                    return;
            }
        }
    }

    ScoreClient& m_client;
    CancelToken* m_cancel;
    const QList<Request> m_requests;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Page> m_pages;
    bool m_stop = false;
    bool m_done = false; // fetchAll() has returned
    std::thread m_thread;
};

} // namespace

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
    QList<PageFeed::Request> requests;
    for (const BackendPeriod& entry : std::as_const(periods)) {
        const auto known = cached.constFind(entry.period);
        requests.append({entry.period,
            known != cached.constEnd() && known->backendUrl == url ? known->etag : QByteArray()});
    }
    // The pages are fetched and parsed on a thread of their own, a few pages ahead, while this one
    // writes the periods already read: the backend, the parse and the cache's inserts overlap.
    PageFeed feed(client, cancel, std::move(requests));
    for (const BackendPeriod& entry : std::as_const(periods)) {
        const Period& period = entry.period;
        keep.append(period);
        p.period = period;
        if (progress)
            progress(p);
        if (cancel && cancel->isCancelled())
            return failed(NetError::make(Failure::Cancelled, {}));

        const auto known = cached.constFind(period);
        // Scores that changed while the pages were read can repeat a site or miss one: the first
        // of a site is kept, and the period is stored as read, but without its ETag, so that the
        // next sync reads it again.
        QByteArray storedEtag;
        QList<SiteScore> unique;
        QSet<QString> seen;
        qint64 read = 0;
        int matched = 0;
        bool first = true;
        bool notModified = false;
        for (;;) {
            PageFeed::Page page = feed.next(period);
            if (!page.answer)
                return failed(page.answer.error());
            if (first) {
                storedEtag = page.answer->etag;
                notModified = page.answer->notModified;
                first = false;
            }
            if (notModified)
                break;
            ScorePage& items = page.answer.value().page;
            read += items.items.size();
            matched = items.matched;
            for (SiteScore& s : items.items) {
                if (!seen.contains(s.siteCode)) {
                    seen.insert(s.siteCode);
                    unique.append(std::move(s));
                }
            }
            if (page.last)
                break;
            p.rows = outcome.rows + read;
            if (progress)
                progress(p);
        }
        if (notModified) {
            if (const Status s = cache.confirmPeriod(period); !s)
                return failed(s.error());
            ++outcome.unchanged;
            ++p.done;
            continue;
        }
        if (unique.size() != read || unique.size() != matched)
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
    feed.finish();

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
