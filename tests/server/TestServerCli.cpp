// The sitegov-server program itself: token create/list/revoke, serving until SIGTERM/SIGINT, --demo.
#include "ServerFixture.h"
#include "core/OfficeClock.h"

#include <QDate>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <csignal>

using namespace sitegov;
using namespace sitegov::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SITEGOV_SERVER_BINARY), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Starts the server and waits for its "listening on" line; returns the port (0 on failure).
quint16 startServer(QProcess& p, const QStringList& args, QString* log = nullptr)
{
    p.start(QStringLiteral(SITEGOV_SERVER_BINARY), args);
    if (!p.waitForStarted(10000))
        return 0;
    static const QRegularExpression listening(QStringLiteral(R"(listening on https?://127\.0\.0\.1:(\d+))"));
    QString seen;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        seen += QString::fromUtf8(p.readAllStandardError());
        const auto m = listening.match(seen);
        if (m.hasMatch()) {
            if (log)
                *log = seen;
            return quint16(m.captured(1).toUInt());
        }
    }
    qWarning("%s", qPrintable(seen));
    return 0;
}

QString stopServer(QProcess& p, int signal, int* exitCode)
{
    ::kill(pid_t(p.processId()), signal);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        *exitCode = -1;
    } else {
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    return QString::fromUtf8(p.readAllStandardError());
}

} // namespace

class TestServerCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void tokens()
    {
        const QString db = m_dir.filePath(QStringLiteral("tokens.db"));
        Run r = run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database"), db,
            QStringLiteral("--name"), QStringLiteral("console"), QStringLiteral("--scope"), QStringLiteral("read")});
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression tokenLine(QStringLiteral(R"(^sgv_[A-Za-z0-9_-]{43}\n$)"));
        QVERIFY2(tokenLine.match(r.out).hasMatch(), qPrintable(r.out));
        const QString readToken = r.out.trimmed();
        QVERIFY(r.err.contains(QStringLiteral("console")));

        r = run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database=") + db,
            QStringLiteral("--name=importer"), QStringLiteral("--scope=write")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(tokenLine.match(r.out).hasMatch());
        QVERIFY(r.out.trimmed() != readToken);

        // An active name is unique.
        r = run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database"), db,
            QStringLiteral("--name"), QStringLiteral("console"), QStringLiteral("--scope"), QStringLiteral("read")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());

        // Only the hash is stored.
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM tokens WHERE name = 'console'")) && q.next());
            QCOMPARE(q.value(0).toString(), server::AccessToken::hash(readToken.toUtf8()));
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT count(*) FROM tokens WHERE token_hash LIKE '%sgv_%' OR name LIKE '%sgv_%'"))
                && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));

        r = run({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--database"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("console\tread")));
        QVERIFY(r.out.contains(QStringLiteral("importer\twrite")));
        QVERIFY(!r.out.contains(readToken));

        r = run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--database"), db,
            QStringLiteral("--name"), QStringLiteral("console")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--database"), db,
            QStringLiteral("--name"), QStringLiteral("console")});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--database"), db,
            QStringLiteral("--id"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--database"), db});
        QCOMPARE(r.out.count(QStringLiteral("T")), 2 * 2); // both revoked: two timestamps each
        // A mistyped store is not created by listing or revoking.
        const QString typo = m_dir.filePath(QStringLiteral("tokns.db"));
        for (const QStringList& args : {QStringList{QStringLiteral("token"), QStringLiteral("list")},
                 QStringList{QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--id"), QStringLiteral("1")}}) {
            r = run(args + QStringList{QStringLiteral("--database"), typo});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
            QVERIFY(!QFile::exists(typo));
        }
        // The name is free again once revoked.
        r = run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database"), db,
            QStringLiteral("--name"), QStringLiteral("console"), QStringLiteral("--scope"), QStringLiteral("read")});
        QCOMPARE(r.exitCode, 0);
    }

    void tokenUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString db = QStringLiteral("--database=") + QDir::tempPath() + QStringLiteral("/never-created.db");
        QTest::newRow("no action") << QStringList{QStringLiteral("token")};
        QTest::newRow("unknown action") << QStringList{QStringLiteral("token"), QStringLiteral("delete"), db};
        QTest::newRow("no database") << QStringList{QStringLiteral("token"), QStringLiteral("list")};
        QTest::newRow("no scope") << QStringList{
            QStringLiteral("token"), QStringLiteral("create"), db, QStringLiteral("--name=x")};
        QTest::newRow("bad scope") << QStringList{QStringLiteral("token"), QStringLiteral("create"), db,
            QStringLiteral("--name=x"), QStringLiteral("--scope=admin")};
        QTest::newRow("no name") << QStringList{
            QStringLiteral("token"), QStringLiteral("create"), db, QStringLiteral("--scope=read")};
        QTest::newRow("revoke without id or name")
            << QStringList{QStringLiteral("token"), QStringLiteral("revoke"), db};
        QTest::newRow("revoke with a bad id")
            << QStringList{QStringLiteral("token"), QStringLiteral("revoke"), db, QStringLiteral("--id=first")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("token"), QStringLiteral("list"), db, QStringLiteral("--verbose")};
    }

    void tokenUsage()
    {
        QFETCH(QStringList, args);
        QFile::remove(QDir::tempPath() + QStringLiteral("/never-created.db"));
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/never-created.db")));
    }

    void usage()
    {
        Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--database")));
        QVERIFY(r.out.contains(QStringLiteral("token create")));
        r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("sitegov-server ")));
        QCOMPARE(run({QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}).exitCode, 2); // no --database
        r = run({QStringLiteral("token"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("token revoke")));
    }

    void servesUntilSigterm()
    {
        const QString db = m_dir.filePath(QStringLiteral("serve.db"));
        const Run created = run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database"), db,
            QStringLiteral("--name"), QStringLiteral("t"), QStringLiteral("--scope"), QStringLiteral("read")});
        QCOMPARE(created.exitCode, 0);
        QProcess server;
        const quint16 port = startServer(server,
            {QStringLiteral("--database"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY(port != 0);
        {
            Client client(port);
            QCOMPARE(client.get("/api/v1/health").status, 200);
            QCOMPARE(client.get("/api/v1/periods", created.out.trimmed().toUtf8()).status, 200);
        }
        int exitCode = -1;
        const QString log = stopServer(server, SIGTERM, &exitCode);
        QCOMPARE(exitCode, 0);
        // One log line per request: method, path, status, milliseconds.
        static const QRegularExpression line(
            QStringLiteral(R"(^GET /api/v1/health 200 \d+\.\d+ms$)"), QRegularExpression::MultilineOption);
        QVERIFY2(line.match(log).hasMatch(), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("GET /api/v1/periods 200 ")));
        QVERIFY(log.contains(QStringLiteral("stopped")));
    }

    void rulesAndTemporaryDemo()
    {
        // A rule set of one's own: served by /api/v1/rules; a broken one stops the start.
        QFile builtin(QStringLiteral(":/sitegov/scoring/rules-2019.json"));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        QByteArray json = builtin.readAll();
        json.replace("\"id\": \"2019\"", "\"id\": \"fujian-2020\"");
        const QString rules = m_dir.filePath(QStringLiteral("rules.json"));
        QFile out(rules);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        const QString db = m_dir.filePath(QStringLiteral("rules.db"));
        const Run created = run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database"), db,
            QStringLiteral("--name"), QStringLiteral("t"), QStringLiteral("--scope"), QStringLiteral("read")});
        QCOMPARE(created.exitCode, 0);
        QProcess server;
        QString log;
        quint16 port = startServer(server,
            {QStringLiteral("--database"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--rules"), rules},
            &log);
        QVERIFY(port != 0);
        QVERIFY(log.contains(QStringLiteral("rules fujian-2020")));
        {
            Client client(port);
            const Reply r = client.get("/api/v1/rules", created.out.trimmed().toUtf8());
            QCOMPARE(r.json().value(QLatin1String("id")).toString(), QStringLiteral("fujian-2020"));
        }
        int exitCode = -1;
        stopServer(server, SIGTERM, &exitCode);
        QCOMPARE(exitCode, 0);

        QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"id\": \"x\", \"categories\": []}");
        broken.close();
        const Run refused = run({QStringLiteral("--database"), db, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--rules"), broken.fileName()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("scoring rules")));

        // --demo without --database: a temporary store, gone when the server stops.
        port = startServer(
            server, {QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, &log);
        QVERIFY(port != 0);
        static const QRegularExpression storePath(QStringLiteral(R"(\(store (\S+server-demo\.db),)"));
        const auto m = storePath.match(log);
        QVERIFY2(m.hasMatch(), qPrintable(log));
        QVERIFY(QFile::exists(m.captured(1)));
        {
            Client client(port);
            QCOMPARE(client.get("/api/v1/health").status, 200);
        }
        stopServer(server, SIGTERM, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(!QFile::exists(m.captured(1)));
    }

    void demo()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.db"));
        QProcess server;
        const quint16 port = startServer(server,
            {QStringLiteral("--demo"), QStringLiteral("--database"), db, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0")});
        QVERIFY(port != 0);
        // A read token for the console, made while the server runs (the README's script does this).
        const Run created = run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database"), db,
            QStringLiteral("--name"), QStringLiteral("console"), QStringLiteral("--scope"), QStringLiteral("read")});
        QCOMPARE(created.exitCode, 0);
        const QByteArray token = created.out.trimmed().toUtf8();
        const QString lastMonth = OfficeClock::today().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        {
            Client client(port);
            Reply r = client.get("/api/v1/scores?limit=50&period=" + lastMonth.toStdString(), token);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(QLatin1String("items")).toArray().size(), 50);
            QVERIFY(r.json().value(QLatin1String("matched")).toInt() > 100);
            r = client.get("/api/v1/periods", token);
            // The 24 months up to last month, and the quarters and years they touch.
            QSet<QString> periods;
            for (int m = 1; m <= 24; ++m) {
                const QDate d = OfficeClock::today().addMonths(-m);
                periods << d.toString(QStringLiteral("yyyy-MM")) << d.toString(QStringLiteral("yyyy"))
                        << QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
            }
            QCOMPARE(r.json().value(QLatin1String("items")).toArray().size(), periods.size());
        }
        int exitCode = -1;
        stopServer(server, SIGINT, &exitCode);
        QCOMPARE(exitCode, 0);

        // Starting again keeps the store as it is.
        QString startLog;
        const quint16 again = startServer(server,
            {QStringLiteral("--demo"), QStringLiteral("--database"), db, QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0")},
            &startLog);
        QVERIFY(again != 0);
        {
            Client client(again);
            QCOMPARE(client.get("/api/v1/periods", token).status, 200); // the token survived
        }
        stopServer(server, SIGTERM, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(startLog.contains(QStringLiteral("already holds sites")), qPrintable(startLog));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "TestServerCli.moc"
