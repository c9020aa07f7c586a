// The shipped nginx configuration (installer/nginx/sitegov-server.conf) in front of the real
// sitegov-server: a real nginx (nginx-light, from scripts/install-deps) runs the file as shipped,
// with only its ports, paths and certificate replaced, as a non-daemon with its own prefix in a
// temporary folder. Checked: HTTPS through it, keep-alive to the upstream, the JSON access log
// line, limit_req and the body size answering in the server's JSON error format, /metrics kept
// in, and a GET retried on the next instance when one is down.
#include "NginxProcess.h"
#include "ServerFixture.h"
#include "ServerProcess.h"

using namespace sitegov;
using namespace sitegov::test;

class TestNginxFront final : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    NginxProcess m_nginx;
    quint16 m_port = 0; // nginx's
    quint16 m_deadPort = 0; // an upstream instance that is down
    Poco::Net::Context::Ptr m_trusting;

    QList<QJsonObject> accessLines() const { return m_nginx.accessLines(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start({}));
        // The instance that is up, and one that is down: GETs must not notice.
        m_deadPort = freePort();
        QString error;
        QVERIFY2(m_nginx.start({m_deadPort, m_server.port}, &error), qPrintable(error));
        m_port = m_nginx.port;
        m_trusting = m_nginx.trusting;
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
};

QTEST_GUILESS_MAIN(TestNginxFront)
#include "TestNginxFront.moc"
