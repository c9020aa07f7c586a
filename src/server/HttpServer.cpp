#include "server/HttpServer.h"

#include "server/Api.h"
#include "server/ConnectionLimits.h"
#include "server/HttpFront.h"
#include "server/IoLoop.h"
#include "server/RequestHandler.h"
#include "server/WorkerPool.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <QDir>
#include <algorithm>
#include <http_parser.h>
#include <iostream>
#include <mutex>
#include <sys/resource.h>
#include <thread>

namespace sitegov::server {

namespace {

void initializeSsl()
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Net::initializeSSL(); });
}

// Lets the process open as many files as the system allows it (the soft limit is often 1,024, the
// hard one much higher): each connection is a descriptor. Returns the limit in force.
rlim_t raiseFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur;
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
    if (m_running)
        return {};
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
            m_context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, m_options.privateKey.toStdString(),
                m_options.certificate.toStdString(), std::string(), Poco::Net::Context::VERIFY_NONE, 9, false,
                "HIGH:!aNULL:!MD5:!RC4:!3DES");
            m_context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3
                | Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
            m_context->enableSessionCache(true, "sitegov-server");
        } catch (const Poco::Exception& e) {
            m_context.reset();
            return Error{tr("Cannot serve HTTPS with the certificate %1 and the key %2.")
                             .arg(QDir::toNativeSeparators(m_options.certificate),
                                 QDir::toNativeSeparators(m_options.privateKey)),
                QString::fromStdString(e.displayText())};
        }
    }

    try {
        m_socket = std::make_unique<Poco::Net::ServerSocket>();
        m_socket->bind(address, true, false); // no SO_REUSEPORT: a port in use is an error
        m_socket->listen(1024);
        m_socket->setBlocking(false);
    } catch (const Poco::Exception& e) {
        m_socket.reset();
        m_context.reset();
        return Error{tr("Cannot listen on %1:%2.").arg(m_options.host).arg(m_options.port),
            QString::fromStdString(e.displayText())};
    }

    // The connection limit must leave descriptors for the store (three per connection, one
    // connection per worker thread) and the answers to refused connections.
    const rlim_t files = raiseFileLimit();
    const std::size_t spare = std::max<std::size_t>(16, std::size_t(m_options.maxConnections) / 32);
    const std::size_t reserved = 64 + 4 * std::size_t(m_options.threads) + spare;
    std::size_t total = std::size_t(m_options.maxConnections);
    if (files > reserved && total > files - reserved) {
        total = std::max<std::size_t>(16, files - reserved);
        std::clog << "The process may open " << files << " files: at most " << total
                  << " connections (--max-connections " << m_options.maxConnections << ")." << std::endl;
    }
    http_parser_set_max_header_size(64 * 1024); // a backstop: the front's own limit is lower

    m_handler = std::make_unique<RequestHandler>(m_api);
    m_limits = std::make_unique<ConnectionLimits>(
        total, std::min<std::size_t>(total, std::size_t(m_options.maxConnectionsPerClient)), spare);
    ServerStore* store = &m_api.store();
    m_pool = std::make_unique<WorkerPool>(m_options.threads, [store]() { store->releaseConnection(); });
    m_front = std::make_unique<HttpFront>();
    m_front->headerTimeout = std::chrono::seconds(m_options.headerTimeout);
    m_front->bodyTimeout = std::chrono::seconds(m_options.bodyTimeout);
    m_front->idleTimeout = std::chrono::seconds(m_options.idleTimeout);
    m_front->handler = m_handler.get();
    m_front->pool = m_pool.get();
    m_front->metrics = &m_api.metrics();
    m_front->limits = m_limits.get();
    m_front->tls = m_context ? m_context->sslContext() : nullptr;

    const int loops = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    for (int i = 0; i < loops; ++i) {
        m_loops.push_back(std::make_unique<IoLoop>(*m_front, m_socket->impl()->sockfd()));
        if (!m_loops.back()->start()) {
            const QString cause = QString::fromLocal8Bit(std::strerror(errno));
            stop();
            return Error{tr("Cannot start serving on %1:%2.").arg(m_options.host).arg(m_options.port), cause};
        }
    }
    HttpFront* front = m_front.get();
    WorkerPool* pool = m_pool.get();
    m_api.metrics().setFrontGauges([front, pool]() {
        Metrics::FrontGauges g;
        g.openConnections = front->openConnections.load(std::memory_order_relaxed);
        g.queuedRequests = pool->queued();
        g.busyWorkers = pool->busy();
        g.workers = pool->threads();
        return g;
    });
    // Tokens revoked and data written by another process (sitegov-server token revoke, another
    // instance on the same PostgreSQL database) reach the caches: on SQLite within half a second,
    // on PostgreSQL at the writer's commit (NOTIFY).
    store->watchForeignWrites(std::chrono::milliseconds(500));
    m_running = true;
    return {};
}

void HttpServer::stop()
{
    if (m_front)
        m_front->stopping = true;
    for (auto& loop : m_loops)
        loop->stop(std::chrono::seconds(3));
    for (auto& loop : m_loops)
        loop->join();
    if (m_pool)
        m_pool->stop();
    if (m_running) {
        m_api.metrics().setFrontGauges({});
        m_api.store().stopWatching();
    }
    m_loops.clear();
    m_pool.reset();
    m_front.reset();
    m_limits.reset();
    m_handler.reset();
    m_socket.reset();
    m_context.reset();
    m_running = false;
}

quint16 HttpServer::port() const
{
    return m_socket ? m_socket->address().port() : 0;
}

std::size_t HttpServer::maxConnections() const
{
    return m_limits ? m_limits->total() : 0;
}

} // namespace sitegov::server
