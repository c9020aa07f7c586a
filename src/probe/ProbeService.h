#pragma once

#include "core/Result.h"
#include "probe/ProbeContext.h"
#include "probe/ProbeOptions.h"
#include "storage/ProbeRecords.h"
#include "storage/ProbeStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace sitegov::probe {

class ProbeWorkers;
class RobotsCache;

// sitegov-probe's work: the running sites of the registry, probed on their schedules by a bounded
// set of workers, the results written through storage by the thread that owns the database
// connection. A round (runRound) probes every site once and checks it in full; the service (run)
// keeps each site's schedule (ProbeRules::intervalMinutes, spread over the interval by the site's
// code), checks each site in full once a day at a time of its own, and purges raw rows after 400
// days, until stop().
class ProbeService final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeService)

public:
    struct Round
    {
        int sites = 0;
        int probes = 0;
        int failures = 0;
        int blips = 0;
        int robots = 0; // sites whose robots.txt forbids the homepage (not probed)
        int checks = 0;
        int findings = 0;
        qint64 elapsedMs = 0;
        QList<AvailabilityRecord> records; // this round's probes
        QList<SiteCheckRecord> siteChecks; // this round's daily checks
    };

    ProbeService(ProbeOptions options, QSqlDatabase db);
    ~ProbeService();

    // Reads the options' resolve rules and the --org unit; the error says what is wrong.
    Status prepare();
    Result<Round> runRound(bool checks);
    Status run();
    void stop(); // any thread

    const ProbeContext& context() const { return m_context; }

private:
    Result<QList<ProbeTarget>> targets();
    Status write(QList<AvailabilityRecord>& probes, QList<SiteCheckRecord>& checks, Round* round);
    static qint64 spread(const QString& code, qint64 range);

    ProbeOptions m_options;
    QSqlDatabase m_db;
    ProbeStore m_store;
    ProbeStore::Filter m_filter;
    ProbeContext m_context;
    std::unique_ptr<class HostGate> m_gate;
    std::unique_ptr<RobotsCache> m_robots;
    std::atomic_bool m_stop{false};
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
};

} // namespace sitegov::probe
