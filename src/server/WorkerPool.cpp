#include "server/WorkerPool.h"

namespace sitegov::server {

WorkerPool::WorkerPool(int threads, std::function<void()> onExit)
    : m_onExit(std::move(onExit))
{
    m_threads.reserve(std::size_t(threads));
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this]() { work(); });
}

WorkerPool::~WorkerPool()
{
    stop();
}

void WorkerPool::submit(Job job)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping)
            return;
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void WorkerPool::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    for (std::thread& t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

long WorkerPool::queued() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return long(m_queue.size());
}

void WorkerPool::work()
{
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this]() { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy.fetch_add(1, std::memory_order_relaxed);
        }
        job();
        m_busy.fetch_sub(1, std::memory_order_relaxed);
    }
    if (m_onExit)
        m_onExit();
}

} // namespace sitegov::server
