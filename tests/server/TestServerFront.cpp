// The HTTP front of the real sitegov-server program: idle and slow connections hold no thread and
// delay nobody, connection limits answer 503 with the JSON error, malformed requests and requests
// that do not arrive in time get their JSON error and a log line, SIGTERM stops the server promptly
// whoever is connected, /metrics parses as Prometheus text, and tokens made or revoked by another
// process reach the server's memory.
#include "ServerFixture.h"
#include "ServerProcess.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

using namespace sitegov;
using namespace sitegov::test;

namespace {

// A raw connection: bytes as they are, the answer until the server closes (or `seconds` pass).
class Raw final
{
public:
    explicit Raw(quint16 port)
    {
        m_socket.connect(Poco::Net::SocketAddress("127.0.0.1", port), Poco::Timespan(10, 0));
        m_socket.setNoDelay(true);
    }

    void send(const QByteArray& bytes) { m_socket.sendBytes(bytes.constData(), int(bytes.size())); }

    QByteArray answer(int seconds = 15)
    {
        m_socket.setReceiveTimeout(Poco::Timespan(seconds, 0));
        QByteArray out;
        char buffer[8192];
        try {
            for (int n = m_socket.receiveBytes(buffer, sizeof buffer); n > 0;
                 n = m_socket.receiveBytes(buffer, sizeof buffer))
                out.append(buffer, n);
        } catch (const Poco::Exception&) {
            out.append("\n[no close]");
        }
        return out;
    }

    // Reads one answer of a kept-alive connection: headers and a Content-Length body.
    QByteArray oneAnswer(int seconds = 15)
    {
        m_socket.setReceiveTimeout(Poco::Timespan(seconds, 0));
        QByteArray out;
        char buffer[8192];
        try {
            for (;;) {
                const int end = int(out.indexOf("\r\n\r\n"));
                if (end >= 0) {
                    static const QRegularExpression length(
                        QStringLiteral("Content-Length: (\\d+)"), QRegularExpression::CaseInsensitiveOption);
                    const auto m = length.match(QString::fromLatin1(out.left(end)));
                    const int body = m.hasMatch() ? m.captured(1).toInt() : 0;
                    if (out.size() >= end + 4 + body)
                        return out;
                }
                const int n = m_socket.receiveBytes(buffer, sizeof buffer);
                if (n <= 0)
                    return out;
                out.append(buffer, n);
            }
        } catch (const Poco::Exception&) {
            out.append("\n[no answer]");
        }
        return out;
    }

    Poco::Net::StreamSocket& socket() { return m_socket; }

private:
    Poco::Net::StreamSocket m_socket;
};

QJsonObject errorOf(const QByteArray& answer)
{
    const int body = int(answer.indexOf("\r\n\r\n"));
    return QJsonDocument::fromJson(answer.mid(body + 4)).object().value(QLatin1String("error")).toObject();
}

// Sends one more byte to each socket every `interval` from a thread of its own, until stopped.
class Trickle final
{
public:
    Trickle(std::vector<std::unique_ptr<Raw>>& sockets, QByteArray bytes, std::chrono::milliseconds interval)
        : m_thread([this, &sockets, bytes, interval]() {
            for (int i = 0; i < bytes.size(); ++i) {
                {
                    std::unique_lock<std::mutex> lock(m_mutex);
                    if (m_wake.wait_for(lock, interval, [this]() { return m_stop; }))
                        return;
                }
                for (auto& s : sockets) {
                    try {
                        s->send(bytes.mid(i, 1));
                    } catch (const Poco::Exception&) {
                        ++failures;
                    }
                }
                ++sent;
            }
        })
    { }

    ~Trickle() { stop(); }

