#include "net/CancelToken.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/SocketImpl.h>
#include <chrono>
#include <sys/socket.h>

namespace sitegov::net {

void CancelToken::cancel()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
    if (m_session) {
        // The kernel socket only: shutting it down wakes the worker's blocked poll or recv, which
        // then sees the end of the stream. The TLS state (if any) stays with the worker's thread.
        const poco_socket_t fd = m_session->socket().impl()->sockfd();
        if (fd != POCO_INVALID_SOCKET)
            ::shutdown(fd, SHUT_RDWR);
    }
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
