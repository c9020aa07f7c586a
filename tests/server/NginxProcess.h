#pragma once

// nginx running the shipped configuration (installer/nginx/sitegov-server.conf) in front of
// sitegov-server instances, for TestNginxFront and TestServerPostgres: a real nginx (nginx-light,
// from scripts/install-deps) runs the file as shipped, with only its ports, paths, upstream servers
// and certificate replaced (a throwaway self-signed one made by openssl), as a non-daemon with its
// own prefix in a temporary folder, on loopback.
#include "ServerFixture.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/ServerSocket.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <unistd.h>

namespace sitegov::test {

inline quint16 freePort()
{
    Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
    return probe.address().port();
}

// An HTTPS client over one kept-alive connection, trusting the test's certificate.
class TlsClient final
{
public:
    TlsClient(quint16 port, Poco::Net::Context::Ptr context)
        : m_session("127.0.0.1", port, context)
    {
        m_session.setTimeout(Poco::Timespan(10, 0));
        m_session.setKeepAlive(true);
    }

    Reply request(const std::string& method, const std::string& target, const QByteArray& token = {},
        const QByteArray& body = {}, const std::vector<std::pair<std::string, std::string>>& extra = {})
    {
        Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
        request.setKeepAlive(true);
        if (!token.isEmpty())
            request.set("Authorization", "Bearer " + token.toStdString());
        for (const auto& [name, value] : extra)
            request.set(name, value);
        if (!body.isEmpty() || method == "POST") {
            request.setContentType("application/json");
            request.setContentLength(std::streamsize(body.size()));
        }
        std::ostream& out = m_session.sendRequest(request);
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

private:
    Poco::Net::HTTPSClientSession m_session;
};

class NginxProcess final
{
public:
    ~NginxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate(); // SIGTERM: nginx's fast shutdown
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    // Starts nginx with the shipped file in front of sitegov-server instances on 127.0.0.1 at
    // `upstreams`, and waits until GET /api/v1/health answers through it. On failure `error` says why
    // (nginx or openssl missing is a failure, not a reason to skip: scripts/install-deps installs both).
    bool start(const QList<quint16>& upstreams, QString* error)
    {
        QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
        if (nginx.isEmpty())
            nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (nginx.isEmpty())
            return fail(error, QStringLiteral("nginx is needed (Debian package nginx-light, in scripts/install-deps)"));
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return fail(
                error, QStringLiteral("the openssl tool is needed (Debian package openssl, in scripts/install-deps)"));
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        Poco::Net::initializeSSL();
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess p;
        p.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert, QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return fail(error, QStringLiteral("openssl failed: ") + QString::fromUtf8(p.readAllStandardError()));
        trusting = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", m_cert.toStdString(),
            Poco::Net::Context::VERIFY_STRICT, 9, false);

        port = freePort();
        QString config;
        QString missing;
        if (!templated(upstreams, &config, &missing))
            return fail(error, QStringLiteral("not in the shipped file: ") + missing);
        if (!QDir(m_dir.path()).mkpath(QStringLiteral("logs")))
            return fail(error, QStringLiteral("no logs folder"));
        // nginx's workers may run as another user: the folder must be readable to them.
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther);
        QFile site(m_dir.filePath(QStringLiteral("sitegov-server.conf")));
        if (!site.open(QIODevice::WriteOnly))
            return fail(error, site.fileName());
        site.write(config.toUtf8());
        site.close();
        const QString d = m_dir.path();
        QFile main(m_dir.filePath(QStringLiteral("nginx.conf")));
        if (!main.open(QIODevice::WriteOnly))
            return fail(error, main.fileName());
        main.write(QStringLiteral("daemon off;\n%1worker_processes 1;\npid %2/nginx.pid;\n"
                                  "error_log %2/logs/error.log warn;\nevents { worker_connections 512; }\n"
                                  "http {\n  client_body_temp_path %2/body;\n  proxy_temp_path %2/proxy;\n"
                                  "  fastcgi_temp_path %2/fastcgi;\n  uwsgi_temp_path %2/uwsgi;\n"
                                  "  scgi_temp_path %2/scgi;\n  include %2/sitegov-server.conf;\n}\n")
                       .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), d)
                       .toUtf8());
        main.close();

        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx,
            {QStringLiteral("-p"), d, QStringLiteral("-c"), main.fileName(), QStringLiteral("-e"),
                m_dir.filePath(QStringLiteral("logs/error.log"))});
        if (!m_process.waitForStarted(10000))
            return fail(error, QStringLiteral("nginx did not start"));
        for (int attempt = 0; attempt < 100; ++attempt) {
            try {
                TlsClient client(port, trusting);
                if (client.request("GET", "/api/v1/health").status == 200)
                    return true;
            } catch (const Poco::Exception&) {
                QTest::qWait(100);
            }
        }
        QFile errors(m_dir.filePath(QStringLiteral("logs/error.log")));
        errors.open(QIODevice::ReadOnly);
        return fail(error, QString::fromUtf8(m_process.readAll() + errors.readAll()));
    }

    // The access log's lines, each a JSON object (empty, with a warning, when one is not).
    QList<QJsonObject> accessLines() const
    {
        QFile f(m_dir.filePath(QStringLiteral("logs/sitegov-access.log")));
        QList<QJsonObject> out;
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                qWarning("not a JSON line: %s", line.constData());
                return {};
            }
            out.append(doc.object());
        }
        return out;
    }

    quint16 port = 0;
    Poco::Net::Context::Ptr trusting;

private:
    static bool fail(QString* error, const QString& why)
    {
        *error = why;
        return false;
    }

    // The shipped file with the deployment's values replaced by the test's; each must be there.
    bool templated(const QList<quint16>& upstreams, QString* config, QString* missing) const
    {
        QFile shipped(QStringLiteral(SITEGOV_SOURCE_DIR "/installer/nginx/sitegov-server.conf"));
        if (!shipped.open(QIODevice::ReadOnly)) {
            *missing = shipped.fileName();
            return false;
        }
        QString text = QString::fromUtf8(shipped.readAll());
        QStringList servers;
        for (const quint16 upstream : upstreams)
            servers << QStringLiteral("server 127.0.0.1:%1 max_fails=3 fail_timeout=10s;").arg(upstream);
        const QList<std::pair<QString, QString>> replacements{
            {QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(port)},
            {QStringLiteral("listen [::]:443 ssl;"), QString()},
            {QStringLiteral("server 127.0.0.1:8750 max_fails=3 fail_timeout=10s;"),
                servers.join(QStringLiteral("\n    "))},
            {QStringLiteral("/etc/ssl/sitegov/fullchain.pem"), m_cert},
            {QStringLiteral("/etc/ssl/sitegov/privkey.pem"), m_key},
            {QStringLiteral("/var/log/nginx/"), m_dir.filePath(QStringLiteral("logs/"))},
        };
        for (const auto& [from, to] : replacements) {
            if (!text.contains(from)) {
                *missing = from;
                return false;
            }
            text.replace(from, to);
        }
        *config = text;
        return true;
    }

    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    QProcess m_process;
};

} // namespace sitegov::test
