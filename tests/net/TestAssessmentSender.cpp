#include "CannedServer.h"
#include "TestSupport.h"
#include "core/OfficeClock.h"
#include "net/AssessmentSender.h"
#include "net/NetError.h"
#include "net/ScoreSync.h"
#include "server/ServerFixture.h"
#include "storage/AccountService.h"
#include "storage/AssessmentOutbox.h"
#include "storage/AssessmentService.h"
#include "storage/RegistryService.h"
#include "storage/ScoreQueries.h"
#include "storage/SpotCheckService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace sitegov;
using namespace sitegov::net;
using test::CannedServer;

// Confirmed spot-check assessments on their way to sitegov-server (net/AssessmentSender), against the
// real server (test::ServerFixture runs its HTTP front, routes and store on loopback) and, for what a
// real server never does (hang, fail with 500, answer garbage), a canned one. The queue survives every
// failure, an assessment never reaches the backend as two, and the next sync brings its score back.
class TestAssessmentSender final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    Session m_checker, m_director;
    qint64 m_city = 0, m_dept = 0;
    qint64 m_planId = 0;
    QList<SpotCheckItem> m_items;
    const Period m_month = Period::month(2026, 11);
    const QDate m_today{2026, 11, 28};
    int m_dbs = 0;

    QSqlDatabase& db() { return m_db->connection(); }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 org(
        qint64 parent, const QString& name, AdminLevel level, OrgKind kind, const QString& code, const QString& label)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = kind;
        o.divisionCode = code;
        o.domainLabel = label;
        const auto id = RegistryService(db()).createOrganisation(m_system, o);
        return id ? *id : 0;
    }

    qint64 site(qint64 host, const QString& code, const QString& name, SiteKind kind)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = code + QStringLiteral(".example.gov.cn");
        s.url = QStringLiteral("https://%1/").arg(s.domain);
        s.kind = kind;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        const auto id = RegistryService(db()).registerSite(m_system, s, RegistryService::DuplicatePolicy::Flag);
        return id ? *id : 0;
    }

    Session account(const QString& username, qint64 orgId, QList<Role> roles)
    {
        const auto id = AccountService(db()).create(
            m_system, NewAccount{username, username, orgId, roles}, QStringLiteral("secret pass"));
        return AccountService::sessionFor(AccountService(db()).byId(*id).value());
    }

    // The checker's assessment of the plan's n-th site, confirmed by the director: one deduction of
    // `points` (and, with `veto`, a veto item), each with its evidence.
    qint64 confirmed(int n, double points, bool veto = false)
    {
        AssessmentDraft d;
        d.deductions = {{QStringLiteral("info_update"), points}};
        Evidence e;
        e.url = QStringLiteral("https://example.gov.cn/news/");
        e.note = QStringLiteral("动态要闻更新不及时");
        d.evidence.insert(SpotCheckRules::deductionKey(QStringLiteral("info_update")), e);
        if (veto) {
            d.vetoes = {QStringLiteral("homepage_stale")};
            e.note = QStringLiteral("首页超过2周未更新");
            d.evidence.insert(SpotCheckRules::vetoKey(QStringLiteral("homepage_stale")), e);
        }
        AssessmentService service(db());
        const auto id = service.save(m_checker, m_items.at(n).id, d);
        if (!id) {
            qWarning("%s", qPrintable(id.error().fullText()));
            return 0;
        }
        if (const Status s = service.submit(m_checker, *id); !s)
            qWarning("%s", qPrintable(s.error().fullText()));
        if (const Status s = service.confirm(m_director, *id, {}, m_today.addDays(30), m_today); !s)
            qWarning("%s", qPrintable(s.error().fullText()));
        return *id;
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

    OutboxEntry entry(qint64 id) { return AssessmentOutbox(db()).entry(id).value().value(); }

    // Makes every waiting entry due now (as if its pause had passed).
    void makeDue()
    {
        QVERIFY(QSqlQuery(db()).exec(QStringLiteral("UPDATE assessment_outbox SET next_attempt_at = NULL")));
    }

    // What the real server keeps for a site and month: its score's total and how many assessments
    // are behind it (-1: none).
    static std::pair<double, int> onServer(test::ServerFixture& fixture, const QString& code, const Period& month)
    {
        test::Client client(fixture.port());
        const auto reply
            = client.get("/api/v1/scores?period=" + month.toString().toStdString() + "&site=" + code.toStdString(),
                fixture.readToken);
        const QJsonArray items = reply.json().value(QLatin1String("items")).toArray();
        if (reply.status != 200 || items.isEmpty())
            return {0, -1};
        const QJsonObject o = items.first().toObject();
        return {o.value(QLatin1String("total")).toDouble(), o.value(QLatin1String("assessments")).toInt()};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::openTempDatabase(m_dir, QStringLiteral("s%1.db").arg(++m_dbs));
        QVERIFY(m_db);
        const qint64 province = org(0, QStringLiteral("P省人民政府"), AdminLevel::Province, OrgKind::Government,
            QStringLiteral("350000"), QStringLiteral("p"));
        m_city = org(province, QStringLiteral("C市人民政府"), AdminLevel::City, OrgKind::Government,
            QStringLiteral("350100"), QStringLiteral("c"));
        m_dept = org(m_city, QStringLiteral("C市教育局"), AdminLevel::City, OrgKind::Department,
            QStringLiteral("350100"), QStringLiteral("cjy"));
        QVERIFY(province && m_city && m_dept);
        QVERIFY(site(m_city, QStringLiteral("3501000001"), QStringLiteral("C市人民政府门户网站"), SiteKind::Portal));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(site(m_dept, QStringLiteral("350100%1").arg(1000 + i), QStringLiteral("C市部门网站%1").arg(i),
                SiteKind::Department));
        }
        m_checker = account(QStringLiteral("checker"), m_city, {Role::Inspector});
        m_director = account(QStringLiteral("director"), m_city, {Role::Director});
        SpotCheckService plans(db());
        const auto plan = plans.draw(m_director, m_city, m_month, 7);
        QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
        m_planId = *plan;
        m_items = plans.items(m_planId).value();
        QVERIFY(m_items.size() >= 3);
        QList<qint64> ids;
        for (const SpotCheckItem& i : std::as_const(m_items))
            ids << i.id;
        QVERIFY(plans.assign(m_director, m_planId, ids, m_checker.accountId).ok());
    }

    void cleanup() { m_db.reset(); }

    // The backend does not know the site: it is registered from the registry first, the assessment
    // stored with the score the console computed, and the next sync brings it into the score cache.
    void sendsRegistersTheSiteAndTheNextSyncShowsIt()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        const qint64 id = confirmed(0, 3, true);
        const qint64 passing = confirmed(1, 2);
        QVERIFY(id && passing);
        const AssessmentRecord record = AssessmentService(db()).byId(id).value();

        const auto run = AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken));
        QVERIFY2(run.ok(), qPrintable(run.error().fullText()));
        QCOMPARE(run->sent, 2);
        QCOMPARE(run->registered, 2);
        QCOMPARE(run->refused, 0);
        QVERIFY(!run->stopped());
        const OutboxEntry e = entry(id);
        QCOMPARE(e.state, SendState::Sent);
        QCOMPARE(e.attempts, 1);
        QVERIFY(e.siteRegisteredAt.isValid());
        QVERIFY(e.hasBackendTotal);
        QCOMPARE(e.backendTotal, record.card.total);

        // The server registered the site as the registry has it and keeps one assessment.
        test::Client client(fixture.port());
        const auto site = client.get("/api/v1/sites/" + record.siteCode.toStdString(), fixture.readToken);
        QCOMPARE(site.status, 200);
        QCOMPARE(site.json().value(QLatin1String("name")).toString(), record.siteName);
        QCOMPARE(onServer(fixture, record.siteCode, m_month), std::pair(record.card.total, 1));

        // Nothing more to send: a second run puts nothing on the wire.
        const auto again = AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken));
        QCOMPARE(again->sent + again->failed + again->refused, 0);

        // The next sync: the Scores page reads the score cache, which now holds both.
        const auto synced = ScoreSync::run(db(), optionsFor(fixture.port(), fixture.writeToken));
        QVERIFY2(synced.ok(), qPrintable(synced.error().fullText()));
        const auto rows = ScoreQueries(db()).scores(m_month, ScoreScope{});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        bool found = false;
        for (const ScoreRow& r : *rows) {
            if (r.score.siteCode == record.siteCode) {
                found = true;
                QCOMPARE(r.score.total, record.card.total);
                QVERIFY(!r.score.passed);
                QCOMPARE(r.siteId, record.siteId);
            }
        }
        QVERIFY(found);
    }

    // The answer got lost after the backend stored the assessment (the connection dropped, the
    // console closed): sending it again replaces it there, it never becomes two.
    void aLostAnswerIsSentAgainWithoutADuplicate()
    {
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        const qint64 id = confirmed(0, 4);
        const AssessmentRecord record = AssessmentService(db()).byId(id).value();
        QCOMPARE(AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken))->sent, 1);
        // As if the answer never came: the row is still waiting.
        QVERIFY(QSqlQuery(db()).exec(
            QStringLiteral("UPDATE assessment_outbox SET state = 'waiting', sent_at = NULL, backend_total = NULL")));
        const auto run = AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken));
        QCOMPARE(run->sent, 1);
        QCOMPARE(run->replaced, 1);
        QCOMPARE(run->registered, 0);
        QCOMPARE(entry(id).state, SendState::Sent);
        QCOMPARE(onServer(fixture, record.siteCode, m_month), std::pair(record.card.total, 1));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessment_outbox")), 1);
    }

    // A backend that cannot be reached: the assessments wait (durably: a new connection sees them),
    // are not tried again before their pause, and go once it is up.
    void aBackendThatIsDownKeepsThemWaiting()
    {
        const qint64 first = confirmed(0, 1);
        const qint64 second = confirmed(1, 2);
        quint16 closedPort = 0;
        {
            test::ServerFixture gone;
            QVERIFY(gone.start());
            closedPort = gone.port();
        }
        const auto run = AssessmentSender::run(db(), optionsFor(closedPort, "token"));
        QVERIFY(run.ok());
        QCOMPARE(run->failed, 1);
        QCOMPARE(run->sent, 0);
        QVERIFY(run->stopped());
        QCOMPARE(NetError::failure(run->stopReason), Failure::CannotConnect);
        OutboxEntry e = entry(first);
        QCOMPARE(e.state, SendState::Waiting);
        QCOMPARE(e.attempts, 1);
        QCOMPARE(NetError::failure(Error{e.error, e.errorDetail, e.errorCode}), Failure::CannotConnect);
        QCOMPARE(e.nextAttemptAt, e.lastAttemptAt.addSecs(AssessmentOutbox::retryDelaySeconds(1)));
        // The run stopped at the first: the second was not tried.
        QCOMPARE(entry(second).attempts, 0);

        // Within the pause, a run tries the second only, which fails as well.
        QCOMPARE(AssessmentSender::run(db(), optionsFor(closedPort, "token"))->failed, 1);
        QCOMPARE(entry(first).attempts, 1);
        QCOMPARE(entry(second).attempts, 1);

        // Another connection (the console restarted) finds them waiting, and sends them when the
        // backend is there.
        const QString path = m_db->path();
        m_db.reset();
        m_db = std::move(ConsoleDatabase::open(path, Database::Mode::Migrate)).value();
        makeDue();
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        const auto sent = AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken));
        QCOMPARE(sent->sent, 2);
        QCOMPARE(entry(first).state, SendState::Sent);
        QCOMPARE(entry(first).attempts, 2);
        QCOMPARE(entry(second).state, SendState::Sent);
    }

    // A backend that takes no notice (slow), fails with 500, or answers garbage: the assessment waits,
    // with the reason, and is sent once a real backend takes it.
    void slowFailingAndGarbageBackends_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("failure");
        QTest::newRow("slow") << 0 << int(Failure::Timeout);
        QTest::newRow("500") << 1 << int(Failure::ServerError);
        QTest::newRow("200 with garbage") << 2 << int(Failure::BadAnswer);
        QTest::newRow("not HTTP") << 3 << int(Failure::BadAnswer);
        QTest::newRow("201 with another site's score") << 4 << int(Failure::BadAnswer);
        QTest::newRow("503") << 5 << int(Failure::ServerError);
    }

    void slowFailingAndGarbageBackends()
    {
        QFETCH(int, kind);
        QFETCH(int, failure);
        const qint64 id = confirmed(0, 2);
        const AssessmentRecord record = AssessmentService(db()).byId(id).value();
        std::atomic<int> posts{0};
        CannedServer canned([kind, &posts](const std::string& target, const std::string& head) {
            if (head.rfind("POST ", 0) == 0 && target == "/api/v1/assessments")
                ++posts;
            switch (kind) {
            case 0:
                return CannedServer::silence();
            case 1:
                return CannedServer::http(500, R"({"error":{"code":"internal","message":"disk full"}})");
            case 2:
                return CannedServer::http(201, "<html>Welcome to nginx</html>");
            case 3:
                return CannedServer::Answer{CannedServer::Answer::Kind::Bytes, "SSH-2.0-OpenSSH_9.2\r\n", 0};
            case 4:
                return CannedServer::http(201, R"({"site_code":"9999999999","period":"2026-11","total":80})");
            default:
                return CannedServer::http(503, "{}");
            }
        });
        ClientOptions options = optionsFor(canned.port(), "token");
        options.receiveTimeoutMs = 300;
        options.requestDeadlineMs = 1000;
        const auto run = AssessmentSender::run(db(), options);
        QVERIFY(run.ok());
        QCOMPARE(run->failed, 1);
        QCOMPARE(int(NetError::failure(run->stopReason)), failure);
        QCOMPARE(posts, 1); // sent once: the queue retries, not the client
        const OutboxEntry e = entry(id);
        QCOMPARE(e.state, SendState::Waiting);
        QVERIFY(!e.error.isEmpty());
        QVERIFY(e.nextAttemptAt > e.lastAttemptAt);

        makeDue();
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        QCOMPARE(AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken))->sent, 1);
        QCOMPARE(entry(id).state, SendState::Sent);
        QCOMPARE(onServer(fixture, record.siteCode, m_month), std::pair(record.card.total, 1));
    }

    // The backend judges the assessment and refuses it: refused with its reason, not retried until
    // someone asks; a read token leaves it waiting with what to do.
    void refusalsAndTokens()
    {
        const qint64 id = confirmed(0, 2);
        CannedServer refusing([](const std::string&, const std::string&) {
            return CannedServer::http(
                409, R"({"error":{"code":"conflict","message":"the period is closed","field":"period"}})");
        });
        auto run = AssessmentSender::run(db(), optionsFor(refusing.port(), "token"));
        QCOMPARE(run->refused, 1);
        QVERIFY(!run->stopped());
        OutboxEntry e = entry(id);
        QCOMPARE(e.state, SendState::Refused);
        QVERIFY2(e.error.contains(QLatin1String("the period is closed")), qPrintable(e.error));
        QCOMPARE(e.errorCode, QStringLiteral("conflict"));
        QCOMPARE(AssessmentSender::run(db(), optionsFor(refusing.port(), "token"))->refused, 0);

        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(AssessmentOutbox(db()).requeue(id).ok());
        run = AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.readToken));
        QCOMPARE(run->failed, 1);
        QCOMPARE(NetError::failure(run->stopReason), Failure::Forbidden);
        e = entry(id);
        QCOMPARE(e.state, SendState::Waiting);
        QVERIFY2(e.error.contains(QLatin1String("write token")), qPrintable(e.error));
        makeDue();
        QCOMPARE(AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken))->sent, 1);
    }

    // The backend knew the site with other facts (no public services): it scored otherwise, so the
    // site is brought up to date from the registry and the assessment posted again; still one there.
    void aSiteWithOlderFactsIsUpdated()
    {
        qint64 id = 0;
        AssessmentRecord record;
        for (int n = 0; n < m_items.size() && id == 0; ++n) {
            if (m_items.at(n).kind == SiteKind::Department) {
                id = confirmed(n, 3);
                record = AssessmentService(db()).byId(id).value();
            }
        }
        QVERIFY(id);
        QVERIFY(record.input.hasPublicServices);
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        test::Client client(fixture.port());
        const auto put = client.put("/api/v1/sites/" + record.siteCode.toStdString(),
            test::siteBody(
                record.siteName, QStringLiteral("city"), QStringLiteral("department"), QStringLiteral("350100"), false),
            fixture.writeToken);
        QCOMPARE(put.status, 201);
        const auto run = AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken));
        QCOMPARE(run->sent, 1);
        QCOMPARE(run->registered, 1);
        QCOMPARE(entry(id).backendTotal, record.card.total);
        QCOMPARE(onServer(fixture, record.siteCode, m_month), std::pair(record.card.total, 1));
    }

    // Two senders on one database (two consoles): one holds the claim, the other leaves it alone.
    void anAssessmentClaimedByAnotherSenderIsLeftAlone()
    {
        const qint64 id = confirmed(0, 2);
        const QDateTime now = OfficeClock::nowUtc();
        QVERIFY(AssessmentOutbox(db()).claim(id, QStringLiteral("other console"), now, now.addSecs(60)).value());
        QVERIFY(!AssessmentOutbox(db()).claim(id, QStringLiteral("me"), now, now.addSecs(60)).value());
        test::ServerFixture fixture;
        QVERIFY(fixture.start());
        const auto run = AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken));
        QCOMPARE(run->sent, 0);
        QCOMPARE(entry(id).state, SendState::Waiting);
        QCOMPARE(onServer(fixture, entry(id).siteCode, m_month).second, -1);
        // A claim that ran out (its sender ended mid-send) is taken over.
        QVERIFY(QSqlQuery(db()).exec(
            QStringLiteral("UPDATE assessment_outbox SET claimed_until = '2000-01-01T00:00:00Z'")));
        QCOMPARE(AssessmentSender::run(db(), optionsFor(fixture.port(), fixture.writeToken))->sent, 1);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentSender)
#include "TestAssessmentSender.moc"