    void stop()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    std::atomic<int> sent{0};
    std::atomic<int> failures{0};

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace

class TestServerFront final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 150 connections that send nothing and 150 that send a request one byte at a time, against a
    // server with 2 worker threads (the old server held one thread per connection: all of them
    // would have been taken). Normal requests, reads that need a worker and a write, complete
    // while they are all open; the slow ones then complete their requests and get answers too.
    void idleAndSlowClientsDelayNobody()
    {
        ServerProcess server;
        // A header deadline long enough for the slow clients below to finish whatever the machine's load.
        QVERIFY(server.start({QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--header-timeout"),
            QStringLiteral("300")}));
        std::vector<std::unique_ptr<Raw>> idle;
        std::vector<std::unique_ptr<Raw>> slow;
        for (int i = 0; i < 150; ++i) {
            idle.push_back(std::make_unique<Raw>(server.port));
            slow.push_back(std::make_unique<Raw>(server.port));
        }
        const QByteArray slowRequest
            = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(200, 's') + "\r\n\r\n";
        for (auto& s : slow)
            s->send(slowRequest.left(3));
        // One more byte every 300 ms: all 200 of the header would take a minute.
        const int trickled = 200;
        Trickle trickle(slow, slowRequest.mid(3, trickled), std::chrono::milliseconds(300));
        while (trickle.sent < 1)
            QTest::qWait(20);

        // Normal clients, while every idle and slow connection is open.
        Client client(server.port);
        QCOMPARE(client.get("/api/v1/health").status, 200);
        QCOMPARE(client.get("/api/v1/periods", server.readToken).status, 200);
        QCOMPARE(client
                     .put("/api/v1/sites/3501000001",
                         siteBody(QStringLiteral("福州"), QStringLiteral("city"), QStringLiteral("portal"),
                             QStringLiteral("350100")),
                         server.writeToken)
                     .status,
            201);
        const Reply site = client.get("/api/v1/sites/3501000001", server.readToken);
        QCOMPARE(site.status, 200);
        QCOMPARE(site.json().value(QLatin1String("name")).toString(), QStringLiteral("福州"));
        for (int i = 0; i < 5; ++i) {
            Client another(server.port);
            QCOMPARE(another.get("/api/v1/scores?period=2024-01", server.readToken).status, 200);
        }
        // Answered while the slow clients were still in the middle of their headers.
        trickle.stop();
        const int sent = trickle.sent;
        QVERIFY2(sent < trickled, "the slow clients finished their headers before the normal ones were answered");
        QCOMPARE(trickle.failures.load(), 0);

        // The slow ones finish their requests: each is answered (their connections were kept).
        for (auto& s : slow)
            s->send(slowRequest.mid(3 + sent));
        for (auto& s : slow) {
            const QByteArray answer = s->oneAnswer();
            QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
        }
        // And the idle ones may still send a request.
        idle.front()->send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(idle.front()->oneAnswer().startsWith("HTTP/1.1 200 "));
    }

