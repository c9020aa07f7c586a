#include "net/RequestDeadline.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/SocketImpl.h>
#include <sys/socket.h>

namespace sitegov::net {

RequestDeadline::~RequestDeadline()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_session = nullptr;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RequestDeadline::shutDown(Poco::Net::HTTPClientSession* session)
{
    if (!session)
        return;
    const poco_socket_t fd = session->socket().impl()->sockfd();
    if (fd != POCO_INVALID_SOCKET)
        ::shutdown(fd, SHUT_RDWR);
}

void RequestDeadline::arm(Poco::Net::HTTPClientSession* session, int ms)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_session = session;
        m_at = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        m_expired = false;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { watch(); });
    }
    m_wake.notify_all();
}

void RequestDeadline::release()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_session = nullptr;
    }
    m_wake.notify_all();
}

void RequestDeadline::watch()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        if (!m_session) {
            m_wake.wait(lock, [this] { return m_stop || m_session != nullptr; });
            continue;
        }
        const auto at = m_at;
        if (m_wake.wait_until(lock, at, [this, at] { return m_stop || !m_session || m_at != at; }))
            continue; // stopped, released or armed again
        // The deadline passed with the request still in flight.
        m_expired = true;
        shutDown(m_session);
        m_session = nullptr;
    }
}

} // namespace sitegov::net
