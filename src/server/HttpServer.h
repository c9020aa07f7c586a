#pragma once

#include "core/Result.h"
#include "server/ServerOptions.h"

#include <memory>

namespace Poco::Net {
class HTTPServer;
}

namespace sitegov::server {

// The HTTP front of sitegov-server: binds, dispatches requests to handlers, logs each request.
class HttpServer final
{
public:
    explicit HttpServer(ServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    Status start();
    void stop();
    quint16 port() const; // the bound port (useful with --listen HOST:0)

private:
    ServerOptions m_options;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
};

} // namespace sitegov::server
