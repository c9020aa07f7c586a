#pragma once

#include "core/Result.h"
#include "server/ServerOptions.h"

#include <QCoreApplication>
#include <memory>

namespace Poco {
class ThreadPool;
}
namespace Poco::Net {
class HTTPServer;
}

namespace sitegov::server {

class Api;

// The HTTP(S) front of sitegov-server: binds, runs a pool of worker threads (one per open
// connection), and hands each request to a RequestHandler over the Api. HTTPS (Poco NetSSL) when
// the options carry a certificate and key.
class HttpServer final
{
    Q_DECLARE_TR_FUNCTIONS(HttpServer)

public:
    HttpServer(ServerOptions options, Api& api);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    Status start();
    // Stops accepting, lets the requests in progress finish (up to 3 seconds, then closes what is
    // still open, such as idle keep-alive connections) and joins the worker threads.
    void stop();
    quint16 port() const; // the bound port (useful with --listen HOST:0)
    bool secure() const { return m_options.tls(); }

private:
    ServerOptions m_options;
    Api& m_api;
    std::unique_ptr<Poco::ThreadPool> m_pool;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

} // namespace sitegov::server
