#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace sitegov::probe {

// Politeness: at most one request per interval (one second by default) to each host, whichever
// worker sends it. A worker asks before every request and waits, if it must, for the host's next
// slot; slots are handed out in turn, so that two workers on one host keep the spacing.
class HostGate final
{
public:
    explicit HostGate(int intervalMs = 1000);

    // Blocks until this caller may send a request to `host`.
    void acquire(const QString& host);
    int intervalMs() const { return m_intervalMs; }

private:
    using Clock = std::chrono::steady_clock;
    const int m_intervalMs;
    std::mutex m_mutex;
    QHash<QString, Clock::time_point> m_next; // the next free slot per host
    int m_acquired = 0;
};

} // namespace sitegov::probe
