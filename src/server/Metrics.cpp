#include "server/Metrics.h"

#include <QDateTime>
#include <cstdio>
#include <optional>

namespace sitegov::server {

namespace {

void line(QByteArray& out, const char* format, ...) __attribute__((format(printf, 2, 3)));

void line(QByteArray& out, const char* format, ...)
{
    char buffer[512];
    va_list args;
    va_start(args, format);
    const int n = std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    if (n > 0)
        out.append(buffer, std::min<int>(n, int(sizeof buffer) - 1));
}

void header(QByteArray& out, const char* name, const char* type, const char* help)
{
    line(out, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

// A label value: \, " and newline escaped.
QByteArray label(const QString& value)
{
    QByteArray v = value.toUtf8();
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return v;
}

} // namespace

Metrics::Metrics(QList<std::pair<QString, QString>> routes)
    : m_routes(new Route[routes.size() + 1])
    , m_routeCount(int(routes.size()) + 1)
    , m_startedAt(QDateTime::currentSecsSinceEpoch())
{
    m_routes[0].method = QStringLiteral("-");
    m_routes[0].pattern = QStringLiteral("none");
    for (int i = 0; i < routes.size(); ++i) {
        m_routes[i + 1].method = routes.at(i).first;
        m_routes[i + 1].pattern = routes.at(i).second;
    }
}

int Metrics::statusSlot(int status)
{
    for (std::size_t i = 0; i < kStatuses.size(); ++i) {
        if (kStatuses[i] == status)
            return int(i);
    }
    return int(kStatuses.size()) - 1; // other
}

void Metrics::request(int route, int status, double seconds)
{
    Route& r = m_routes[std::size_t(route >= 0 && route + 1 < m_routeCount ? route + 1 : 0)];
    r.byStatus[std::size_t(statusSlot(status))].fetch_add(1, std::memory_order_relaxed);
    std::size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
        ++bucket;
    r.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    r.micros.fetch_add(quint64(std::max(0.0, seconds) * 1e6 + 0.5), std::memory_order_relaxed);
}

void Metrics::setFrontGauges(std::function<FrontGauges()> source)
{
    const std::lock_guard<std::mutex> lock(m_sourceMutex);
    m_front = std::move(source);
}

void Metrics::setDataVersion(std::function<qint64()> source)
{
    const std::lock_guard<std::mutex> lock(m_sourceMutex);
    m_dataVersion = std::move(source);
}

void Metrics::setStoreNotifications(std::function<quint64()> source)
{
    const std::lock_guard<std::mutex> lock(m_sourceMutex);
    m_storeNotifications = std::move(source);
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out.reserve(8192);
    header(out, "sitegov_http_requests_total", "counter", "Requests answered, by route, method and status.");
    for (int i = 0; i < m_routeCount; ++i) {
        const Route& r = m_routes[std::size_t(i)];
        const QByteArray pattern = label(r.pattern);
        const QByteArray method = label(r.method);
        for (std::size_t s = 0; s < kStatuses.size(); ++s) {
            const quint64 n = r.byStatus[s].load(std::memory_order_relaxed);
            if (n == 0)
                continue;
            const int status = kStatuses[s];
            if (status == 0)
                line(out, "sitegov_http_requests_total{route=\"%s\",method=\"%s\",status=\"other\"} %llu\n",
                    pattern.constData(), method.constData(), static_cast<unsigned long long>(n));
            else
                line(out, "sitegov_http_requests_total{route=\"%s\",method=\"%s\",status=\"%d\"} %llu\n",
                    pattern.constData(), method.constData(), status, static_cast<unsigned long long>(n));
        }
    }

    header(out, "sitegov_http_request_duration_seconds", "histogram",
        "Time from a request's first byte to its answer being queued, by route.");
    for (int i = 0; i < m_routeCount; ++i) {
        const Route& r = m_routes[std::size_t(i)];
        quint64 count = 0;
        for (const auto& b : r.buckets)
            count += b.load(std::memory_order_relaxed);
        if (count == 0)
            continue;
        const QByteArray pattern = label(r.pattern);
        const QByteArray method = label(r.method);
        quint64 cumulative = 0;
        for (std::size_t b = 0; b < kBuckets.size(); ++b) {
            cumulative += r.buckets[b].load(std::memory_order_relaxed);
            line(out, "sitegov_http_request_duration_seconds_bucket{route=\"%s\",method=\"%s\",le=\"%g\"} %llu\n",
                pattern.constData(), method.constData(), kBuckets[b], static_cast<unsigned long long>(cumulative));
        }
        cumulative += r.buckets[kBuckets.size()].load(std::memory_order_relaxed);
        line(out, "sitegov_http_request_duration_seconds_bucket{route=\"%s\",method=\"%s\",le=\"+Inf\"} %llu\n",
            pattern.constData(), method.constData(), static_cast<unsigned long long>(cumulative));
        line(out, "sitegov_http_request_duration_seconds_sum{route=\"%s\",method=\"%s\"} %.6f\n", pattern.constData(),
            method.constData(), double(r.micros.load(std::memory_order_relaxed)) / 1e6);
        line(out, "sitegov_http_request_duration_seconds_count{route=\"%s\",method=\"%s\"} %llu\n", pattern.constData(),
            method.constData(), static_cast<unsigned long long>(cumulative));
    }

    header(out, "sitegov_response_cache_hits_total", "counter", "GET answers served from the response cache.");
    line(out, "sitegov_response_cache_hits_total %llu\n",
        static_cast<unsigned long long>(m_cacheHits.load(std::memory_order_relaxed)));
    header(out, "sitegov_response_cache_misses_total", "counter", "GET answers that had to be produced.");
    line(out, "sitegov_response_cache_misses_total %llu\n",
        static_cast<unsigned long long>(m_cacheMisses.load(std::memory_order_relaxed)));

    FrontGauges front;
    qint64 version = -1;
    std::optional<quint64> notifications;
    {
        const std::lock_guard<std::mutex> lock(m_sourceMutex);
        if (m_front)
            front = m_front();
        if (m_dataVersion)
            version = m_dataVersion();
        if (m_storeNotifications)
            notifications = m_storeNotifications();
    }
    header(out, "sitegov_http_open_connections", "gauge", "Client connections open now.");
    line(out, "sitegov_http_open_connections %lld\n", static_cast<long long>(front.openConnections));
    header(out, "sitegov_http_connections_total", "counter", "Client connections accepted.");
    line(out, "sitegov_http_connections_total %llu\n",
        static_cast<unsigned long long>(m_accepted.load(std::memory_order_relaxed)));
    header(out, "sitegov_http_connections_refused_total", "counter",
        "Connections over a limit: answered 503 (total, per_client), or closed unanswered (no_slot).");
    const char* reasons[] = {"total", "per_client", "no_slot"};
    for (std::size_t i = 0; i < m_refused.size(); ++i)
        line(out, "sitegov_http_connections_refused_total{limit=\"%s\"} %llu\n", reasons[i],
            static_cast<unsigned long long>(m_refused[i].load(std::memory_order_relaxed)));
    header(out, "sitegov_http_malformed_requests_total", "counter", "Requests refused as malformed by the front.");
    line(out, "sitegov_http_malformed_requests_total %llu\n",
        static_cast<unsigned long long>(m_malformed.load(std::memory_order_relaxed)));
    header(out, "sitegov_http_request_timeouts_total", "counter",
        "Requests answered 408: headers or body not arrived within their deadline.");
    line(out, "sitegov_http_request_timeouts_total{phase=\"headers\"} %llu\n",
        static_cast<unsigned long long>(m_headerTimeouts.load(std::memory_order_relaxed)));
    line(out, "sitegov_http_request_timeouts_total{phase=\"body\"} %llu\n",
        static_cast<unsigned long long>(m_bodyTimeouts.load(std::memory_order_relaxed)));
    header(out, "sitegov_worker_queue_length", "gauge", "Requests that have arrived and wait for a worker thread.");
    line(out, "sitegov_worker_queue_length %lld\n", static_cast<long long>(front.queuedRequests));
    header(out, "sitegov_worker_busy", "gauge", "Worker threads serving a request now.");
    line(out, "sitegov_worker_busy %lld\n", static_cast<long long>(front.busyWorkers));
    header(out, "sitegov_worker_threads", "gauge", "Worker threads (--threads).");
    line(out, "sitegov_worker_threads %lld\n", static_cast<long long>(front.workers));
    if (version >= 0) {
        header(out, "sitegov_store_data_version", "gauge", "The store's data version (bumped by every write).");
        line(out, "sitegov_store_data_version %lld\n", static_cast<long long>(version));
    }
    if (notifications) {
        header(out, "sitegov_store_notifications_total", "counter",
            "Writes to the shared database (by any instance or program) announced to this one by a notification.");
        line(out, "sitegov_store_notifications_total %llu\n", static_cast<unsigned long long>(*notifications));
    }
    header(out, "process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch in seconds.");
    line(out, "process_start_time_seconds %lld\n", static_cast<long long>(m_startedAt));
    return out;
}

} // namespace sitegov::server
