#pragma once

#include "core/ScoringModel.h"
#include "server/AccessToken.h"
#include "server/Api.h"
#include "server/HttpServer.h"
#include "server/ServerStore.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <istream>
#include <memory>
#include <sstream>

namespace sitegov::test {

// An answer as a test sees it.
struct Reply
{
    int status = 0;
    QByteArray body;
    Poco::Net::NameValueCollection headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    QString errorField() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString();
    }
    QString header(const char* name) const { return QString::fromStdString(headers.get(name, std::string())); }
};

// A client over one keep-alive connection (Poco's HTTPClientSession).
class Client final
{
public:
    explicit Client(quint16 port)
        : m_session("127.0.0.1", port)
    {
        m_session.setTimeout(Poco::Timespan(10, 0));
        m_session.setKeepAlive(true);
    }

    Reply request(const std::string& method, const std::string& target, const QByteArray& body = {},
        const QByteArray& token = {}, const std::string& contentType = "application/json",
        const std::vector<std::pair<std::string, std::string>>& extra = {})
    {
        Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        if (!token.isEmpty())
            request.set("Authorization", "Bearer " + token.toStdString());
        for (const auto& [name, value] : extra)
            request.set(name, value);
        const bool sendsBody = !body.isEmpty() || method == "POST" || method == "PUT";
        if (sendsBody) {
            if (!contentType.empty())
                request.setContentType(contentType);
            request.setContentLength(std::streamsize(body.size()));
        }
        std::ostream& out = m_session.sendRequest(request);
        if (sendsBody)
            out.write(body.constData(), body.size());
        Poco::Net::HTTPResponse response;
        std::istream& in = m_session.receiveResponse(response);
        Reply reply;
        reply.status = int(response.getStatus());
        for (const auto& [name, value] : response)
            reply.headers.add(name, value);
        std::ostringstream text;
        text << in.rdbuf();
        reply.body = QByteArray::fromStdString(text.str());
        return reply;
    }

    Reply get(const std::string& target, const QByteArray& token = {}) { return request("GET", target, {}, token); }
    Reply put(const std::string& target, const QJsonObject& body, const QByteArray& token)
    {
        return request("PUT", target, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    Reply post(const std::string& target, const QJsonObject& body, const QByteArray& token)
    {
        return request("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    Poco::Net::HTTPClientSession& session() { return m_session; }

private:
    Poco::Net::HTTPClientSession m_session;
};

// A server on 127.0.0.1:0 over a fresh store in a temporary folder, with a read, a write and a
// metrics token.
class ServerFixture final
{
public:
    bool start(server::ServerOptions options = {})
    {
        if (!m_dir.isValid())
            return false;
        auto store = server::ServerStore::open(m_dir.filePath(QStringLiteral("server.db")));
        if (!store) {
            qWarning("%s", qPrintable(store.error().fullText()));
            return false;
        }
        m_store = std::move(store).value();
        const auto rules = ScoringRules::builtin();
        if (!rules)
            return false;
        m_api = std::make_unique<server::Api>(*m_store, ScoringModel(*rules));
        readToken = createToken(QStringLiteral("reader"), server::AccessToken::Scope::Read);
        writeToken = createToken(QStringLiteral("writer"), server::AccessToken::Scope::Write);
        metricsToken = createToken(QStringLiteral("prometheus"), server::AccessToken::Scope::Metrics);
        options.host = QStringLiteral("127.0.0.1");
        options.port = 0;
        options.threads = 4;
        m_server = std::make_unique<server::HttpServer>(options, *m_api);
        const Status s = m_server->start();
        if (!s)
            qWarning("%s", qPrintable(s.error().fullText()));
        return s.ok();
    }

    QByteArray createToken(const QString& name, server::AccessToken::Scope scope)
    {
        const QString token = server::AccessToken::generate();
        const auto created = m_store->createToken(name, scope, server::AccessToken::hash(token.toUtf8()));
        return created ? token.toUtf8() : QByteArray();
    }

    void stop()
    {
        if (m_server)
            m_server->stop();
        m_server.reset();
        m_api.reset();
        m_store.reset();
    }

    ~ServerFixture() { stop(); }

    quint16 port() const { return m_server ? m_server->port() : 0; }
    server::ServerStore& store() { return *m_store; }
    server::Api& api() { return *m_api; }
    QString dir() const { return m_dir.path(); }

    QByteArray readToken;
    QByteArray writeToken;
    QByteArray metricsToken;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerStore> m_store;
    std::unique_ptr<server::Api> m_api;
    std::unique_ptr<server::HttpServer> m_server;
};

inline QJsonObject siteBody(
    const QString& name, const QString& level, const QString& kind, const QString& division, bool services = true)
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("level"), level}, {QStringLiteral("kind"), kind},
        {QStringLiteral("division_code"), division}};
    if (!services)
        o.insert(QStringLiteral("public_services"), false);
    return o;
}

} // namespace sitegov::test
