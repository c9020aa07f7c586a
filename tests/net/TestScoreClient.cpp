// The backend client and the score sync against a real sitegov-server on a loopback port (started
// in-process), and against a canned TCP server for what a good server never does: never answering,
// malformed or oversized answers, 403 and 503. After every failure the cache must be as it was.
#include "CannedServer.h"
#include "TestSupport.h"
#include "core/ScoringModel.h"
#include "net/CancelToken.h"
#include "net/NetError.h"
#include "net/ScoreClient.h"
#include "net/ScoreSync.h"
#include "server/DemoLoader.h"
#include "server/ServerFixture.h"
#include "storage/ScoreCache.h"
#include "storage/ScoreQueries.h"

#include <Poco/Net/ServerSocket.h>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

#include <future>

using namespace sitegov;
using namespace sitegov::net;
using test::CannedServer;

namespace {

const QDate kToday(2020, 7, 15); // demo months 2020-04 .. 2020-06

// Everything in the cache that a sync may change, except the time of the last confirmation.
QString snapshot(const QSqlDatabase& db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT period, kind, backend_url, etag, sites, fetched_at FROM score_periods ORDER BY period"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        out << row.join(u'|');
    }
    q.exec(QStringLiteral("SELECT * FROM score_cache ORDER BY period, site_code"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        out << row.join(u'|');
    }
    return out.join(u'\n');
}

QString describe(const Error& e)
{
    return e.code + QStringLiteral(": ") + e.fullText();
}

} // namespace

