#include "probe/ProbeService.h"

#include "core/OfficeClock.h"
#include "core/RepostRules.h"
#include "probe/AvailabilityProber.h"
#include "probe/HostGate.h"
#include "probe/ProbeWorkers.h"
#include "probe/RobotsCache.h"
#include "probe/SiteChecker.h"
#include "storage/RegistryQueries.h"

#include <QElapsedTimer>
#include <QSet>
#include <iostream>

namespace sitegov::probe {

ProbeService::ProbeService(ProbeOptions options, QSqlDatabase db)
    : m_options(std::move(options))
    , m_db(db)
    , m_store(db)
{
}

ProbeService::~ProbeService() = default;

Status ProbeService::prepare()
{
    auto resolve = ResolveMap::parse(m_options.resolve);
    if (!resolve)
        return resolve.error();
    m_gate = std::make_unique<HostGate>(m_options.hostIntervalMs);
    m_robots = std::make_unique<RobotsCache>(ProbeOptions::productToken());
    m_context.fetch.resolve = *resolve;
    m_context.fetch.userAgent = m_options.effectiveUserAgent();
    m_context.fetch.caFile = m_options.caFile;
    m_context.fetch.limitMs = m_options.limitSeconds * 1000;
    m_context.fetch.gate = m_gate.get();
    m_context.robots = m_robots.get();
    m_context.retryDelayMs = m_options.retryDelayMs;
    m_context.maxLinksPerSite = m_options.maxLinks;
    m_filter.siteCode = m_options.site.trimmed();
    if (!m_options.org.trimmed().isEmpty()) {
        const auto units = RegistryQueries(m_db).unitsMatching(m_options.org);
        if (!units)
            return units.error();
        if (units->size() != 1) {
            return Error{units->isEmpty() ? tr("No unit \"%1\": give its 6-digit division code, its number or its exact "
                                               "name.")
                                                .arg(m_options.org)
                                          : tr("More than one unit is named \"%1\": give its number.").arg(m_options.org),
                {}};
        }
        m_filter.orgId = units->constFirst().id;
    }
    return {};
}

qint64 ProbeService::spread(const QString& code, qint64 range)
{
    if (range <= 0)
        return 0;
    return qint64(qHash(code, 20171128u) % quint64(range));
}

Result<QList<ProbeTarget>> ProbeService::targets()
{
    return m_store.targets(m_filter, OfficeClock::nowUtc());
}

Status ProbeService::write(QList<AvailabilityRecord>& probes, QList<SiteCheckRecord>& checks, Round* round)
{
    QList<AvailabilityRecord> counted;
    for (const AvailabilityRecord& p : probes) {
        if (round) {
            round->records.append(p);
            if (p.outcome == ProbeOutcome::Robots) {
                ++round->robots;
                continue;
            }
            ++round->probes;
            round->failures += p.failed() ? 1 : 0;
            round->blips += p.blip() ? 1 : 0;
        }
        if (p.outcome != ProbeOutcome::Robots)
            counted.append(p);
    }
    if (const Status s = m_store.recordAvailability(counted); !s)
        return s;
    for (SiteCheckRecord& c : checks) {
        if (round) {
            ++round->checks;
            round->findings += int(c.findings.size());
            round->siteChecks.append(c);
        }
        if (const Status s = m_store.recordSiteCheck(c); !s)
            return s;
    }
    probes.clear();
    checks.clear();
    return {};
}

Result<ProbeService::Round> ProbeService::runRound(bool checks)
{
    QElapsedTimer timer;
    timer.start();
    Round round;
    const auto list = targets();
    if (!list)
        return list.error();
    round.sites = int(list->size());
    QHash<qint64, QStringList> suspected;
    if (checks) {
        for (const ProbeTarget& t : *list) {
            const auto s = m_store.openSubjects(t.siteId, FindingKind::SuspectedLink);
            if (!s)
                return s.error();
            suspected.insert(t.siteId, *s);
        }
    }
    std::mutex mutex;
    QList<AvailabilityRecord> probes;
    QList<SiteCheckRecord> done;
    {
        ProbeWorkers workers(m_context, m_options.workers);
        const QDate today = OfficeClock::today();
        for (const ProbeTarget& t : *list) {
            workers.submit([this, t, checks, today, &mutex, &probes, &done, s = suspected.value(t.siteId)](Fetcher& f) {
                AvailabilityProber prober(f, m_context);
                AvailabilityRecord r = prober.probe(t, OfficeClock::nowUtc());
                std::optional<SiteCheckRecord> check;
                if (checks)
                    check = SiteChecker(f, m_context).check(t, OfficeClock::nowUtc(), today, s);
                const std::lock_guard<std::mutex> lock(mutex);
                probes.append(r);
                if (check)
                    done.append(*check);
            });
        }
        workers.wait();
    }
    std::sort(probes.begin(), probes.end(),
        [](const AvailabilityRecord& a, const AvailabilityRecord& b) { return a.siteId < b.siteId; });
    std::sort(done.begin(), done.end(),
        [](const SiteCheckRecord& a, const SiteCheckRecord& b) { return a.siteId < b.siteId; });
    if (const Status s = write(probes, done, &round); !s)
        return s.error();
    round.elapsedMs = timer.elapsed();
    return round;
}

void ProbeService::stop()
{
    m_stop = true;
    m_wake.notify_all();
}

Status ProbeService::run()
{
    const auto lastProbes = m_store.lastProbes();
    if (!lastProbes)
        return lastProbes.error();
    const auto lastChecks = m_store.lastChecks();
    if (!lastChecks)
        return lastChecks.error();
    QHash<qint64, QDateTime> nextProbe;
    QHash<qint64, QDate> checkedOn;
    for (auto it = lastChecks->cbegin(); it != lastChecks->cend(); ++it)
        checkedOn.insert(it.key(), OfficeClock::toOffice(*it).date());
    QSet<qint64> inFlight;
    QSet<qint64> checking;
    QHash<qint64, QDateTime> repostCheckedAt;
    QList<SiteCheckRecord> reposts; // repost-only checks that found something
    std::mutex mutex;
    QList<AvailabilityRecord> probes;
    QList<SiteCheckRecord> done;
    ProbeWorkers workers(m_context, m_options.workers);
    QList<ProbeTarget> list;
    QDateTime refreshed;
    QDate purgedOn;
    std::clog << "sitegov-probe: " << m_context.fetch.userAgent.toStdString() << ", " << m_options.workers
              << " workers, one request per " << m_options.hostIntervalMs << " ms per host" << std::endl;
    while (!m_stop) {
        const QDateTime now = OfficeClock::nowUtc();
        const QDate today = OfficeClock::toOffice(now).date();
        if (!refreshed.isValid() || refreshed.secsTo(now) >= 300) {
            const auto fresh = targets();
            if (!fresh) {
                std::cerr << fresh.error().fullText().toStdString() << std::endl;
            } else {
                list = *fresh;
                refreshed = now;
                std::clog << "sitegov-probe: " << list.size() << " running sites to probe" << std::endl;
            }
        }
        for (const ProbeTarget& t : list) {
            const qint64 interval = qint64(ProbeRules::intervalMinutes(t.keyPortal, t.settings.intervalMinutes)) * 60;
            auto next = nextProbe.find(t.siteId);
            if (next == nextProbe.end()) {
                const QDateTime last = lastProbes->value(t.siteId);
                // Never probed: at a moment of the interval of its own, so that probes spread over it.
                const QDateTime first = last.isValid() ? last.addSecs(interval) : now.addSecs(spread(t.code, interval));
                next = nextProbe.insert(t.siteId, first);
            }
            if (*next > now || inFlight.contains(t.siteId))
                continue;
            // The next slot keeps the site's place in the interval; one missed is not made up twice.
            QDateTime following = next->addSecs(interval);
            if (following <= now)
                following = now.addSecs(interval);
            *next = following;
            inFlight.insert(t.siteId);
            const bool checkDue = checkedOn.value(t.siteId) < today && !checking.contains(t.siteId)
                && now >= OfficeClock::startOfDay(today).addSecs(2 * 3600 + spread(t.code, 20 * 3600));
            // Between the daily checks, a portal's designated repost column is read every hour while
            // it has open key policy items to repost (docs/design/reposts.md).
            const bool repostDue = !checkDue && !t.policies.isEmpty()
                && (!repostCheckedAt.contains(t.siteId)
                    || repostCheckedAt.value(t.siteId).secsTo(now) >= qint64(RepostRules::kCheckMinutes) * 60);
            if (repostDue)
                repostCheckedAt.insert(t.siteId, now);
            QStringList suspected;
            if (checkDue) {
                checking.insert(t.siteId);
                checkedOn.insert(t.siteId, today);
                if (const auto s = m_store.openSubjects(t.siteId, FindingKind::SuspectedLink))
                    suspected = *s;
            }
            workers.submit(
                [this, t, checkDue, repostDue, today, suspected, &mutex, &probes, &done, &reposts](Fetcher& f) {
                    AvailabilityRecord r = AvailabilityProber(f, m_context).probe(t, OfficeClock::nowUtc());
                    {
                        const std::lock_guard<std::mutex> lock(mutex);
                        probes.append(r);
                    }
                    if (repostDue && !r.failed()) {
                        SiteCheckRecord c = SiteChecker(f, m_context).checkReposts(t, OfficeClock::nowUtc(), today);
                        if (!c.reposts.isEmpty()) {
                            const std::lock_guard<std::mutex> lock(mutex);
                            reposts.append(c);
                        }
                    }
                    if (checkDue) {
                        SiteCheckRecord c = SiteChecker(f, m_context).check(t, OfficeClock::nowUtc(), today, suspected);
                        const std::lock_guard<std::mutex> lock(mutex);
                        done.append(c);
                    }
                });
        }
        QList<AvailabilityRecord> batch;
        QList<SiteCheckRecord> checks;
        {
            const std::lock_guard<std::mutex> lock(mutex);
            batch.swap(probes);
            checks.swap(done);
            checks.append(reposts);
            reposts.clear();
        }
        for (const AvailabilityRecord& r : batch)
            inFlight.remove(r.siteId);
        for (const SiteCheckRecord& c : checks) {
            if (!c.repostsOnly)
                checking.remove(c.siteId);
        }
        // A probe whose daily check still runs stays in flight until the check is written.
        for (qint64 id : checking)
            inFlight.insert(id);
        if (const Status s = write(batch, checks, nullptr); !s)
            std::cerr << s.error().fullText().toStdString() << std::endl;
        if (purgedOn != today) {
            const auto purged = m_store.purge(now.addDays(-ProbeStore::kKeepDays));
            if (!purged)
                std::cerr << purged.error().fullText().toStdString() << std::endl;
            else if (*purged > 0)
                std::clog << "sitegov-probe: " << *purged << " rows older than " << ProbeStore::kKeepDays
                          << " days deleted (their daily counts stay)" << std::endl;
            purgedOn = today;
        }
        std::unique_lock<std::mutex> lock(m_wakeMutex);
        m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stop.load(); });
    }
    workers.clear();
    workers.wait();
    QList<AvailabilityRecord> batch;
    QList<SiteCheckRecord> checks;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        batch.swap(probes);
        checks.swap(done);
        checks.append(reposts);
    }
    return write(batch, checks, nullptr);
}

} // namespace sitegov::probe
