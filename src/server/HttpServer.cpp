#include "server/HttpServer.h"

#include "server/HealthHandler.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/JSON/Object.h>

#include <QCoreApplication>

#include <chrono>
#include <iostream>
#include <mutex>
#include <sstream>

namespace sitegov::server {

namespace {

class NotFoundHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest& /*request*/, Poco::Net::HTTPServerResponse& response) override
    {
        Poco::JSON::Object error;
        error.set("code", "not_found");
        error.set("message", "No such resource.");
        Poco::JSON::Object body;
        body.set("error", error);
        std::ostringstream out;
        body.stringify(out);
        const std::string text = out.str();
        response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(std::streamsize(text.size()));
        response.send() << text;
    }
};

// Wraps a handler to write one log line per request: method, path, status, milliseconds.
class LoggingHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    explicit LoggingHandler(Poco::Net::HTTPRequestHandler* inner)
        : m_inner(inner)
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        const auto start = std::chrono::steady_clock::now();
        m_inner->handleRequest(request, response);
        const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        static std::mutex logMutex;
        const std::lock_guard<std::mutex> lock(logMutex);
        std::clog << request.getMethod() << ' ' << request.getURI() << ' ' << int(response.getStatus()) << ' '
                  << ms << "ms" << std::endl;
    }

private:
    std::unique_ptr<Poco::Net::HTTPRequestHandler> m_inner;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override
    {
        const std::string path = request.getURI().substr(0, request.getURI().find('?'));
        if (path == "/api/v1/health")
            return new LoggingHandler(new HealthHandler);
        return new LoggingHandler(new NotFoundHandler);
    }
};

} // namespace

HttpServer::HttpServer(ServerOptions options)
    : m_options(std::move(options))
{
}

HttpServer::~HttpServer()
{
    stop();
}

Status HttpServer::start()
{
    try {
        Poco::Net::SocketAddress address(m_options.host.toStdString(), m_options.port);
        Poco::Net::ServerSocket socket(address, 64);
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(m_options.threads);
        params->setMaxQueued(256);
        params->setKeepAlive(true);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory, socket, params);
        m_server->start();
    } catch (const Poco::Exception& e) {
        return Error{QCoreApplication::translate("sitegov::server::HttpServer", "Cannot listen on %1:%2.")
                         .arg(m_options.host)
                         .arg(m_options.port),
            QString::fromStdString(e.displayText())};
    }
    return {};
}

void HttpServer::stop()
{
    if (m_server) {
        m_server->stopAll(true);
        m_server.reset();
    }
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->port() : 0;
}

} // namespace sitegov::server
