#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace sitegov::server {

// The server's counters, rendered for GET /metrics in the Prometheus text format (version 0.0.4):
// requests by route, method and status, their latency as a histogram by route, response cache hits
// and misses, connections (open, accepted, refused by limit), requests refused by the front
// (malformed, timed out), and the worker queue. Counting is lock-free (relaxed atomics): any
// thread may count while another renders.
class Metrics final
{
public:
    enum class Refusal
    {
        TotalLimit,
        ClientLimit,
        NoSlot // over the limits and beyond the slots kept to answer 503: closed unanswered
    };

    // What the HTTP front reports when asked (sampled at each rendering).
    struct FrontGauges
    {
        qint64 openConnections = 0;
        qint64 queuedRequests = 0;
        qint64 busyWorkers = 0;
        qint64 workers = 0;
    };

    // `routes`: "METHOD /pattern" of each route, in the router's order.
    explicit Metrics(QList<std::pair<QString, QString>> routes);
    Metrics(const Metrics&) = delete;
    Metrics& operator=(const Metrics&) = delete;

    // `route` is the router's index, or -1 when no route matched (or the request was malformed).
    void request(int route, int status, double seconds);
    void cacheHit() { m_cacheHits.fetch_add(1, std::memory_order_relaxed); }
    void cacheMiss() { m_cacheMisses.fetch_add(1, std::memory_order_relaxed); }
    void connectionAccepted() { m_accepted.fetch_add(1, std::memory_order_relaxed); }
    void connectionRefused(Refusal why) { m_refused[std::size_t(why)].fetch_add(1, std::memory_order_relaxed); }
    void malformed() { m_malformed.fetch_add(1, std::memory_order_relaxed); }
    void headerTimeout() { m_headerTimeouts.fetch_add(1, std::memory_order_relaxed); }
    void bodyTimeout() { m_bodyTimeouts.fetch_add(1, std::memory_order_relaxed); }

    // The HTTP front registers where its gauges come from (and unregisters with an empty function).
    void setFrontGauges(std::function<FrontGauges()> source);
    // The store's data version, shown as a gauge.
    void setDataVersion(std::function<qint64()> source);
    // How many notifications of a write (PostgreSQL's NOTIFY) the store has received, shown as a counter.
    void setStoreNotifications(std::function<quint64()> source);

    QByteArray render() const;

    static constexpr std::array<double, 13> kBuckets{
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

private:
    static constexpr std::array<int, 20> kStatuses{
        200, 201, 304, 400, 401, 403, 404, 405, 408, 409, 413, 414, 415, 431, 500, 501, 503, 505, 0, 0};
    static int statusSlot(int status);

    struct Route
    {
        QString method;
        QString pattern;
        std::array<std::atomic<quint64>, kStatuses.size()> byStatus{};
        std::array<std::atomic<quint64>, kBuckets.size() + 1> buckets{}; // the last: +Inf
        std::atomic<quint64> micros{0};
    };

    std::unique_ptr<Route[]> m_routes; // [0]: no route; [i + 1]: the router's route i
    int m_routeCount = 0;
    std::atomic<quint64> m_cacheHits{0};
    std::atomic<quint64> m_cacheMisses{0};
    std::atomic<quint64> m_accepted{0};
    std::array<std::atomic<quint64>, 3> m_refused{};
    std::atomic<quint64> m_malformed{0};
    std::atomic<quint64> m_headerTimeouts{0};
    std::atomic<quint64> m_bodyTimeouts{0};
    mutable std::mutex m_sourceMutex;
    std::function<FrontGauges()> m_front;
    std::function<qint64()> m_dataVersion;
    std::function<quint64()> m_storeNotifications;
    qint64 m_startedAt = 0; // seconds since the epoch
};

} // namespace sitegov::server
