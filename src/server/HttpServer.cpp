#include "server/HttpServer.h"

#include "server/Api.h"
#include "server/RequestHandler.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Thread.h>
#include <Poco/ThreadPool.h>
#include <QDir>
#include <mutex>

namespace sitegov::server {

namespace {

class Factory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(Api& api)
        : m_api(api)
    { }

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& /*request*/) override
    {
        return new RequestHandler(m_api);
    }

private:
    Api& m_api;
};

void initializeSsl()
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
}

} // namespace

HttpServer::HttpServer(ServerOptions options, Api& api)
    : m_options(std::move(options))
    , m_api(api)
{ }

HttpServer::~HttpServer()
{
    stop();
}

Status HttpServer::start()
{
    if (m_server)
        return {};
    Poco::Net::ServerSocket socket;
    Poco::Net::SocketAddress address;
    try {
        address = Poco::Net::SocketAddress(m_options.host.toStdString(), m_options.port);
    } catch (const Poco::Exception& e) {
        return Error{tr("Cannot listen on %1:%2.").arg(m_options.host).arg(m_options.port),
            QString::fromStdString(e.displayText())};
    }

    if (m_options.tls()) {
        try {
            initializeSsl();
            Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE,
                m_options.privateKey.toStdString(), m_options.certificate.toStdString(), std::string(),
                Poco::Net::Context::VERIFY_NONE, 9, false, "HIGH:!aNULL:!MD5:!RC4:!3DES");
            context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3
                | Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
            context->enableSessionCache(true, "sitegov-server");
            Poco::Net::SecureServerSocket secure(context);
            secure.bind(address, true, false); // no SO_REUSEPORT: a port in use is an error
            secure.listen(128);
            socket = secure;
        } catch (const Poco::Exception& e) {
            return Error{tr("Cannot serve HTTPS with the certificate %1 and the key %2.")
                             .arg(QDir::toNativeSeparators(m_options.certificate),
                                 QDir::toNativeSeparators(m_options.privateKey)),
                QString::fromStdString(e.displayText())};
        }
    } else {
        try {
            socket.bind(address, true, false); // no SO_REUSEPORT: a port in use is an error
            socket.listen(128);
        } catch (const Poco::Exception& e) {
            return Error{tr("Cannot listen on %1:%2.").arg(m_options.host).arg(m_options.port),
                QString::fromStdString(e.displayText())};
        }
    }

    try {
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(m_options.threads);
        params->setMaxQueued(512);
        params->setKeepAlive(true);
        params->setKeepAliveTimeout(Poco::Timespan(5, 0));
        params->setMaxKeepAliveRequests(1000); // then the connection closes, so that queued ones get a thread
        params->setTimeout(Poco::Timespan(15, 0));
        params->setServerName("sitegov-server");
        // A fixed set of threads for the server's life: each keeps its own store connection
        // (ServerStore), so threads must not come and go.
        m_pool = std::make_unique<Poco::ThreadPool>(m_options.threads, m_options.threads);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(m_api), *m_pool, socket, params);
        m_server->start();
    } catch (const Poco::Exception& e) {
        m_server.reset();
        m_pool.reset();
        return Error{tr("Cannot start serving on %1:%2.").arg(m_options.host).arg(m_options.port),
            QString::fromStdString(e.displayText())};
    }
    return {};
}

void HttpServer::stop()
{
    if (m_server) {
        // Stop accepting and let the requests in progress finish; connections that are still open
        // after a grace period (idle keep-alive ones) are shut down.
        m_server->stopAll(false);
        for (int i = 0; i < 30 && m_server->currentConnections() > 0; ++i)
            Poco::Thread::sleep(100);
        m_server->stopAll(true);
        m_server.reset();
    }
    if (m_pool) {
        m_pool->joinAll();
        m_pool.reset();
    }
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->port() : 0;
}

} // namespace sitegov::server
