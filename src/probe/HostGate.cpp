#include "probe/HostGate.h"

#include <thread>

namespace sitegov::probe {

HostGate::HostGate(int intervalMs)
    : m_intervalMs(std::max(0, intervalMs))
{
}

void HostGate::acquire(const QString& host)
{
    Clock::time_point slot;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const Clock::time_point now = Clock::now();
        const QString key = host.toLower();
        const auto it = m_next.constFind(key);
        slot = it == m_next.constEnd() || *it < now ? now : *it;
        m_next.insert(key, slot + std::chrono::milliseconds(m_intervalMs));
        // Forget hosts whose slots are long past, so that the table stays as small as the hosts in use.
        if (++m_acquired % 4096 == 0) {
            for (auto i = m_next.begin(); i != m_next.end();) {
                if (*i < now)
                    i = m_next.erase(i);
                else
                    ++i;
            }
        }
    }
    std::this_thread::sleep_until(slot);
}

} // namespace sitegov::probe
