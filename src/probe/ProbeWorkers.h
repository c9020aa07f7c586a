#pragma once

#include "probe/ProbeContext.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sitegov::probe {

// A bounded set of worker threads, each with its own Fetcher (Poco sessions and the deadline
// watchdog belong to one thread): the probe's concurrency. Jobs run in the order given.
class ProbeWorkers final
{
public:
    using Job = std::function<void(Fetcher&)>;

    ProbeWorkers(const ProbeContext& context, int count);
    ~ProbeWorkers(); // finishes the jobs under way, drops the rest
    ProbeWorkers(const ProbeWorkers&) = delete;
    ProbeWorkers& operator=(const ProbeWorkers&) = delete;

    void submit(Job job);
    // Drops the jobs not started yet.
    void clear();
    // Blocks until every job submitted so far has finished.
    void wait();
    int pending() const;

private:
    void work();

    const ProbeContext& m_context;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Job> m_jobs;
    int m_running = 0;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace sitegov::probe
