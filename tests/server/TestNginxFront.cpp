// The shipped nginx configuration (installer/nginx/sitegov-server.conf) in front of the real
// sitegov-server: a real nginx (nginx-light, from scripts/install-deps) runs the file as shipped,
// with only its ports, paths and certificate replaced, as a non-daemon with its own prefix in a
// temporary folder. Checked: HTTPS through it, keep-alive to the upstream, the JSON access log
// line, limit_req and the body size answering in the server's JSON error format, /metrics kept
// in, and a GET retried on the next instance when one is down.
#include "ServerFixture.h"
#include "ServerProcess.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/ServerSocket.h>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <unistd.h>

using namespace sitegov;
using namespace sitegov::test;

namespace {

quint16 freePort()
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

} // namespace

class TestNginxFront final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_nginx;
    QString m_cert;
    QString m_key;
    ServerProcess m_server;
    QProcess m_nginxProcess;
    quint16 m_port = 0; // nginx's
    quint16 m_deadPort = 0; // an upstream instance that is down
    Poco::Net::Context::Ptr m_trusting;

    QString accessLog() const { return m_dir.filePath(QStringLiteral("logs/sitegov-access.log")); }

    QList<QJsonObject> accessLines() const
    {
        QFile f(accessLog());
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

    // The shipped file with the deployment's values replaced by the test's; each must be there.
    bool templated(QString* config, QString* missing)
    {
        QFile shipped(QStringLiteral(SITEGOV_SOURCE_DIR "/installer/nginx/sitegov-server.conf"));
        if (!shipped.open(QIODevice::ReadOnly)) {
            *missing = shipped.fileName();
            return false;
        }
        QString text = QString::fromUtf8(shipped.readAll());
        const QList<std::pair<QString, QString>> replacements{
            {QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_port)},
            {QStringLiteral("listen [::]:443 ssl;"), QString()},
            // The instance that is up, and one that is down: GETs must not notice.
            {QStringLiteral("server 127.0.0.1:8750 max_fails=3 fail_timeout=10s;"),
                QStringLiteral("server 127.0.0.1:%1 max_fails=3 fail_timeout=10s;\n"
                               "    server 127.0.0.1:%2 max_fails=3 fail_timeout=10s;")
                    .arg(m_deadPort)
                    .arg(m_server.port)},
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

private Q_SLOTS:
    void initTestCase()
    {
        m_nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
        if (m_nginx.isEmpty())
            m_nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        QVERIFY2(!m_nginx.isEmpty(), "nginx is needed (Debian package nginx-light, in scripts/install-deps)");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl tool is needed (Debian package openssl, in scripts/install-deps)");
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
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        m_trusting = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", m_cert.toStdString(),
            Poco::Net::Context::VERIFY_STRICT, 9, false);

        QVERIFY(m_server.start({}));
        m_port = freePort();
        m_deadPort = freePort();

        QString config;
        QString missing;
        QVERIFY2(templated(&config, &missing), qPrintable(QStringLiteral("not in the shipped file: ") + missing));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("logs")));
        // nginx's workers may run as another user: the folder must be readable to them.
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther);
        QFile site(m_dir.filePath(QStringLiteral("sitegov-server.conf")));
        QVERIFY(site.open(QIODevice::WriteOnly));
        site.write(config.toUtf8());
        site.close();
        const QString d = m_dir.path();
        QFile main(m_dir.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write(QStringLiteral("daemon off;\n%1worker_processes 1;\npid %2/nginx.pid;\n"
                                  "error_log %2/logs/error.log warn;\nevents { worker_connections 512; }\n"
                                  "http {\n  client_body_temp_path %2/body;\n  proxy_temp_path %2/proxy;\n"
                                  "  fastcgi_temp_path %2/fastcgi;\n  uwsgi_temp_path %2/uwsgi;\n"
                                  "  scgi_temp_path %2/scgi;\n  include %2/sitegov-server.conf;\n}\n")
                       .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), d)
                       .toUtf8());
        main.close();

        m_nginxProcess.setProcessChannelMode(QProcess::MergedChannels);
        m_nginxProcess.start(m_nginx,
            {QStringLiteral("-p"), d, QStringLiteral("-c"), main.fileName(), QStringLiteral("-e"),
                m_dir.filePath(QStringLiteral("logs/error.log"))});
        QVERIFY(m_nginxProcess.waitForStarted(10000));
        bool up = false;
        for (int attempt = 0; attempt < 100 && !up; ++attempt) {
            try {
                TlsClient client(m_port, m_trusting);
                up = client.request("GET", "/api/v1/health").status == 200;
            } catch (const Poco::Exception&) {
                QTest::qWait(100);
            }
        }
        QFile errors(m_dir.filePath(QStringLiteral("logs/error.log")));
        errors.open(QIODevice::ReadOnly);
        QVERIFY2(up, qPrintable(QString::fromUtf8(m_nginxProcess.readAll() + errors.readAll())));
    }

    // Through nginx over HTTPS: the answers, the token, ETag and 304, a write, and few connections
    // to the instance for many requests (keep-alive to the upstream).
    void servesThroughNginx()
    {
        TlsClient client(m_port, m_trusting);
        Reply r = client.request("GET", "/api/v1/health");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(client.request("GET", "/api/v1/periods").status, 401);
        r = client.request("PUT", "/api/v1/sites/3501000001", m_server.writeToken,
            R"({"name":"福州","level":"city","kind":"portal","division_code":"350100"})");
        QCOMPARE(r.status, 201);
        r = client.request("GET", "/api/v1/sites/3501000001", m_server.readToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("福州"));
        const std::string etag = r.header("ETag").toStdString();
        QVERIFY(!etag.empty());
        QCOMPARE(
            client.request("GET", "/api/v1/sites/3501000001", m_server.readToken, {}, {{"If-None-Match", etag}}).status,
            304);

        // /metrics is read from the instance itself, not through nginx.
        r = client.request("GET", "/metrics", m_server.metricsToken);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));

        // Many requests through nginx, few connections to the instance.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(client.request("GET", "/api/v1/periods", m_server.readToken).status, 200);
        Client direct(m_server.port);
        const Reply metrics = direct.get("/metrics", m_server.metricsToken);
        QCOMPARE(metrics.status, 200);
        static const QRegularExpression accepted(
            QStringLiteral("^sitegov_http_connections_total (\\d+)$"), QRegularExpression::MultilineOption);
        const auto m = accepted.match(QString::fromUtf8(metrics.body));
        QVERIFY(m.hasMatch());
        QVERIFY2(m.captured(1).toInt() < 10, qPrintable(m.captured(0)));
    }

    // One JSON object per request in the access log, with the upstream that answered.
    void accessLogInJsonLines()
    {
        TlsClient client(m_port, m_trusting);
        QCOMPARE(client.request("GET", "/api/v1/rules", m_server.readToken, {}, {{"User-Agent", "sitegov-test \"q\""}})
                     .status,
            200);
        QJsonObject line;
        for (int attempt = 0; attempt < 50; ++attempt) {
            const QList<QJsonObject> lines = accessLines();
            if (!lines.isEmpty() && lines.last().value(QLatin1String("uri")).toString() == u"/api/v1/rules") {
                line = lines.last();
                break;
            }
            QTest::qWait(100);
        }
        QVERIFY2(!line.isEmpty(), "no JSON line for the request in the access log");
        QCOMPARE(line.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(line.value(QLatin1String("status")).toInt(), 200);
        QVERIFY(line.value(QLatin1String("status")).isDouble());
        QVERIFY(line.value(QLatin1String("request_time")).isDouble());
        QCOMPARE(
            line.value(QLatin1String("upstream_addr")).toString(), QStringLiteral("127.0.0.1:%1").arg(m_server.port));
        QCOMPARE(line.value(QLatin1String("upstream_status")).toString(), QStringLiteral("200"));
        QCOMPARE(line.value(QLatin1String("user_agent")).toString(), QStringLiteral("sitegov-test \"q\""));
        QCOMPARE(line.value(QLatin1String("protocol")).toString(), QStringLiteral("HTTP/1.1"));
        QVERIFY(!line.value(QLatin1String("time")).toString().isEmpty());
        QCOMPARE(line.value(QLatin1String("request_id")).toString().size(), 32);
        QVERIFY(!accessLines().isEmpty()); // every line so far is JSON
    }

    // Over 20 requests a second beyond a burst of 40 from one address: 429 in the JSON error format.
    void rateLimitAnswers429()
    {
        QTest::qWait(2500); // the bucket refills (20 a second) after the requests above
        TlsClient client(m_port, m_trusting);
        int ok = 0;
        Reply limited;
        for (int i = 0; i < 2000 && limited.status == 0; ++i) {
            const Reply r = client.request("GET", "/api/v1/health");
            if (r.status == 200)
                ++ok;
            else
                limited = r;
        }
        QCOMPARE(limited.status, 429);
        QVERIFY(ok >= 20); // the burst went through first
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(limited.header("Retry-After"), QStringLiteral("1"));
        QVERIFY(limited.header("Content-Type").startsWith(QStringLiteral("application/json")));
        QTest::qWait(2500); // the bucket refills (20 a second)
        QCOMPARE(client.request("GET", "/api/v1/health").status, 200);
        bool logged = false;
        for (const QJsonObject& line : accessLines())
            logged = logged || line.value(QLatin1String("status")).toInt() == 429;
        QVERIFY(logged);
    }

    // nginx refuses a body over 1 MiB itself, in the server's JSON error format.
    void bodySizeLimit()
    {
        TlsClient client(m_port, m_trusting);
        QByteArray big(1024 * 1024 + 100, ' ');
        big[0] = '{';
        big[big.size() - 1] = '}';
        const Reply r = client.request("POST", "/api/v1/assessments", m_server.writeToken, big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("payload_too_large"));
    }

    // One of the two instances is down: every GET still gets its answer (the failed attempt is
    // tried again on the other), and the log shows the retries.
    void getsAreRetriedOnTheNextInstance()
    {
        QTest::qWait(2500); // a fresh rate-limit bucket
        for (int i = 0; i < 6; ++i) {
            TlsClient client(m_port, m_trusting);
            QCOMPARE(client.request("GET", "/api/v1/periods", m_server.readToken).status, 200);
        }
        bool retried = false;
        for (const QJsonObject& line : accessLines()) {
            const QString upstreams = line.value(QLatin1String("upstream_addr")).toString();
            retried = retried
                || (upstreams.contains(QStringLiteral(":%1").arg(m_deadPort))
                    && upstreams.contains(QStringLiteral(":%1").arg(m_server.port))
                    && line.value(QLatin1String("status")).toInt() == 200);
        }
        QVERIFY2(retried, "no request was tried on the dead instance and then on the live one");
    }

    void cleanupTestCase()
    {
        if (m_nginxProcess.state() != QProcess::NotRunning) {
            m_nginxProcess.terminate(); // SIGTERM: nginx's fast shutdown
            if (!m_nginxProcess.waitForFinished(10000)) {
                m_nginxProcess.kill();
                m_nginxProcess.waitForFinished(5000);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNginxFront)
#include "TestNginxFront.moc"
