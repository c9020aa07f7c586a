#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace Poco::Net {
class HTTPClientSession;
}

namespace sitegov::net {

// Cancels a backend conversation from another thread (the GUI's Cancel button): the flag the
// worker checks between requests, a wait between retries that ends at once, and the socket of
// the request in flight, shut down so that a blocked read returns now instead of at its timeout.
class CancelToken final
{
public:
    CancelToken() = default;
    CancelToken(const CancelToken&) = delete;
    CancelToken& operator=(const CancelToken&) = delete;

    void cancel(); // any thread
    bool isCancelled() const { return m_cancelled.load(); }

    // Waits `ms` milliseconds; false if cancelled before or during the wait.
    bool sleepFor(int ms);

    // The client registers its session while a request is in flight (same thread as the request);
    // false, and nothing registered, when already cancelled.
    bool attach(Poco::Net::HTTPClientSession* session);
    void detach();

private:
    std::atomic_bool m_cancelled{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    Poco::Net::HTTPClientSession* m_session = nullptr;
};

} // namespace sitegov::net
