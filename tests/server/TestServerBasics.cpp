#include "core/BuildInfo.h"
#include "net/HealthCheck.h"
#include "server/HttpServer.h"
#include "server/ServerOptions.h"

#include <QTest>

using namespace sitegov;
using namespace sitegov::server;

class TestServerBasics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseListen_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host:port") << QStringLiteral("127.0.0.1:9000") << true << QStringLiteral("127.0.0.1") << 9000;
        QTest::newRow("port only") << QStringLiteral("9001") << true << QStringLiteral("127.0.0.1") << 9001;
        QTest::newRow(":port") << QStringLiteral(":9002") << true << QStringLiteral("127.0.0.1") << 9002;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:9003") << true << QStringLiteral("::1") << 9003;
        QTest::newRow("any") << QStringLiteral("0.0.0.0:0") << true << QStringLiteral("0.0.0.0") << 0;
        QTest::newRow("too big") << QStringLiteral("127.0.0.1:70000") << false << QString() << 0;
        QTest::newRow("words") << QStringLiteral("localhost:http") << false << QString() << 0;
        QTest::newRow("bad ipv6") << QStringLiteral("[::1]9003") << false << QString() << 0;
        QTest::newRow("empty") << QString() << false << QString() << 0;
    }

    void parseListen()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto r = ServerOptions::parseListen(input);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(r->first, host);
            QCOMPARE(int(r->second), port);
        }
    }

    void options()
    {
        auto o = ServerOptions::parse({QStringLiteral("--listen=127.0.0.1:8123"), QStringLiteral("--threads"),
            QStringLiteral("2"), QStringLiteral("--database"), QStringLiteral("x.db")});
        QVERIFY(o.ok());
        QCOMPARE(o->port, quint16(8123));
        QCOMPARE(o->threads, 2);
        QCOMPARE(o->database, QStringLiteral("x.db"));
        QVERIFY(!ServerOptions::parse({QStringLiteral("--threads"), QStringLiteral("0")}).ok());
        QVERIFY(!ServerOptions::parse({QStringLiteral("--threads")}).ok());
        QVERIFY(!ServerOptions::parse({QStringLiteral("--bogus")}).ok());
        QVERIFY(ServerOptions::parse({QStringLiteral("--help")})->showHelp);
    }

    void healthOverLoopback()
    {
        ServerOptions o;
        o.port = 0;
        o.threads = 2;
        HttpServer server(o);
        QVERIFY(server.start().ok());
        QVERIFY(server.port() != 0);
        const auto version = net::HealthCheck::run(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().fullText()));
        QCOMPARE(*version, BuildInfo::version());
        server.stop();
        const auto down = net::HealthCheck::run(QStringLiteral("http://127.0.0.1:%1").arg(o.port == 0 ? 1 : o.port), 2000);
        QVERIFY(!down.ok());
        QVERIFY(!net::HealthCheck::run(QStringLiteral("ftp://example")).ok());
    }
};

QTEST_GUILESS_MAIN(TestServerBasics)
#include "TestServerBasics.moc"
