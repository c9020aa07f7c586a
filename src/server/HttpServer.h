#pragma once

#include "core/Result.h"
#include "server/ServerOptions.h"

#include <Poco/AutoPtr.h>
#include <QCoreApplication>
#include <memory>
#include <vector>

namespace Poco::Net {
class Context;
class ServerSocket;
} // namespace Poco::Net

namespace sitegov::server {

class Api;
class ConnectionLimits;
class IoLoop;
class RequestHandler;
class WorkerPool;
struct HttpFront;

// The HTTP(S) front of sitegov-server. Connections live on a few event loops (IoLoop, epoll) and
// cost no thread while they wait; http_parser reads the requests; a request that has fully arrived
// is answered on the loop when memory suffices (health, rules, metrics, cached pages, refusals) and
// otherwise by one of `threads` worker threads. Deadlines for a request's headers and body, limits
// on connections in total and per client address (503 with a JSON error), and JSON errors for
// malformed requests. HTTPS with OpenSSL (a Poco NetSSL context) when the options carry a
// certificate and key.
class HttpServer final
{
    Q_DECLARE_TR_FUNCTIONS(HttpServer)

public:
    HttpServer(ServerOptions options, Api& api);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    Status start();
    // Stops accepting, closes idle connections, lets the answers under way finish (up to 3
    // seconds, then closes what is still open) and joins the threads. Whoever is connected, it
    // returns within those 3 seconds and the time of the slowest request a worker is running.
    void stop();
    quint16 port() const; // the bound port (useful with --listen HOST:0)
    bool secure() const { return m_options.tls(); }
    // The connection limit in force (--max-connections, lowered when the process may not open
    // that many files).
    std::size_t maxConnections() const;

private:
    ServerOptions m_options;
    Api& m_api;
    std::unique_ptr<Poco::Net::ServerSocket> m_socket;
    Poco::AutoPtr<Poco::Net::Context> m_context;
    std::unique_ptr<HttpFront> m_front;
    std::unique_ptr<RequestHandler> m_handler;
    std::unique_ptr<ConnectionLimits> m_limits;
    std::unique_ptr<WorkerPool> m_pool;
    std::vector<std::unique_ptr<IoLoop>> m_loops;
    bool m_running = false;
};

} // namespace sitegov::server
