#include "server/IoLoop.h"

#include "server/HttpConnection.h"
#include "server/Metrics.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sitegov::server {

namespace {

constexpr int kTickMs = 250;
constexpr int kAcceptBatch = 64;

// Markers in epoll_event.data.ptr for the two descriptors that are not connections.
char kListenerTag;
char kWakeTag;

std::string addressText(const sockaddr_storage& a)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (a.ss_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(&a);
        ::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    } else if (a.ss_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&a);
        if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr))
            ::inet_ntop(AF_INET, &in6->sin6_addr.s6_addr[12], text, sizeof text);
        else
            ::inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
    }
    return text[0] ? std::string(text) : std::string("?");
}

} // namespace

IoLoop::IoLoop(HttpFront& front, int listenFd)
    : m_front(front)
    , m_listenFd(listenFd)
{ }

IoLoop::~IoLoop()
{
    join();
    m_connections.clear();
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool IoLoop::start()
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wakeFd < 0)
        return false;
    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.ptr = &kWakeTag;
    epoll_event listen{};
    listen.events = EPOLLIN | EPOLLEXCLUSIVE;
    listen.data.ptr = &kListenerTag;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &wake) != 0
        || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listenFd, &listen) != 0)
        return false;
    m_listening = true;
    m_thread = std::thread([this]() { run(); });
    return true;
}

void IoLoop::post(quint64 connection, ApiResponse response)
{
    bool first = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        first = m_answers.empty();
        m_answers.emplace_back(connection, std::move(response));
    }
    if (first)
        wake();
}

void IoLoop::stop(Clock::duration grace)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopRequested = true;
        m_grace = grace;
    }
    wake();
}

void IoLoop::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void IoLoop::wake()
{
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

void IoLoop::run()
{
    epoll_event events[256];
    for (;;) {
        const int n = ::epoll_wait(m_epoll, events, 256, kTickMs);
        const Clock::time_point now = Clock::now();
        for (int i = 0; i < n; ++i) {
            void* tag = events[i].data.ptr;
            if (tag == &kListenerTag) {
                acceptAll(now);
            } else if (tag == &kWakeTag) {
                std::uint64_t count = 0;
                [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &count, sizeof count);
                takeAnswers();
            } else {
                auto* c = static_cast<HttpConnection*>(tag);
                c->onEvents(events[i].events);
                if (c->finished())
                    m_dead.push_back(c->id());
            }
        }
        if (now - m_lastTick >= std::chrono::milliseconds(kTickMs)) {
            m_lastTick = now;
            tick(now);
        }
        reap();
        if (m_stopping && (m_connections.empty() || now >= m_stopDeadline))
            break;
    }
    m_connections.clear(); // closes what is left
}

void IoLoop::acceptAll(Clock::time_point now)
{
    for (int i = 0; i < kAcceptBatch && m_listening; ++i) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        const int fd
            = ::accept4(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // Out of descriptors: stop accepting for a moment (the listening socket stays
                // readable and would wake this loop again and again), and say so once a second.
                if (now - m_lastAcceptError >= std::chrono::seconds(1)) {
                    m_lastAcceptError = now;
                    std::fprintf(stderr, "error: cannot accept a connection: %s\n", std::strerror(errno));
                }
                ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listenFd, nullptr);
                m_listening = false;
                m_acceptPausedUntil = now + std::chrono::milliseconds(100);
            }
            return;
        }
        std::string peer = addressText(address);
        const ConnectionLimits::Verdict verdict = m_front.limits->open(peer);
        if (verdict == ConnectionLimits::Verdict::Drop) {
            m_front.metrics->connectionRefused(Metrics::Refusal::NoSlot);
            if (now - m_lastAcceptError >= std::chrono::seconds(1)) {
                m_lastAcceptError = now;
                std::fprintf(stderr, "refused: connection from %s closed unanswered (over the limits, %zu open)\n",
                    peer.c_str(), m_front.limits->current());
            }
            ::close(fd);
            continue;
        }
        if (verdict == ConnectionLimits::Verdict::OverTotal)
            m_front.metrics->connectionRefused(Metrics::Refusal::TotalLimit);
        else if (verdict == ConnectionLimits::Verdict::OverClient)
            m_front.metrics->connectionRefused(Metrics::Refusal::ClientLimit);
        else
            m_front.metrics->connectionAccepted();
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        const quint64 id = m_nextId++;
        auto connection = std::make_unique<HttpConnection>(*this, m_front, fd, id, std::move(peer), verdict);
        epoll_event e{};
        e.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
        e.data.ptr = connection.get();
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &e) != 0)
            continue; // the connection closes as it goes
        HttpConnection* c = connection.get();
        m_connections.emplace(id, std::move(connection));
        c->start();
        if (c->finished())
            m_dead.push_back(id);
    }
}

void IoLoop::takeAnswers()
{
    std::vector<std::pair<quint64, ApiResponse>> answers;
    bool stop = false;
    Clock::duration grace{};
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        answers.swap(m_answers);
        stop = m_stopRequested;
        grace = m_grace;
    }
    for (auto& [id, response] : answers) {
        const auto it = m_connections.find(id);
        if (it != m_connections.end()) {
            it->second->onAnswer(std::move(response));
            if (it->second->finished())
                m_dead.push_back(id);
        }
    }
    if (stop && !m_stopping) {
        m_stopping = true;
        m_stopDeadline = Clock::now() + grace;
        if (m_listening)
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listenFd, nullptr);
        m_listening = false;
        for (auto& [id, c] : m_connections) {
            c->onStop();
            if (c->finished())
                m_dead.push_back(id);
        }
    }
}

void IoLoop::tick(Clock::time_point now)
{
    if (!m_listening && !m_stopping && now >= m_acceptPausedUntil) {
        epoll_event listen{};
        listen.events = EPOLLIN | EPOLLEXCLUSIVE;
        listen.data.ptr = &kListenerTag;
        m_listening = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listenFd, &listen) == 0;
    }
    for (auto& [id, c] : m_connections) {
        c->onTick(now);
        if (c->finished())
            m_dead.push_back(id);
    }
}

// Connections are destroyed after the batch of events that closed them: a later event of the
// same batch may still point at one.
void IoLoop::reap()
{
    for (const quint64 id : m_dead)
        m_connections.erase(id);
    m_dead.clear();
}

} // namespace sitegov::server
