#pragma once

#include "server/ApiResponse.h"
#include "server/HttpFront.h"

#include <QtGlobal>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sitegov::server {

class HttpConnection;

// One event loop thread of the HTTP front (epoll): accepts connections from the shared listening
// socket (EPOLLEXCLUSIVE spreads them over the loops), drives its connections, takes the workers'
// answers (an eventfd wakes it) and checks the deadlines four times a second. A connection costs
// a few kilobytes and no thread while it waits.
class IoLoop final
{
public:
    using Clock = HttpFront::Clock;

    IoLoop(HttpFront& front, int listenFd);
    ~IoLoop();
    IoLoop(const IoLoop&) = delete;
    IoLoop& operator=(const IoLoop&) = delete;

    bool start(); // false when epoll or eventfd cannot be had
    // Thread-safe: a worker hands back the answer for a connection (dropped if it has closed).
    void post(quint64 connection, ApiResponse response);
    // Thread-safe: stop accepting, close idle connections, finish the answers under way; after
    // `grace`, close whatever is left. join() waits for the loop's thread.
    void stop(Clock::duration grace);
    void join();

private:
    void run();
    void acceptAll(Clock::time_point now);
    void wake();
    void takeAnswers();
    void tick(Clock::time_point now);
    void reap();

    HttpFront& m_front;
    int m_listenFd;
    int m_epoll = -1;
    int m_wakeFd = -1;
    std::thread m_thread;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<HttpConnection>> m_connections;
    std::vector<quint64> m_dead; // closed during this turn, destroyed at its end
    bool m_listening = false;
    Clock::time_point m_acceptPausedUntil{};
    Clock::time_point m_lastTick{};
    Clock::time_point m_lastAcceptError{};

    std::mutex m_mutex;
    std::vector<std::pair<quint64, ApiResponse>> m_answers;
    bool m_stopRequested = false;
    Clock::duration m_grace{};
    bool m_stopping = false;
    Clock::time_point m_stopDeadline{};
};

} // namespace sitegov::server