    void connectionLimitsAnswer503()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--max-connections"), QStringLiteral("16"),
            QStringLiteral("--max-connections-per-client"), QStringLiteral("3")}));
        // Loopback is one client address: the fourth connection is over its limit.
        std::vector<std::unique_ptr<Raw>> open;
        for (int i = 0; i < 3; ++i) {
            // Answered, so accepted and counted before the next one connects.
            open.push_back(std::make_unique<Raw>(server.port));
            open.back()->send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(open.back()->oneAnswer().startsWith("HTTP/1.1 200 "));
        }
        {
            Raw fourth(server.port);
            fourth.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
            const QByteArray answer = fourth.answer();
            QVERIFY2(answer.startsWith("HTTP/1.1 503 "), answer.constData());
            QVERIFY(answer.contains("Retry-After: 1\r\n"));
            QVERIFY(answer.contains("Content-Type: application/json"));
            QCOMPARE(errorOf(answer).value(QLatin1String("code")).toString(), QStringLiteral("too_many_connections"));
            QVERIFY(errorOf(answer).value(QLatin1String("message")).toString().contains(QStringLiteral("3")));
        }
        QVERIFY2(server.logShows(QRegularExpression(
                     QStringLiteral(R"(^- - 503 \S+ms too_many_connections \(per-client limit 3\) from 127\.0\.0\.1$)"),
                     QRegularExpression::MultilineOption)),
            qPrintable(server.log()));
        // Once one closes, a new connection is served.
        open.pop_back();
        bool served = false;
        for (int attempt = 0; attempt < 50 && !served; ++attempt) {
            Raw again(server.port);
            again.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            served = again.answer().startsWith("HTTP/1.1 200 ");
            if (!served)
                QTest::qWait(100);
        }
        QVERIFY(served);
    }

    void totalLimitAnswers503()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--max-connections"), QStringLiteral("16")}));
        std::vector<std::unique_ptr<Raw>> open;
        for (int i = 0; i < 16; ++i) {
            // Answered, so accepted and counted before the next one connects.
            open.push_back(std::make_unique<Raw>(server.port));
            open.back()->send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(open.back()->oneAnswer().startsWith("HTTP/1.1 200 "));
        }
        Raw over(server.port);
        over.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray answer = over.answer();
        QVERIFY2(answer.startsWith("HTTP/1.1 503 "), answer.constData());
        QCOMPARE(errorOf(answer).value(QLatin1String("code")).toString(), QStringLiteral("too_many_connections"));
        QVERIFY(errorOf(answer).value(QLatin1String("message")).toString().contains(QStringLiteral("16")));
        QVERIFY(server.logShows(
            QRegularExpression(QStringLiteral(R"(503 \S+ms too_many_connections \(total limit 16\))"))));
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QString>("code");
        // With a write token (TOKEN is replaced by it): only the framing is wrong.
        const QByteArray post = "POST /api/v1/assessments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Authorization: Bearer TOKEN\r\n";
        QTest::newRow("a 200 KB target") << "GET /api/v1/health?" + QByteArray(200 * 1024, 'a') + " HTTP/1.1\r\n\r\n"
                                         << QByteArray("414") << QStringLiteral("uri_too_long");
        QByteArray many = "GET /api/v1/health HTTP/1.1\r\n";
        for (int i = 0; i < 1000; ++i)
            many += "X-Header-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("1,000 headers") << many + "\r\n" << QByteArray("431") << QStringLiteral("headers_too_large");
        QTest::newRow("a 100 KB header") << "GET /api/v1/health HTTP/1.1\r\nX-Big: " + QByteArray(100 * 1024, 'b')
                + "\r\n\r\n" << QByteArray("431")
                                         << QStringLiteral("headers_too_large");
        QTest::newRow("an HTTP/0.9 line") << QByteArray("GET /api/v1/health\r\n") << QByteArray("505")
                                          << QStringLiteral("http_version_not_supported");
        QTest::newRow("HTTP/2.0 as text") << QByteArray("GET /api/v1/health HTTP/2.0\r\n\r\n") << QByteArray("505")
                                          << QStringLiteral("http_version_not_supported");
        QTest::newRow("a bad chunk size") << post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"
                                          << QByteArray("400") << QStringLiteral("bad_request");
        QTest::newRow("a bad length") << post + "Content-Length: 12x\r\n\r\n{}" << QByteArray("400")
                                      << QStringLiteral("bad_request");
        QTest::newRow("two lengths") << post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" << QByteArray("400")
                                     << QStringLiteral("bad_request");
        QTest::newRow("a header line without a colon") << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost x\r\n\r\n")
                                                       << QByteArray("400") << QStringLiteral("bad_request");
        QTest::newRow("an unknown method") << QByteArray("BREW /api/v1/health HTTP/1.1\r\n\r\n") << QByteArray("501")
                                           << QStringLiteral("not_implemented");
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QFETCH(QString, code);
        ServerProcess& server = shared();
        request.replace("TOKEN", server.writeToken);
        Raw raw(server.port);
        try {
            raw.send(request);
        } catch (const Poco::Exception&) {
            // The server may answer and stop reading before all of a long request is sent.
        }
        const QByteArray answer = raw.answer();
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status + " "), answer.left(400).constData());
        QVERIFY(answer.contains("Content-Type: application/json"));
        QVERIFY(answer.contains("Connection: close"));
        const QJsonObject error = errorOf(answer);
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY2(answer.endsWith("}"), answer.right(200).constData()); // the whole answer, then the close
        // One log line says what was refused, with the code and the client.
        QVERIFY2(server.logShows(QRegularExpression(
                     QStringLiteral(" %1 \\S+ms %2 from 127\\.0\\.0\\.1").arg(QString::fromLatin1(status), code))),
            qPrintable(server.log().right(2000)));
        // The server is fine.
        Client client(server.port);
        QCOMPARE(client.get("/api/v1/health").status, 200);
    }

    // A request whose headers or body stop coming is answered 408 at its deadline (1 second here):
    // a body shorter than its Content-Length is not read as malformed JSON.
    void requestsThatStopComingGet408()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--header-timeout"), QStringLiteral("1"), QStringLiteral("--body-timeout"),
            QStringLiteral("1")}));
        Raw shortBody(server.port);
        shortBody.send("POST /api/v1/assessments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + server.writeToken
            + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"site\":");
        Raw halfHeaders(server.port);
        halfHeaders.send("GET /api/v1/periods HTTP/1.1\r\nHost: x\r\nAuthor");
        Raw idle(server.port); // sends nothing: kept (idle timeout 60 s), no answer
        for (Raw* raw : {&shortBody, &halfHeaders}) {
            const QByteArray answer = raw->answer();
            QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
            QCOMPARE(errorOf(answer).value(QLatin1String("code")).toString(), QStringLiteral("request_timeout"));
        }
        QVERIFY(server.logShows(QRegularExpression(
            QStringLiteral(
                R"(^POST /api/v1/assessments 408 \S+ms request_timeout from 127\.0\.0\.1: body did not arrive)"),
            QRegularExpression::MultilineOption)));
        QVERIFY(server.logShows(QRegularExpression(
            QStringLiteral(R"(408 \S+ms request_timeout from 127\.0\.0\.1: headers did not arrive)"))));
        idle.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(idle.oneAnswer().startsWith("HTTP/1.1 200 "));
    }

    // The old server took 77 s to stop with 20 clients trickling their headers.
    void sigtermStopsPromptlyWhoeverIsConnected()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--threads"), QStringLiteral("2")}));
        std::vector<std::unique_ptr<Raw>> trickling;
        std::vector<std::unique_ptr<Raw>> idle;
        for (int i = 0; i < 20; ++i) {
            trickling.push_back(std::make_unique<Raw>(server.port));
            idle.push_back(std::make_unique<Raw>(server.port));
        }
        Trickle trickle(trickling, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n", std::chrono::milliseconds(200));
        while (trickle.sent < 2)
            QTest::qWait(20);
        {
            Client client(server.port);
            QCOMPARE(client.get("/api/v1/periods", server.readToken).status, 200);
        }
        int exitCode = -1;
        const qint64 ms = server.stop(SIGTERM, &exitCode);
        trickle.stop();
        QVERIFY2(ms >= 0 && ms < 10000, qPrintable(QStringLiteral("stopped after %1 ms").arg(ms)));
        QCOMPARE(exitCode, 0);
        QVERIFY(server.log().contains(QStringLiteral("stopped")));
    }

    void metricsParse()
    {
        ServerProcess& server = shared();
        Client client(server.port);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(client.get("/api/v1/health").status, 200);
            QCOMPARE(client.get("/api/v1/periods", server.readToken).status, 200);
        }
        QCOMPARE(client.get("/api/v1/nothing", server.readToken).status, 404);
        QCOMPARE(client.get("/metrics", server.readToken).status, 403);
        QCOMPARE(client.get("/metrics").status, 401);
        const Reply r = client.get("/metrics", server.metricsToken);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith(QStringLiteral("text/plain; version=0.0.4")));

        // Every line is a comment (# HELP or # TYPE) or a sample: name, optional labels, a number.
        // name{label="value",...} value (label values may hold escaped characters)
        static const QString labelPair = QStringLiteral("[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\"");
        static const QRegularExpression sample(QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{%1(?:,%1)*\\})? "
                                                              "(-?[0-9.e+-]+|\\+Inf|NaN)$")
                                                   .arg(labelPair));
        static const QRegularExpression comment(QStringLiteral(R"(^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) .+$)"));
        QMap<QString, QString> types;
        QMap<QString, double> values; // the sample line without its value -> value
        const QStringList lines = QString::fromUtf8(r.body).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 20);
        for (const QString& line : lines) {
            if (line.startsWith(u'#')) {
                const auto m = comment.match(line);
                QVERIFY2(m.hasMatch(), qPrintable(line));
                if (m.captured(1) == u"TYPE")
                    types.insert(m.captured(2), line.section(u' ', 3));
                continue;
            }
            const auto m = sample.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            QString family = m.captured(1);
            for (const char* suffix : {"_bucket", "_sum", "_count"}) {
                if (family.endsWith(QLatin1String(suffix)) && !types.contains(family))
                    family.chop(int(qstrlen(suffix)));
            }
            QVERIFY2(types.contains(family), qPrintable(line + QStringLiteral(": no TYPE before it")));
            values.insert(line.section(u' ', 0, -2), line.section(u' ', -1).toDouble());
        }
        QCOMPARE(types.value(QStringLiteral("sitegov_http_requests_total")), QStringLiteral("counter"));
        QCOMPARE(types.value(QStringLiteral("sitegov_http_request_duration_seconds")), QStringLiteral("histogram"));
        QCOMPARE(types.value(QStringLiteral("sitegov_http_open_connections")), QStringLiteral("gauge"));
        QCOMPARE(types.value(QStringLiteral("sitegov_worker_queue_length")), QStringLiteral("gauge"));
        QVERIFY(values.value(
                    QStringLiteral(R"(sitegov_http_requests_total{route="/api/v1/health",method="GET",status="200"})"))
            >= 3);
        QVERIFY(values.value(
                    QStringLiteral(R"(sitegov_http_requests_total{route="/api/v1/periods",method="GET",status="200"})"))
            >= 3);
        QVERIFY(
            values.value(QStringLiteral(R"(sitegov_http_requests_total{route="none",method="-",status="404"})")) >= 1);
        QVERIFY(
            values.value(QStringLiteral(R"(sitegov_http_requests_total{route="/metrics",method="GET",status="403"})"))
            >= 1);
        // The histogram: cumulative buckets, +Inf equal to the count.
        const QString h = QStringLiteral(
            R"(sitegov_http_request_duration_seconds_bucket{route="/api/v1/periods",method="GET",le="%1"})");
        double previous = 0;
        for (const double le : {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0}) {
            const QString key = h.arg(QString::number(le, 'g', 6));
            QVERIFY2(values.contains(key), qPrintable(key));
            QVERIFY(values.value(key) >= previous);
            previous = values.value(key);
        }
        QCOMPARE(values.value(h.arg(QStringLiteral("+Inf"))),
            values.value(QStringLiteral(
                R"(sitegov_http_request_duration_seconds_count{route="/api/v1/periods",method="GET"})")));
        QVERIFY(values.value(QStringLiteral("sitegov_response_cache_hits_total")) >= 2); // periods, twice again
        QVERIFY(values.value(QStringLiteral("sitegov_http_open_connections")) >= 1);
        QVERIFY(values.contains(QStringLiteral("sitegov_worker_queue_length")));
        QCOMPARE(values.value(QStringLiteral("sitegov_worker_threads")), 16.0);
    }

    // A token made by another process works at once; one revoked by another process stops working
    // (the server notices the other process's commit within half a second).
    void tokensOfAnotherProcess()
    {
        ServerProcess& server = shared();
        const QByteArray made = server.token(QStringLiteral("console"), QStringLiteral("read"));
        QVERIFY(!made.isEmpty());
        Client client(server.port);
        QCOMPARE(client.get("/api/v1/periods", made).status, 200);
        QVERIFY(server.revoke(QStringLiteral("console")));
        int status = 0;
        for (int attempt = 0; attempt < 100 && status != 401; ++attempt) {
            status = client.get("/api/v1/periods", made).status;
            if (status != 401)
                QTest::qWait(100);
        }
        QCOMPARE(status, 401);
    }

    void cleanupTestCase() { m_shared.reset(); }

private:
    ServerProcess& shared()
    {
        if (!m_shared) {
            m_shared = std::make_unique<ServerProcess>();
            if (!m_shared->start({}))
                qFatal("sitegov-server did not start");
        }
        return *m_shared;
    }

    std::unique_ptr<ServerProcess> m_shared;
};

QTEST_GUILESS_MAIN(TestServerFront)
#include "TestServerFront.moc"
