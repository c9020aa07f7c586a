#include "probe/RobotsCache.h"

#include "core/OfficeClock.h"
#include "probe/Fetcher.h"

namespace sitegov::probe {

RobotsCache::RobotsCache(QString productToken)
    : m_token(std::move(productToken))
{
}

RobotsCache::Entry RobotsCache::get(Fetcher& fetcher, const QUrl& url)
{
    const QString origin = url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + u':'
        + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
    const QDateTime now = OfficeClock::nowUtc();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_entries.constFind(origin);
        if (it != m_entries.constEnd() && it->fetchedAt.secsTo(now) < 24 * 3600)
            return *it;
    }
    QUrl robots = url;
    robots.setPath(QStringLiteral("/robots.txt"));
    robots.setQuery(QString());
    robots.setFragment(QString());
    const FetchResult r = fetcher.fetch(robots);
    Entry e;
    e.fetchedAt = now;
    e.status = r.status;
    if (r.ok()) {
        e.state = State::Read;
        e.rules = RobotsTxt::parse(r.body, m_token);
    } else if (r.outcome == ProbeOutcome::HttpStatus && r.status >= 400 && r.status < 500) {
        e.state = State::Missing;
        e.rules = RobotsTxt::allowAll();
    } else {
        e.state = State::Unreachable;
        e.rules = RobotsTxt::disallowAll();
    }
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.insert(origin, e);
    return e;
}

} // namespace sitegov::probe
