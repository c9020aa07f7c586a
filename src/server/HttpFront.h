#pragma once

#include "server/ConnectionLimits.h"

#include <atomic>
#include <chrono>
#include <cstddef>

typedef struct ssl_ctx_st SSL_CTX;

namespace sitegov::server {

class Metrics;
class RequestHandler;
class WorkerPool;

// What every connection of the HTTP front shares: its limits and deadlines, and the parts of the
// server a request goes through. Owned by HttpServer; the event loops and connections refer to it.
struct HttpFront
{
    using Clock = std::chrono::steady_clock;

    // Deadlines.
    Clock::duration headerTimeout = std::chrono::seconds(10); // first byte of a request to its last header
    Clock::duration bodyTimeout = std::chrono::seconds(30); // last header to the body's last byte
    Clock::duration idleTimeout = std::chrono::seconds(60); // a kept-alive connection without a request
    Clock::duration sendTimeout = std::chrono::seconds(30); // an answer the client does not read
    Clock::duration lingerTimeout = std::chrono::seconds(2); // reading what a client still sends after the last answer
    Clock::duration refusalTimeout = std::chrono::seconds(2); // a connection being answered 503
    // Sizes (over them: 414 or 431, and the connection closes).
    std::size_t maxTargetBytes = 8 * 1024;
    std::size_t maxHeaderCount = 100;
    std::size_t maxHeaderBytes = 32 * 1024; // request line and headers together

    RequestHandler* handler = nullptr;
    WorkerPool* pool = nullptr;
    Metrics* metrics = nullptr;
    ConnectionLimits* limits = nullptr;
    SSL_CTX* tls = nullptr; // HTTPS when set
    std::atomic<long> openConnections{0};
    std::atomic<bool> stopping{false};
};

} // namespace sitegov::server
