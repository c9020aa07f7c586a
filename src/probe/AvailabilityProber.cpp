#include "probe/AvailabilityProber.h"

#include "probe/RobotsCache.h"

#include <QThread>

namespace sitegov::probe {

AvailabilityProber::AvailabilityProber(Fetcher& fetcher, const ProbeContext& context)
    : m_fetcher(fetcher)
    , m_context(context)
{
}

AvailabilityRecord AvailabilityProber::probe(const ProbeTarget& target, const QDateTime& at)
{
    AvailabilityRecord r;
    r.siteId = target.siteId;
    r.at = at;
    r.url = target.url;
    const QUrl url(target.url);
    if (m_context.robots && !target.settings.ignoreRobots) {
        // Only a robots.txt that was read can forbid the probe; one that cannot be read (the site may
        // be down) does not stop the measurement the indicators require.
        const RobotsCache::Entry robots = m_context.robots->get(m_fetcher, url);
        const QString path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
        if (robots.state == RobotsCache::State::Read && !robots.rules.allows(path)) {
            r.outcome = ProbeOutcome::Robots;
            r.detail = robots.rules.ruleFor(path);
            return r;
        }
    }
    FetchResult first = m_fetcher.fetch(url, Fetcher::Method::Get, false);
    if (!first.ok()) {
        r.firstOutcome = first.outcome;
        r.firstStatus = first.status;
        r.firstLatencyMs = first.latencyMs;
        if (m_context.retryDelayMs > 0)
            QThread::msleep(ulong(m_context.retryDelayMs));
        const FetchResult retry = m_fetcher.fetch(url, Fetcher::Method::Get, false);
        r.detail = QStringLiteral("first try: %1 %2").arg(ProbeVocabulary::key(first.outcome), first.detail).trimmed();
        if (!retry.ok())
            r.detail += QStringLiteral("; retry: %1 %2").arg(ProbeVocabulary::key(retry.outcome), retry.detail);
        first = retry;
    }
    r.outcome = first.outcome;
    r.httpStatus = first.status;
    r.latencyMs = first.latencyMs;
    r.bytes = first.bytes;
    r.sha256 = first.sha256;
    return r;
}

} // namespace sitegov::probe