class TestScoreClient final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbs = 0;

    std::unique_ptr<Database> freshDatabase() { return test::openTempDatabase(m_dir, QStringLiteral("c%1.db").arg(++m_dbs)); }

    static bool loadDemo(test::ServerFixture& fixture, int months = 3)
    {
        server::DemoLoader::Options options;
        options.today = kToday;
        options.months = months;
        const auto loaded = server::DemoLoader::load(fixture.store(), fixture.api().model(), options);
        if (!loaded)
            qWarning("%s", qPrintable(loaded.error().fullText()));
        return loaded.ok() && loaded->loaded;
    }

    static ClientOptions optionsFor(quint16 port, const QByteArray& token)
    {
        ClientOptions o;
        o.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        o.token = token;
        o.connectTimeoutMs = 2000;
        o.receiveTimeoutMs = 5000;
        o.retryDelayMs = 20;
        return o;
    }

    // Every score of a period as the server serves it, through plain requests: code -> total.
    static QHash<QString, double> served(test::ServerFixture& fixture, const QString& period)
    {
        QHash<QString, double> out;
        test::Client client(fixture.port());
        QString cursor;
        do {
            std::string target = "/api/v1/scores?limit=500&period=" + period.toStdString();
            if (!cursor.isEmpty())
                target += "&cursor=" + cursor.toStdString();
            const auto reply = client.get(target, fixture.readToken);
            if (reply.status != 200)
                return {};
            const QJsonObject page = reply.json();
            for (const QJsonValue& v : page.value(QLatin1String("items")).toArray()) {
                const QJsonObject o = v.toObject();
                out.insert(o.value(QLatin1String("site_code")).toString(), o.value(QLatin1String("total")).toDouble());
            }
            cursor = page.value(QLatin1String("next_cursor")).toString();
        } while (!cursor.isEmpty());
        return out;
    }

    // A canned backend: /periods lists one period, its scores page is what `scores` gives.
    static CannedServer::Handler backendWith(std::function<CannedServer::Answer()> scores)
    {
        return [scores](const std::string& target, const std::string&) {
            if (target == "/api/v1/periods")
                return CannedServer::http(200, R"({"items":[{"period":"2020-06","kind":"month","sites":1}]})");
            return scores();
        };
    }

    static std::string onePage(const std::string& total)
    {
        return R"({"period":"2020-06","matched":1,"next_cursor":null,"items":[{"site_code":"3501000001",)"
               R"("site_name":"福州","level":"city","kind":"portal","region":"350100","period":"2020-06","total":)"
            + total
            + R"(,"deduction_score":80,"bonus":0,"bonus_claimed":0,"passed":true,"vetoes":[],"category_scores":{},)"
              R"("scaled":false,"rules":"r","rank":1,"rank_of":1,"assessments":1,"updated_at":"2020-07-01T00:00:00Z"}]})";
    }

    // onePage for another period.
    static std::string pageOf(const std::string& period, const std::string& total)
    {
        std::string page = onePage(total);
        for (std::size_t at = page.find("2020-06"); at != std::string::npos; at = page.find("2020-06", at + 1))
            page.replace(at, 7, period);
        return page;
    }

    // A /periods answer listing `periods`.
    static std::string periodList(const std::vector<std::string>& periods)
    {
        std::string items;
        for (const std::string& p : periods) {
            const std::string kind = p.size() == 4 ? "year" : (p.find('Q') != std::string::npos ? "quarter" : "month");
            items += std::string(items.empty() ? "" : ",") + "{\"period\":\"" + p + "\",\"kind\":\"" + kind
                + "\",\"sites\":1}";
        }
        return "{\"items\":[" + items + "]}";
    }

    // A database whose cache holds the demo's five periods (2020-04 .. 2020-06, 2020-Q2, 2020).
    std::unique_ptr<Database> filledDatabase(test::ServerFixture& fixture)
    {
        auto db = freshDatabase();
        if (!db || !loadDemo(fixture))
            return nullptr;
        const auto synced = ScoreSync::run(db->connection(), optionsFor(fixture.port(), fixture.readToken));
        if (!synced || synced->changed != 5)
            return nullptr;
        return db;
    }

    static int cachedPeriods(const QSqlDatabase& db)
    {
        return int(ScoreCache(db).periods()->size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void syncFollowsPagesAndFillsTheCache()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(loadDemo(fixture));
        auto db = freshDatabase();
        QVERIFY(db);

        ClientOptions options = optionsFor(fixture.port(), fixture.readToken);
        options.pageSize = 50; // the demo's 240 sites make 5 pages a period
        QList<ScoreSync::Progress> steps;
        const auto outcome = ScoreSync::run(db->connection(), options, nullptr,
            [&steps](const ScoreSync::Progress& p) { steps.append(p); });
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
        // 2020-04, -05, -06, 2020-Q2 and 2020.
        QCOMPARE(outcome->periods, 5);
        QCOMPARE(outcome->changed, 5);
        QCOMPARE(outcome->unchanged, 0);

        ScoreCache cache(db->connection());
        const auto periods = cache.periods();
        QVERIFY(periods.ok());
        QStringList names;
        for (const CachedPeriod& p : *periods)
            names << p.period.toString();
        QCOMPARE(names, (QStringList{QStringLiteral("2020-06"), QStringLiteral("2020-05"), QStringLiteral("2020-04"),
                            QStringLiteral("2020-Q2"), QStringLiteral("2020")}));
        int pages = 0;
        for (const CachedPeriod& p : *periods) {
            QVERIFY(!p.etag.isEmpty());
            QCOMPARE(p.backendUrl, options.baseUrl);
            const auto expected = served(fixture, p.period.toString());
            QVERIFY(expected.size() > 200);
            QCOMPARE(p.sites, int(expected.size()));
            pages += int((expected.size() + 49) / 50);
            const auto rows = ScoreQueries(db->connection()).scores(p.period, {});
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), expected.size());
            for (const ScoreRow& r : *rows)
                QCOMPARE(r.score.total, expected.value(r.score.siteCode, -1));
        }
        QCOMPARE(outcome->rows, qint64(240 * 5));
        // One request for the periods, then every page once: nothing fetched twice.
        QCOMPARE(outcome->requests, 1 + pages);
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.constLast().done, 5);
        QCOMPARE(steps.constLast().total, 5);

        const auto state = cache.state();
        QVERIFY(state.ok());
        QVERIFY(state->lastSuccessAt.isValid());
        QVERIFY(!state->failedLast());
        QCOMPARE(state->backendUrl, options.baseUrl);
    }

    void unchangedPeriodsCostOne304Each()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(loadDemo(fixture));
        auto db = freshDatabase();
        ClientOptions options = optionsFor(fixture.port(), fixture.readToken);
        options.pageSize = 50;
        QVERIFY(ScoreSync::run(db->connection(), options).ok());
        const QString before = snapshot(db->connection());

        const auto again = ScoreSync::run(db->connection(), options);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : describe(again.error())));
        QCOMPARE(again->unchanged, 5);
        QCOMPARE(again->changed, 0);
        QCOMPARE(again->requests, 1 + 5); // the periods, then one 304 per period
        QCOMPARE(snapshot(db->connection()), before);

        // The client on its own: the ETag of a first page gets a 304 and no body.
        ScoreClient client(options);
        const auto first = client.scores(Period::month(2020, 6));
        QVERIFY(first.ok());
        QVERIFY(!first->notModified);
        QCOMPARE(first->page.items.size(), 50);
        QVERIFY(!first->page.nextCursor.isEmpty());
        const auto second = client.scores(Period::month(2020, 6), {}, first->etag);
        QVERIFY(second.ok());
        QVERIFY(second->notModified);
        QVERIFY(second->page.items.isEmpty());
    }

    void aChangeOnALaterPageIsFetched()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(loadDemo(fixture));
        auto db = freshDatabase();
        ClientOptions options = optionsFor(fixture.port(), fixture.readToken);
        options.pageSize = 50;
        QVERIFY(ScoreSync::run(db->connection(), options).ok());

        // The last site of June's last page gets a new assessment: worse, so it stays on that page.
        const auto rows = ScoreQueries(db->connection()).scores(Period::month(2020, 6), {});
        QVERIFY(rows.ok());
        const ScoreRow last = rows->constLast();
        test::Client writer(fixture.port());
        const auto posted = writer.post("/api/v1/assessments",
            QJsonObject{{QStringLiteral("site"), last.score.siteCode}, {QStringLiteral("period"), QStringLiteral("2020-06")},
                {QStringLiteral("vetoes"), QJsonArray{QStringLiteral("unreachable")}}},
            fixture.writeToken);
        QVERIFY2(posted.status == 200, posted.body.constData());

        const auto outcome = ScoreSync::run(db->connection(), options);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
        // June, the second quarter and the year changed; April and May did not.
        QCOMPARE(outcome->changed, 3);
        QCOMPARE(outcome->unchanged, 2);
        const auto after = ScoreQueries(db->connection()).scores(Period::month(2020, 6), {});
        QVERIFY(after.ok());
        bool found = false;
        for (const ScoreRow& r : *after) {
            if (r.score.siteCode == last.score.siteCode) {
                found = true;
                QVERIFY(!r.score.passed);
                QCOMPARE(r.score.vetoes, QStringList{QStringLiteral("unreachable")});
            }
        }
        QVERIFY(found);
    }

    void authFailureLeavesTheCache()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(loadDemo(fixture));
        auto db = freshDatabase();
        const ClientOptions good = optionsFor(fixture.port(), fixture.readToken);
        QVERIFY(ScoreSync::run(db->connection(), good).ok());
        const QString before = snapshot(db->connection());

        for (const QByteArray& token : {QByteArray("not-a-token"), QByteArray()}) {
            const auto outcome = ScoreSync::run(db->connection(), optionsFor(fixture.port(), token));
            QVERIFY(!outcome.ok());
            QCOMPARE(NetError::failure(outcome.error()), Failure::Unauthorized);
            QVERIFY(outcome.error().message.contains(QStringLiteral("401")));
            QCOMPARE(snapshot(db->connection()), before);
            const auto state = ScoreCache(db->connection()).state();
            QVERIFY(state->failedLast());
            QCOMPARE(state->lastError.code, NetError::code(Failure::Unauthorized));
            QCOMPARE(state->lastError.message, outcome.error().message);
        }
        // A revoked token is refused the same way.
        QVERIFY(fixture.store().revokeToken(QStringLiteral("reader")).ok());
        const auto revoked = ScoreSync::run(db->connection(), good);
        QCOMPARE(NetError::failure(revoked.error()), Failure::Unauthorized);
        QCOMPARE(snapshot(db->connection()), before);

        // Test connection tells a missing token from a wrong one, and the server's version.
        ScoreClient noToken(optionsFor(fixture.port(), {}));
        const auto check = noToken.checkConnection();
        QCOMPARE(NetError::failure(check.error()), Failure::NotConfigured);
        ScoreClient writerClient(optionsFor(fixture.port(), fixture.writeToken));
        const auto ok = writerClient.checkConnection();
        QVERIFY(ok.ok());
        QCOMPARE(ok->periods, 5);
    }

    void forbiddenNotFoundAndServerErrors()
    {
        int calls = 0;
        CannedServer server([&calls](const std::string& target, const std::string&) {
            ++calls;
            if (target == "/api/v1/periods")
                return CannedServer::http(403, R"({"error":{"code":"forbidden","message":"no"}})");
            if (target == "/api/v1/health")
                return calls <= 2 ? CannedServer::http(503, "{}") : CannedServer::http(200, R"({"status":"ok","version":"9"})");
            if (target.rfind("/nothing", 0) == 0)
                return CannedServer::http(404, R"({"error":{"code":"not_found","message":"none"}})");
            return CannedServer::http(500, "{}");
        });
        ClientOptions options = optionsFor(server.port(), "t");
        ScoreClient client(options);
        // 503 twice, then the health answer: the retries are what made it.
        const auto health = client.health();
        QVERIFY2(health.ok(), qPrintable(health.ok() ? QString() : describe(health.error())));
        QCOMPARE(*health, QStringLiteral("9"));
        QCOMPARE(client.requestsSent(), 3);
        const auto periods = client.periods();
        QCOMPARE(NetError::failure(periods.error()), Failure::Forbidden);
        QVERIFY(periods.error().message.contains(QStringLiteral("403")));
        QVERIFY(periods.error().detail.contains(QStringLiteral("no")));
        QCOMPARE(NetError::failure(client.get(QStringLiteral("/nothing")).error()), Failure::NotFound);
        const int before = client.requestsSent();
        QCOMPARE(NetError::failure(client.get(QStringLiteral("/boom")).error()), Failure::ServerError);
        QCOMPARE(client.requestsSent(), before + 1); // a 500 is not retried
    }

    void timeoutIsBoundedAndRetriedAFewTimes()
    {
        CannedServer silent([](const std::string&, const std::string&) { return CannedServer::silence(); });
        auto db = freshDatabase();
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(loadDemo(fixture));
        QVERIFY(ScoreSync::run(db->connection(), optionsFor(fixture.port(), fixture.readToken)).ok());
        const QString before = snapshot(db->connection());

        ClientOptions options = optionsFor(silent.port(), "t");
        options.receiveTimeoutMs = 300;
        options.attempts = 2;
        QElapsedTimer timer;
        timer.start();
        const auto outcome = ScoreSync::run(db->connection(), options);
        QVERIFY(!outcome.ok());
        QCOMPARE(NetError::failure(outcome.error()), Failure::Timeout);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(timer.elapsed() >= 600); // two tries of 300 ms each
        QCOMPARE(silent.connections(), 2);
        QCOMPARE(snapshot(db->connection()), before);
        const auto state = ScoreCache(db->connection()).state();
        QCOMPARE(state->lastError.code, NetError::code(Failure::Timeout));
    }

    void cannotConnect()
    {
        quint16 port = 0;
        {
            Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
            port = probe.address().port();
        } // closed: nothing listens there now
        ClientOptions options = optionsFor(port, "t");
        options.attempts = 2;
        ScoreClient client(options);
        const auto health = client.health();
        QCOMPARE(NetError::failure(health.error()), Failure::CannotConnect);
        QVERIFY(health.error().message.contains(QString::number(port)));
        QCOMPARE(client.requestsSent(), 2);

        for (const QString& bad : {QStringLiteral("ftp://example.org"), QStringLiteral("127.0.0.1:8750"),
                 QStringLiteral("http://"), QStringLiteral("http://host/?q=1")}) {
            ClientOptions o;
            o.baseUrl = bad;
            QCOMPARE(NetError::failure(ScoreClient(o).validate().error()), Failure::InvalidAddress);
        }
        ClientOptions none;
        QCOMPARE(NetError::failure(ScoreClient(none).health().error()), Failure::NotConfigured);
        ClientOptions badToken = optionsFor(port, "two words");
        QCOMPARE(NetError::failure(ScoreClient(badToken).validate().error()), Failure::NotConfigured);
    }

    void malformedAndMisshapenAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("where");
        QTest::newRow("truncated") << QByteArray(R"({"period":"2020-06","items":[)") << QStringLiteral("at byte");
        QTest::newRow("not json") << QByteArray("<html>gateway</html>") << QStringLiteral("at byte 1");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("JSON object");
        QTest::newRow("total text") << QByteArray::fromStdString(onePage("\"high\"")) << QStringLiteral("items[0].total");
        QTest::newRow("no items") << QByteArray(R"({"period":"2020-06","matched":0,"next_cursor":null})")
                                  << QStringLiteral("items");
        QByteArray badLevel = QByteArray::fromStdString(onePage("80"));
        badLevel.replace("\"city\"", "\"metropolis\"");
        QTest::newRow("level") << badLevel << QStringLiteral("items[0].level");
        QByteArray otherPeriod = QByteArray::fromStdString(onePage("80"));
        otherPeriod.replace("\"period\":\"2020-06\",\"total", "\"period\":\"2020-05\",\"total");
        QTest::newRow("period") << otherPeriod << QStringLiteral("items[0].period");
    }

    void malformedAndMisshapenAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, where);
        // A cache filled from a good backend first.
        auto db = freshDatabase();
        {
            CannedServer good(backendWith([] { return CannedServer::http(200, onePage("77.5")); }));
            const auto first = ScoreSync::run(db->connection(), optionsFor(good.port(), "t"));
            QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : describe(first.error())));
        }
        const QString before = snapshot(db->connection());
        QVERIFY(before.contains(QStringLiteral("77.5")));

        const std::string text = body.toStdString();
        CannedServer bad(backendWith([text] { return CannedServer::http(200, text); }));
        const auto outcome = ScoreSync::run(db->connection(), optionsFor(bad.port(), "t"));
        QVERIFY(!outcome.ok());
        QCOMPARE(NetError::failure(outcome.error()), Failure::BadAnswer);
        QVERIFY2(outcome.error().message.contains(where), qPrintable(outcome.error().message));
        QCOMPARE(snapshot(db->connection()), before);
        QCOMPARE(ScoreCache(db->connection()).state()->lastError.message, outcome.error().message);
    }

    void oversizedAnswersAreRefusedUnread()
    {
        ClientOptions base;
        base.maxBodyBytes = 1024 * 1024;
        base.receiveTimeoutMs = 5000;
        {
            // Content-Length of 100 GiB: refused from the header, before any body arrives.
            CannedServer claims([](const std::string&, const std::string&) {
                return CannedServer::hugeLength(100LL * 1024 * 1024 * 1024);
            });
            ClientOptions o = base;
            o.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(claims.port());
            QElapsedTimer timer;
            timer.start();
            const auto r = ScoreClient(o).health();
            QCOMPARE(NetError::failure(r.error()), Failure::TooLarge);
            QVERIFY(timer.elapsed() < 3000);
            QCOMPARE(claims.connections(), 1); // not retried
        }
        {
            // A chunked body without end: refused once it passes the limit.
            CannedServer endless([](const std::string&, const std::string&) { return CannedServer::endless(); });
            ClientOptions o = base;
            o.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(endless.port());
            ScoreClient client(o);
            const auto r = client.health();
            QCOMPARE(NetError::failure(r.error()), Failure::TooLarge);
            QVERIFY(r.error().message.contains(QStringLiteral("1 MiB")));
            QVERIFY(client.bytesReceived() <= o.maxBodyBytes); // nothing kept beyond the limit
        }
        // The sync keeps the cache when a page is too large.
        auto db = freshDatabase();
        {
            CannedServer good(backendWith([] { return CannedServer::http(200, onePage("66")); }));
            QVERIFY(ScoreSync::run(db->connection(), optionsFor(good.port(), "t")).ok());
        }
        const QString before = snapshot(db->connection());
        CannedServer huge(backendWith([] { return CannedServer::endless(); }));
        ClientOptions o = optionsFor(huge.port(), "t");
        o.maxBodyBytes = 1024 * 1024;
        const auto outcome = ScoreSync::run(db->connection(), o);
        QCOMPARE(NetError::failure(outcome.error()), Failure::TooLarge);
        QCOMPARE(snapshot(db->connection()), before);
    }

    void aFailureHalfWayKeepsFinishedPeriodsWhole()
    {
        // Two periods: the newer (June) is served, the older (May) breaks on its second page.
        auto db = freshDatabase();
        const auto periods = std::string(R"({"items":[{"period":"2020-05","kind":"month","sites":1},)")
            + R"({"period":"2020-06","kind":"month","sites":1}]})";
        std::string may = onePage("50");
        for (const auto& [from, to] : {std::pair<std::string, std::string>{"2020-06", "2020-05"}}) {
            for (std::size_t at = may.find(from); at != std::string::npos; at = may.find(from, at))
                may.replace(at, from.size(), to);
        }
        {
            CannedServer first([&](const std::string& target, const std::string&) {
                if (target == "/api/v1/periods")
                    return CannedServer::http(200, periods);
                if (target.find("2020-05") != std::string::npos)
                    return CannedServer::http(200, may);
                return CannedServer::http(200, onePage("60"));
            });
            QVERIFY(ScoreSync::run(db->connection(), optionsFor(first.port(), "t")).ok());
        }
        const auto mayBefore = ScoreQueries(db->connection()).scores(Period::month(2020, 5), {});
        QCOMPARE(mayBefore->size(), 1);
        QCOMPARE(mayBefore->constFirst().score.total, 50.0);

        std::string mayPaged = may;
        mayPaged.replace(mayPaged.find("\"next_cursor\":null"), 18, "\"next_cursor\":\"abc\"");
        mayPaged.replace(mayPaged.find("\"matched\":1"), 11, "\"matched\":2");
        mayPaged.replace(mayPaged.find("\"total\":50"), 10, "\"total\":51");
        CannedServer second([&](const std::string& target, const std::string&) {
            if (target == "/api/v1/periods")
                return CannedServer::http(200, periods);
            if (target.find("cursor=abc") != std::string::npos)
                return CannedServer::http(200, "{\"period\":\"2020-05\",\"items\":[{\"site_code\":");
            if (target.find("2020-05") != std::string::npos)
                return CannedServer::http(200, mayPaged);
            return CannedServer::http(200, onePage("61"));
        });
        const auto outcome = ScoreSync::run(db->connection(), optionsFor(second.port(), "t"));
        QCOMPARE(NetError::failure(outcome.error()), Failure::BadAnswer);
        // June was finished and replaced; May is exactly as before (not its half-read first page).
        QCOMPARE(ScoreQueries(db->connection()).scores(Period::month(2020, 6), {})->constFirst().score.total, 61.0);
        const auto mayAfter = ScoreQueries(db->connection()).scores(Period::month(2020, 5), {});
        QCOMPARE(mayAfter->size(), 1);
        QCOMPARE(mayAfter->constFirst().score.total, 50.0);
    }

    void anEmptyListNeverWipesTheCache()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        auto db = filledDatabase(fixture);
        QVERIFY(db);
        const QString before = snapshot(db->connection());
        const qint64 rows = *ScoreCache(db->connection()).rowCount();
        QVERIFY(rows >= 240 * 5);

        CannedServer empty([](const std::string& target, const std::string&) {
            if (target == "/api/v1/periods")
                return CannedServer::http(200, R"({"items":[]})");
            return CannedServer::http(404, "{}");
        });
        const auto outcome = ScoreSync::run(db->connection(), optionsFor(empty.port(), "t"));
        QVERIFY(!outcome.ok());
        QCOMPARE(NetError::failure(outcome.error()), Failure::BadAnswer);
        QVERIFY2(outcome.error().message.contains(QLatin1String("kept")), qPrintable(outcome.error().message));
        QCOMPARE(snapshot(db->connection()), before);
        QCOMPARE(*ScoreCache(db->connection()).rowCount(), rows);
        // Recorded as a failed sync, not a successful one.
        const auto state = ScoreCache(db->connection()).state();
        QVERIFY(state->failedLast());
        QCOMPARE(state->lastError.message, outcome.error().message);

        // A listed period that comes back without a single score keeps its rows.
        CannedServer hollow([](const std::string& target, const std::string&) {
            if (target == "/api/v1/periods")
                return CannedServer::http(200, periodList({"2020-06"}));
            return CannedServer::http(200, R"({"period":"2020-06","matched":0,"next_cursor":null,"items":[]})");
        });
        const auto kept = ScoreSync::run(db->connection(), optionsFor(hollow.port(), "t"));
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : describe(kept.error())));
        QCOMPARE(kept->changed, 0);
        QCOMPARE(kept->removed, 0);
        QCOMPARE(kept->kept, 5); // 2020-06 answered empty, the other four not listed
        QCOMPARE(snapshot(db->connection()), before);
    }

    void unlistedPeriodsGoOnlyWhenTheListConfirmsMostOfTheCache()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        auto db = filledDatabase(fixture);
        QVERIFY(db);
        auto serving = [](const std::vector<std::string>& periods) {
            return [periods](const std::string& target, const std::string&) {
                if (target == "/api/v1/periods")
                    return CannedServer::http(200, periodList(periods));
                for (const std::string& p : periods) {
                    if (target.find("period=" + p + "&") != std::string::npos)
                        return CannedServer::http(200, pageOf(p, "70"));
                }
                return CannedServer::http(404, "{}");
            };
        };
        // One of five listed: the four others are kept (a backend that lost most of its data).
        {
            CannedServer few(serving({"2020-06"}));
            const auto outcome = ScoreSync::run(db->connection(), optionsFor(few.port(), "t"));
            QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
            QCOMPARE(outcome->changed, 1);
            QCOMPARE(outcome->removed, 0);
            QCOMPARE(outcome->kept, 4);
            QCOMPARE(cachedPeriods(db->connection()), 5);
            QCOMPARE(ScoreQueries(db->connection()).scores(Period::month(2020, 6), {})->size(), 1);
            QVERIFY(ScoreQueries(db->connection()).scores(Period::month(2020, 5), {})->size() >= 240);
        }
        // Four of five listed: the backend positively confirms most of the cache; the fifth goes.
        CannedServer most(serving({"2020-04", "2020-05", "2020-06", "2020-Q2"}));
        const auto outcome = ScoreSync::run(db->connection(), optionsFor(most.port(), "t"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
        QCOMPARE(outcome->removed, 1);
        QCOMPARE(outcome->kept, 0);
        QCOMPARE(cachedPeriods(db->connection()), 4);
        QVERIFY(!ScoreCache(db->connection()).period(Period::year(2020))->has_value());
    }

    void aTricklingBackendMeetsTheRequestDeadline()
    {
        auto db = freshDatabase();
        // A good answer, one byte every 100 ms: no single wait comes near the read timeout.
        const std::string body = periodList({"2020-06", "2020-05"});
        CannedServer trickling([&body](const std::string& target, const std::string&) {
            if (target == "/api/v1/periods")
                return CannedServer::trickle(200, body, 100);
            return CannedServer::http(200, onePage("80"));
        });
        ClientOptions options = optionsFor(trickling.port(), "t");
        options.receiveTimeoutMs = 3000;
        options.requestDeadlineMs = 1500;
        const auto outcome = ScoreSync::run(db->connection(), options);
        QVERIFY2(!outcome.ok(), "the whole trickled answer was waited for");
        QCOMPARE(NetError::failure(outcome.error()), Failure::Timeout);
        QVERIFY2(outcome.error().message.contains(QLatin1String("whole answer")), qPrintable(outcome.error().message));
        QCOMPARE(trickling.connections(), 1); // a backend that slow is not asked again
        // Far fewer bytes than the answer has came through before the request was given up.
        QVERIFY(trickling.bytesSent() < (long long)body.size());
        QCOMPARE(ScoreCache(db->connection()).state()->lastError.code, NetError::code(Failure::Timeout));
        QCOMPARE(*ScoreCache(db->connection()).rowCount(), qint64(0));
    }

    void aOneRunBackendLeavesTheSharedCache()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        auto shared = filledDatabase(fixture);
        QVERIFY(shared);
        const QString before = snapshot(shared->connection());
        const auto stateBefore = ScoreCache(shared->connection()).state();

        CannedServer oneRun([](const std::string& target, const std::string&) {
            if (target == "/api/v1/periods")
                return CannedServer::http(200, R"({"items":[]})");
            return CannedServer::http(404, "{}");
        });
        CannedServer other([](const std::string& target, const std::string&) {
            if (target == "/api/v1/periods")
                return CannedServer::http(200, periodList({"2020-06"}));
            return CannedServer::http(200, onePage("42"));
        });
        struct RunStore
        {
            explicit RunStore(const QString& file) { ScoreCache::useRunStore(file); }
            ~RunStore() { ScoreCache::useRunStore(QString()); }
        };
        {
            // As `sitegov --backend URL` does: the run's scores in a store of their own.
            const RunStore store(m_dir.filePath(QStringLiteral("run-scores-%1.db").arg(++m_dbs)));
            auto run = ConsoleDatabase::open(shared->path(), Database::Mode::RequireCurrent);
            if (test::onPostgres()) {
                // The run's store is a file attached to SQLite's connection: on a shared PostgreSQL
                // database the console refuses the one-run backend and says what to do instead
                // (docs/design/postgresql.md), leaving the shared cache alone.
                QVERIFY(!run);
                QVERIFY2(run.error().message.contains(QLatin1String("needs a database file")),
                    qPrintable(run.error().fullText()));
                QCOMPARE(snapshot(shared->connection()), before);
                return;
            }
            QVERIFY(run);
            QSqlDatabase& c = (*run)->connection();
            // The run starts from an empty cache of its own, and its sync fills only that.
            QCOMPARE(*ScoreCache(c).rowCount(), qint64(0));
            const auto outcome = ScoreSync::run(c, optionsFor(other.port(), "t"));
            QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
            QCOMPARE(outcome->changed, 1);
            const auto rows = ScoreQueries(c).scores(Period::month(2020, 6), {});
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), 1);
            QCOMPARE(rows->constFirst().score.total, 42.0);
            QCOMPARE(ScoreCache(c).state()->backendUrl, optionsFor(other.port(), "t").baseUrl);
            // Another connection of the run (a worker's) sees the same store.
            auto worker = ConsoleDatabase::open(shared->path(), Database::Mode::RequireCurrent);
            QVERIFY(worker);
            QCOMPARE(*ScoreCache((*worker)->connection()).rowCount(), qint64(1));
            // A failing sync of the run is recorded in the run's store too.
            QVERIFY(!ScoreSync::run(c, optionsFor(oneRun.port(), "t")).ok());
            QCOMPARE(*ScoreCache(c).rowCount(), qint64(1));
        }
        // The shared cache, read on its own connection, is exactly as it was, state included.
        QCOMPARE(snapshot(shared->connection()), before);
        const auto stateAfter = ScoreCache(shared->connection()).state();
        QVERIFY(stateBefore.ok());
        QVERIFY2(stateAfter.ok(), qPrintable(stateAfter.ok() ? QString() : stateAfter.error().fullText()));
        QCOMPARE(stateAfter->lastAttemptAt, stateBefore->lastAttemptAt);
        QCOMPARE(stateAfter->backendUrl, stateBefore->backendUrl);
        QVERIFY(!stateAfter->failedLast());
    }

    void cancelEndsABlockedRequestAtOnce()
    {
        CannedServer silent([](const std::string&, const std::string&) { return CannedServer::silence(); });
        auto db = freshDatabase();
        const QString path = db->path();
        ClientOptions options = optionsFor(silent.port(), "t");
        options.receiveTimeoutMs = 60000;
        CancelToken cancel;
        QElapsedTimer timer;
        timer.start();
        auto future = std::async(std::launch::async, [path, options, &cancel]() {
            auto own = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            const auto r = ScoreSync::run((*own)->connection(), options, &cancel);
            return r.ok() ? QString() : r.error().code;
        });
        QTRY_COMPARE(silent.connections(), 1);
        cancel.cancel();
        QCOMPARE(future.get(), NetError::code(Failure::Cancelled));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const auto state = ScoreCache(db->connection()).state();
        QCOMPARE(state->lastError.code, NetError::code(Failure::Cancelled));
        QCOMPARE(silent.connections(), 1); // a cancel is not retried
    }

    // HTTPS to a server that does not speak it is a TLS failure, whether the server answers in plain
    // HTTP at once or reads the handshake as the start of a request and waits for the rest (which a
    // real HTTP server does when the handshake's random bytes hold a space early on).
    void httpsToAPlainServerIsATlsFailure()
    {
        CannedServer waiting([](const std::string&, const std::string&) { return CannedServer::silence(); });
        ClientOptions options = optionsFor(waiting.port(), "t");
        options.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(waiting.port());
        options.receiveTimeoutMs = 300;
        options.attempts = 1;
        const auto handshake = ScoreClient(options).health();
        QVERIFY(!handshake.ok());
        QVERIFY2(NetError::failure(handshake.error()) == Failure::Tls, qPrintable(describe(handshake.error())));

        CannedServer plain([](const std::string&, const std::string&) { return CannedServer::http(400, "{}"); }, false);
        options.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(plain.port());
        const auto answered = ScoreClient(options).health();
        QVERIFY(!answered.ok());
        QVERIFY2(NetError::failure(answered.error()) == Failure::Tls, qPrintable(describe(answered.error())));
    }

    void tls()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl tool is needed (Debian package openssl, in scripts/install-deps)");
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess p;
        p.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        test::ServerFixture fixture;
        server::ServerOptions serverOptions;
        serverOptions.certificate = cert;
        serverOptions.privateKey = key;
        QVERIFY(fixture.start(serverOptions));

        ClientOptions options = optionsFor(fixture.port(), fixture.readToken);
        // By address: a minimal system (a fresh Debian root) may have no /etc/hosts naming localhost.
        options.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(fixture.port());
        options.attempts = 1;
        // The self-signed certificate is not trusted by the system.
        const auto untrusted = ScoreClient(options).health();
        QCOMPARE(NetError::failure(untrusted.error()), Failure::Tls);
        // Trusted explicitly, it works, token and all.
        options.caFile = cert;
        const auto trusted = ScoreClient(options).checkConnection();
        QVERIFY2(trusted.ok(), qPrintable(trusted.ok() ? QString() : describe(trusted.error())));
        // Plain HTTP to the TLS port is no conversation.
        ClientOptions plain = optionsFor(fixture.port(), fixture.readToken);
        plain.attempts = 1;
        plain.receiveTimeoutMs = 2000;
        const auto mixed = ScoreClient(plain).health();
        QVERIFY(!mixed.ok());
        QVERIFY(NetError::failure(mixed.error()) == Failure::CannotConnect
            || NetError::failure(mixed.error()) == Failure::BadAnswer);
    }
};

QTEST_GUILESS_MAIN(TestScoreClient)
#include "TestScoreClient.moc"
