#include "net/CancelToken.h"

#include "net/RequestDeadline.h"

#include <chrono>

namespace sitegov::net {

void CancelToken::cancel()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
    // The kernel socket only: the worker's blocked read returns now (RequestDeadline::shutDown).
    RequestDeadline::shutDown(m_session);
    m_wake.notify_all();
}

bool CancelToken::sleepFor(int ms)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_cancelled.load(); });
    return !m_cancelled;
}

bool CancelToken::attach(Poco::Net::HTTPClientSession* session)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cancelled)
        return false;
    m_session = session;
    return true;
}

void CancelToken::detach()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_session = nullptr;
}

} // namespace sitegov::net
