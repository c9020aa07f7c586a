#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sitegov::server {

// A fixed set of worker threads for the requests that need the store (each thread keeps its own
// store connection for the pool's life). Requests reach it only once they have fully arrived.
class WorkerPool final
{
public:
    using Job = std::function<void()>;

    // `onExit` runs on each worker thread as it ends (to release its store connection).
    WorkerPool(int threads, std::function<void()> onExit);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    void submit(Job job);
    // Lets the running jobs finish, drops the queued ones and joins the threads.
    void stop();

    int threads() const { return int(m_threads.size()); }
    long queued() const;
    long busy() const { return m_busy.load(std::memory_order_relaxed); }

private:
    void work();

    std::function<void()> m_onExit;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::atomic<long> m_busy{0};
    std::vector<std::thread> m_threads;
};

} // namespace sitegov::server
