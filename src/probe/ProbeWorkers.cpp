#include "probe/ProbeWorkers.h"

namespace sitegov::probe {

ProbeWorkers::ProbeWorkers(const ProbeContext& context, int count)
    : m_context(context)
{
    for (int i = 0; i < std::max(1, count); ++i)
        m_threads.emplace_back([this] { work(); });
}

ProbeWorkers::~ProbeWorkers()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    for (std::thread& t : m_threads)
        t.join();
}

void ProbeWorkers::submit(Job job)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void ProbeWorkers::clear()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.clear();
    }
    m_idle.notify_all();
}

void ProbeWorkers::wait()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(lock, [this] { return m_jobs.empty() && m_running == 0; });
}

int ProbeWorkers::pending() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_jobs.size()) + m_running;
}

void ProbeWorkers::work()
{
    Fetcher fetcher(m_context.fetch);
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_stop)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            ++m_running;
        }
        job(fetcher);
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            --m_running;
        }
        m_idle.notify_all();
    }
}

} // namespace sitegov::probe
