#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Poco::Net {
class HTTPClientSession;
}

namespace sitegov::net {

// The overall deadline of one request: connect, send, the answer's head and its whole body. The
// per-read timeouts of the socket do not bound a backend that trickles a byte now and then (one byte
// every 10 s never trips a 20 s read timeout); this does. A watchdog thread of its own (started on
// the first request) shuts the socket of the request in flight down when the deadline passes, so
// that the worker's blocked read returns at once, and remembers that it did.
class RequestDeadline final
{
public:
    RequestDeadline() = default;
    ~RequestDeadline(); // ends the watchdog
    RequestDeadline(const RequestDeadline&) = delete;
    RequestDeadline& operator=(const RequestDeadline&) = delete;

    // A request on `session` starts now and must be over within `ms` milliseconds (same thread as
    // the request). Clears expired().
    void arm(Poco::Net::HTTPClientSession* session, int ms);
    // The request ended, or its session is about to be destroyed: nothing is shut down after this.
    void release();
    // Whether the deadline of the last armed request passed before it was released.
    bool expired() const { return m_expired.load(); }

    // Shuts the kernel socket of `session` down (any thread): a blocked poll or recv returns at once
    // and sees the end of the stream. The TLS state, if any, stays with the session's thread.
    static void shutDown(Poco::Net::HTTPClientSession* session);

private:
    void watch();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread;
    bool m_stop = false;
    Poco::Net::HTTPClientSession* m_session = nullptr; // armed while set
    std::chrono::steady_clock::time_point m_at;
    std::atomic_bool m_expired{false};
};

} // namespace sitegov::net
