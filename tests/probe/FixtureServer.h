#pragma once

// The test's own small HTTP server (Poco's HTTPServer on loopback) for what nginx cannot do: fail
// exactly the requests a test asks it to (a site that fails 6% of its probes), answer slowly, and
// record when each request came and with which User-Agent. It serves every fixture host on one
// port and tells them apart by the Host header.
#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace sitegov::test {

class FixtureServer final
{
public:
    struct Hit
    {
        std::chrono::steady_clock::time_point at;
        QString path;
        QString userAgent;
        QString method;
    };

    FixtureServer()
        : m_socket(Poco::Net::SocketAddress("127.0.0.1", 0))
    {
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(16);
        params->setKeepAlive(false);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(*this), m_socket, params);
        m_server->start();
    }

    ~FixtureServer() { m_server->stopAll(true); }

    quint16 port() const { return m_socket.address().port(); }

    // The page a host serves at "/" (any other path: 404).
    void setPage(const QString& host, const QByteArray& html)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_pages.insert(host, html);
    }
    // The next `n` requests to `host` are answered 503.
    void failNext(const QString& host, int n)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_fail[host] = n;
    }
    // Every answer of `host` waits `ms` first.
    void setDelay(const QString& host, int ms)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_delay[host] = ms;
    }
    // `host` answers with `behaviour` instead of its page (a site that redirects, lies or attacks).
    using Behaviour = std::function<void(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&)>;
    void setBehaviour(const QString& host, Behaviour behaviour)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_behaviour.insert(host, std::move(behaviour));
    }
    QList<Hit> hits(const QString& host) const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_hits.value(host);
    }
    void clearHits()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_hits.clear();
    }

private:
    class Handler final : public Poco::Net::HTTPRequestHandler
    {
    public:
        explicit Handler(FixtureServer& server)
            : m_server(server)
        { }
        void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
        {
            QString host = QString::fromStdString(request.getHost());
            host = host.section(u':', 0, 0).toLower();
            bool fail = false;
            int delay = 0;
            QByteArray page;
            Behaviour behaviour;
            {
                const std::lock_guard<std::mutex> lock(m_server.m_mutex);
                m_server.m_hits[host].append(Hit{std::chrono::steady_clock::now(),
                    QString::fromStdString(request.getURI()), QString::fromStdString(request.get("User-Agent", "")),
                    QString::fromStdString(request.getMethod())});
                int& budget = m_server.m_fail[host];
                if (budget > 0) {
                    --budget;
                    fail = true;
                }
                delay = m_server.m_delay.value(host);
                page = m_server.m_pages.value(host);
                behaviour = m_server.m_behaviour.value(host);
            }
            if (delay > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(delay));
            const std::string uri = request.getURI();
            if (behaviour && !fail) {
                try {
                    behaviour(request, response);
                } catch (const Poco::Exception&) {
                    // the probe hung up on a hostile answer: what it should do
                }
                return;
            }
            if (fail) {
                response.setStatus(Poco::Net::HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
                response.setContentType("text/plain");
                response.send() << "busy";
                return;
            }
            if (uri != "/" || page.isEmpty()) {
                response.setStatus(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
                response.setContentType("text/plain");
                response.send() << "not found";
                return;
            }
            response.setContentType("text/html; charset=utf-8");
            response.setContentLength(page.size());
            response.send().write(page.constData(), page.size());
        }

    private:
        FixtureServer& m_server;
    };

    class Factory final : public Poco::Net::HTTPRequestHandlerFactory
    {
    public:
        explicit Factory(FixtureServer& server)
            : m_server(server)
        { }
        Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
        {
            return new Handler(m_server);
        }

    private:
        FixtureServer& m_server;
    };

    Poco::Net::ServerSocket m_socket;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    mutable std::mutex m_mutex;
    QHash<QString, QByteArray> m_pages;
    QHash<QString, int> m_fail;
    QHash<QString, int> m_delay;
    QHash<QString, Behaviour> m_behaviour;
    QHash<QString, QList<Hit>> m_hits;
};

} // namespace sitegov::test
