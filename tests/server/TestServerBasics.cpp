#include "ServerFixture.h"
#include "core/BuildInfo.h"
#include "net/HealthCheck.h"
#include "server/HttpServer.h"
#include "server/ServerOptions.h"

#include <QFile>
#include <QTemporaryDir>
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

    void moreOptions()
    {
        auto o = ServerOptions::parse(
            {QStringLiteral("--demo"), QStringLiteral("--seed=7"), QStringLiteral("--cert"), QStringLiteral("c.pem"),
                QStringLiteral("--key"), QStringLiteral("k.pem"), QStringLiteral("--rules"), QStringLiteral("r.json")});
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().fullText()));
        QVERIFY(o->demo);
        QCOMPARE(o->seed, 7u);
        QVERIFY(o->tls());
        QCOMPARE(o->rules, QStringLiteral("r.json"));
        QCOMPARE(ServerOptions().threads, 16);
        QVERIFY(!ServerOptions::parse({QStringLiteral("--cert"), QStringLiteral("c.pem")}).ok()); // no key
        QVERIFY(!ServerOptions::parse({QStringLiteral("--seed"), QStringLiteral("-1")}).ok());
        QVERIFY(!ServerOptions::parse({QStringLiteral("--database")}).ok());
    }

    void limitsAndDeadlines()
    {
        const ServerOptions defaults;
        QCOMPARE(defaults.maxConnections, 4096);
        QCOMPARE(defaults.maxConnectionsPerClient, 1024);
        QCOMPARE(defaults.headerTimeout, 10);
        QCOMPARE(defaults.bodyTimeout, 30);
        QCOMPARE(defaults.idleTimeout, 60);
        auto o = ServerOptions::parse({QStringLiteral("--max-connections"), QStringLiteral("100"),
            QStringLiteral("--max-connections-per-client=7"), QStringLiteral("--header-timeout"), QStringLiteral("3"),
            QStringLiteral("--body-timeout"), QStringLiteral("4"), QStringLiteral("--idle-timeout"),
            QStringLiteral("5")});
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().fullText()));
        QCOMPARE(o->maxConnections, 100);
        QCOMPARE(o->maxConnectionsPerClient, 7);
        QCOMPARE(o->headerTimeout, 3);
        QCOMPARE(o->bodyTimeout, 4);
        QCOMPARE(o->idleTimeout, 5);
        for (const QStringList& bad : {QStringList{QStringLiteral("--max-connections"), QStringLiteral("0")},
                 QStringList{QStringLiteral("--max-connections-per-client"), QStringLiteral("many")},
                 QStringList{QStringLiteral("--header-timeout"), QStringLiteral("0")},
                 QStringList{QStringLiteral("--body-timeout"), QStringLiteral("4000")},
                 QStringList{QStringLiteral("--idle-timeout")}}) {
            const auto refused = ServerOptions::parse(bad);
            QVERIFY2(!refused.ok(), qPrintable(bad.join(u' ')));
            QVERIFY(refused.error().message.contains(bad.first()));
        }

        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("limits.ini")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("max_connections = 500\nmax_connections_per_client = 50\nheader_timeout = 2\nbody_timeout = 20\n"
                "idle_timeout = 30\n");
        f.close();
        o = ServerOptions::parse(
            {QStringLiteral("--config"), f.fileName(), QStringLiteral("--body-timeout"), QStringLiteral("9")});
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().fullText()));
        QCOMPARE(o->maxConnections, 500);
        QCOMPARE(o->maxConnectionsPerClient, 50);
        QCOMPARE(o->headerTimeout, 2);
        QCOMPARE(o->bodyTimeout, 9); // the command line wins
        QCOMPARE(o->idleTimeout, 30);
        QFile bad(dir.filePath(QStringLiteral("bad.ini")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("header_timeout = soon\n");
        bad.close();
        const auto refused = ServerOptions::parse({QStringLiteral("--config"), bad.fileName()});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("--header-timeout")));
    }

    void configFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("listen = 127.0.0.1:9100\nthreads = 3\ndatabase = data/server.db\n[tls]\ncert = tls/cert.pem\n"
                "key = /etc/sitegov/key.pem\n");
        f.close();
        auto o = ServerOptions::parse(
            {QStringLiteral("--config"), path, QStringLiteral("--threads"), QStringLiteral("5")});
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().fullText()));
        QCOMPARE(o->port, quint16(9100));
        QCOMPARE(o->threads, 5); // the command line wins
        QCOMPARE(o->database, dir.filePath(QStringLiteral("data/server.db")));
        QCOMPARE(o->certificate, dir.filePath(QStringLiteral("tls/cert.pem")));
        QCOMPARE(o->privateKey, QStringLiteral("/etc/sitegov/key.pem"));
        QVERIFY(o->tls());
        // The command line wins even when it comes before --config.
        o = ServerOptions::parse(
            {QStringLiteral("--listen"), QStringLiteral("9200"), QStringLiteral("--config"), path});
        QVERIFY(o.ok());
        QCOMPARE(o->port, quint16(9200));
        QCOMPARE(o->threads, 3);

        QFile bad(dir.filePath(QStringLiteral("bad.ini")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("listen = 127.0.0.1:9100\nthreds = 3\n");
        bad.close();
        const auto rejected = ServerOptions::parse({QStringLiteral("--config"), bad.fileName()});
        QVERIFY(!rejected.ok());
        QVERIFY(rejected.error().message.contains(QStringLiteral("threds")));
        QVERIFY(!ServerOptions::parse({QStringLiteral("--config"), dir.filePath(QStringLiteral("missing.ini"))}).ok());
    }

    void healthOverLoopback()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.port() != 0);
        const quint16 port = fixture.port();
        const auto version = net::HealthCheck::run(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().fullText()));
        QCOMPARE(*version, BuildInfo::version());
        fixture.stop();
        const auto down = net::HealthCheck::run(QStringLiteral("http://127.0.0.1:%1").arg(port), 2000);
        QVERIFY(!down.ok());
        QVERIFY(!net::HealthCheck::run(QStringLiteral("ftp://example")).ok());
    }

    void listenFailure()
    {
        test::ServerFixture first;
        QVERIFY(first.start());
        QTemporaryDir dir;
        auto store = ServerStore::open(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(store.ok());
        Api api(**store, ScoringModel(*ScoringRules::builtin()));
        ServerOptions o;
        o.port = first.port(); // taken
        HttpServer second(o, api);
        const Status s = second.start();
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QString::number(first.port())));
        o.host = QStringLiteral("no such host.invalid");
        o.port = 0;
        HttpServer third(o, api);
        QVERIFY(!third.start().ok());
    }
};

QTEST_GUILESS_MAIN(TestServerBasics)
#include "TestServerBasics.moc"
