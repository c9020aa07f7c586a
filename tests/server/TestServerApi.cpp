// The REST API over loopback with Poco's HTTP client: every endpoint, the auth cases, pagination,
// ETag/304, every error status, and scores equal to the scoring model's.
#include "ServerFixture.h"
#include "core/ScoringModel.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <QSet>
#include <thread>

using namespace sitegov;
using namespace sitegov::test;

namespace {

QJsonObject assessment(const QString& site, const QString& period, const QJsonObject& deductions = {},
    const QStringList& vetoes = {}, double bonus = 0)
{
    QJsonObject o{{QStringLiteral("site"), site}, {QStringLiteral("period"), period}};
    if (!deductions.isEmpty())
        o.insert(QStringLiteral("deductions"), deductions);
    if (!vetoes.isEmpty())
        o.insert(QStringLiteral("vetoes"), QJsonArray::fromStringList(vetoes));
    if (bonus != 0)
        o.insert(QStringLiteral("bonus"), bonus);
    return o;
}

QJsonObject allInformation()
{
    return {{QStringLiteral("info_overview"), 5}, {QStringLiteral("info_update"), 8},
        {QStringLiteral("info_disclosure"), 8}, {QStringLiteral("info_policy"), 7},
        {QStringLiteral("info_interpretation"), 7}, {QStringLiteral("info_response"), 5}};
}

std::string tokenlessPaths[] = {"/api/v1/sites", "/api/v1/sites/3501000001", "/api/v1/sites/3501000001/scores",
    "/api/v1/scores?period=2024-01", "/api/v1/summary?period=2024&group_by=level", "/api/v1/periods", "/api/v1/rules"};

} // namespace

class TestServerApi final : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_fixture;
    std::unique_ptr<Client> m_client;

    Client& client() { return *m_client; }

    void registerSite(
        const QString& code, const QString& level, const QString& kind, const QString& division, bool services = true)
    {
        const Reply r = client().put("/api/v1/sites/" + code.toStdString(),
            siteBody(QStringLiteral("Site ") + code, level, kind, division, services), m_fixture.writeToken);
        QVERIFY2(r.status == 201 || r.status == 200, r.body.constData());
    }

    qint64 dataVersion()
    {
        const auto v = m_fixture.store().dataVersion();
        return v ? *v : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        m_client = std::make_unique<Client>(m_fixture.port());
    }

    void health()
    {
        Reply r = client().get("/api/v1/health");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!r.json().value(QLatin1String("version")).toString().isEmpty());
        QVERIFY(r.header("Content-Type").startsWith(QStringLiteral("application/json")));
        QVERIFY(!r.header("ETag").isEmpty());
        r = client().request("HEAD", "/api/v1/health");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.header("Content-Length").toInt() > 0);
        // The connection is still usable after a HEAD.
        QCOMPARE(client().get("/api/v1/health").status, 200);
    }

    void authentication()
    {
        for (const std::string& path : tokenlessPaths) {
            const Reply r = client().get(path);
            QVERIFY2(r.status == 401, path.c_str());
            QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
            QVERIFY(r.header("WWW-Authenticate").startsWith(QStringLiteral("Bearer")));
        }
        // A well-formed token that was never issued, a malformed one, another scheme.
        const QByteArray stranger = server::AccessToken::generate().toUtf8();
        QCOMPARE(client().get("/api/v1/periods", stranger).status, 401);
        QCOMPARE(client().get("/api/v1/periods", "not-a-token").status, 401);
        QCOMPARE(
            client().request("GET", "/api/v1/periods", {}, {}, "", {{"Authorization", "Basic dXNlcjpwYXNz"}}).status,
            401);
        QCOMPARE(client().request("GET", "/api/v1/periods", {}, {}, "", {{"Authorization", "Bearer"}}).status, 401);
        // Scheme names are case-insensitive.
        QCOMPARE(client()
                     .request("GET", "/api/v1/periods", {}, {}, "",
                         {{"Authorization", "bearer " + m_fixture.readToken.toStdString()}})
                     .status,
            200);

        // Read tokens read; writing needs the write scope (403), which may also read.
        QCOMPARE(client().get("/api/v1/periods", m_fixture.readToken).status, 200);
        QCOMPARE(client().get("/api/v1/periods", m_fixture.writeToken).status, 200);
        Reply r = client().put("/api/v1/sites/3599990001",
            siteBody(QStringLiteral("x"), QStringLiteral("city"), QStringLiteral("portal"), QStringLiteral("359900")),
            m_fixture.readToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        r = client().post("/api/v1/assessments", assessment(QStringLiteral("3599990001"), QStringLiteral("2024-01")),
            m_fixture.readToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(client().get("/api/v1/sites/3599990001", m_fixture.readToken).status, 404); // nothing was written

        // A revoked token stops working at once.
        const QByteArray temporary
            = m_fixture.createToken(QStringLiteral("temporary"), server::AccessToken::Scope::Read);
        QCOMPARE(client().get("/api/v1/periods", temporary).status, 200);
        QCOMPARE(*m_fixture.store().revokeToken(QStringLiteral("temporary")), 1);
        QCOMPARE(client().get("/api/v1/periods", temporary).status, 401);
    }

    void sites()
    {
        Reply r = client().put("/api/v1/sites/3501000001",
            siteBody(QStringLiteral("福州市人民政府门户网站"), QStringLiteral("city"), QStringLiteral("portal"),
                QStringLiteral("350100")),
            m_fixture.writeToken);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("Location"), QStringLiteral("/api/v1/sites/3501000001"));
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("福州市人民政府门户网站"));
        QCOMPARE(r.json().value(QLatin1String("public_services")).toBool(), true);

        // Updating answers 200 and keeps the creation time.
        const QString created = r.json().value(QLatin1String("created_at")).toString();
        QJsonObject body = siteBody(QStringLiteral("福州市人民政府"), QStringLiteral("city"), QStringLiteral("portal"),
            QStringLiteral("350100"));
        body.insert(QStringLiteral("code"), QStringLiteral("3501000001"));
        r = client().put("/api/v1/sites/3501000001", body, m_fixture.writeToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("created_at")).toString(), created);

        r = client().get("/api/v1/sites/3501000001", m_fixture.readToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("name")).toString(), QStringLiteral("福州市人民政府"));
        QCOMPARE(r.json().value(QLatin1String("level")).toString(), QStringLiteral("city"));
        QCOMPARE(r.json().value(QLatin1String("division_code")).toString(), QStringLiteral("350100"));
        QCOMPARE(client().get("/api/v1/sites/3501009999", m_fixture.readToken).status, 404);

        registerSite(
            QStringLiteral("3501020001"), QStringLiteral("county"), QStringLiteral("portal"), QStringLiteral("350102"));
        registerSite(
            QStringLiteral("3502000001"), QStringLiteral("city"), QStringLiteral("portal"), QStringLiteral("350200"));
        registerSite(QStringLiteral("3500000003"), QStringLiteral("province"), QStringLiteral("department"),
            QStringLiteral("350000"), false);

        r = client().get("/api/v1/sites?region=350100", m_fixture.readToken);
        QCOMPARE(r.status, 200);
        QStringList codes;
        for (const QJsonValue& v : r.json().value(QLatin1String("items")).toArray())
            codes << v.toObject().value(QLatin1String("code")).toString();
        QCOMPARE(codes, (QStringList{QStringLiteral("3501000001"), QStringLiteral("3501020001")}));
        r = client().get("/api/v1/sites?level=province&kind=department", m_fixture.readToken);
        QCOMPARE(r.json().value(QLatin1String("items")).toArray().size(), 1);
        QCOMPARE(r.json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("public_services"))
                     .toBool(),
            false);

        // Pages of sites: every site once.
        QStringList seen;
        std::string target = "/api/v1/sites?limit=1";
        for (int guard = 0; guard < 20; ++guard) {
            r = client().get(target, m_fixture.readToken);
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.json().value(QLatin1String("items")).toArray();
            for (const QJsonValue& v : items)
                seen << v.toObject().value(QLatin1String("code")).toString();
            const QJsonValue next = r.json().value(QLatin1String("next_cursor"));
            if (next.isNull())
                break;
            target = "/api/v1/sites?limit=1&cursor=" + next.toString().toStdString();
        }
        QCOMPARE(seen.size(), 4);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 4);
    }

    void siteValidation_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QStringLiteral("3503000001")
                                 << QByteArray(R"({"level":"city","kind":"portal","division_code":"350300"})")
                                 << QStringLiteral("name");
        QTest::newRow("blank name") << QStringLiteral(
            "3503000001") << QByteArray(R"({"name":"  ","level":"city","kind":"portal","division_code":"350300"})")
                                    << QStringLiteral("name");
        QTest::newRow("bad level") << QStringLiteral(
            "3503000001") << QByteArray(R"({"name":"x","level":"City","kind":"portal","division_code":"350300"})")
                                   << QStringLiteral("level");
        QTest::newRow("bad kind") << QStringLiteral("3503000001")
                                  << QByteArray(R"({"name":"x","level":"city","kind":"blog","division_code":"350300"})")
                                  << QStringLiteral("kind");
        QTest::newRow("bad division") << QStringLiteral(
            "3503000001") << QByteArray(R"({"name":"x","level":"city","kind":"portal","division_code":"3503"})")
                                      << QStringLiteral("division_code");
        QTest::newRow("division as number")
            << QStringLiteral("3503000001")
            << QByteArray(R"({"name":"x","level":"city","kind":"portal","division_code":350300})")
            << QStringLiteral("division_code");
        QTest::newRow("code differs")
            << QStringLiteral("3503000001")
            << QByteArray(R"({"code":"3503000002","name":"x","level":"city","kind":"portal","division_code":"350300"})")
            << QStringLiteral("code");
        QTest::newRow("portal without services")
            << QStringLiteral("3503000001")
            << QByteArray(
                   R"({"name":"x","level":"city","kind":"portal","division_code":"350300","public_services":false})")
            << QStringLiteral("public_services");
        QTest::newRow("services not a bool")
            << QStringLiteral("3503000001")
            << QByteArray(
                   R"({"name":"x","level":"city","kind":"department","division_code":"350300","public_services":"no"})")
            << QStringLiteral("public_services");
        QTest::newRow("unknown field")
            << QStringLiteral("3503000001")
            << QByteArray(R"({"name":"x","level":"city","kind":"portal","division_code":"350300","colour":"red"})")
            << QStringLiteral("colour");
        QTest::newRow("bad code in path")
            << QStringLiteral("35%2F01")
            << QByteArray(R"({"name":"x","level":"city","kind":"portal","division_code":"350300"})")
            << QStringLiteral("code");
    }

    void siteValidation()
    {
        QFETCH(QString, code);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const qint64 before = dataVersion();
        const Reply r = client().request("PUT", "/api/v1/sites/" + code.toStdString(), body, m_fixture.writeToken);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(r.errorField(), field);
        QVERIFY(r.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .startsWith(field));
        QCOMPARE(dataVersion(), before);
    }

    // Scores posted over HTTP equal the scoring model's, on the same fixtures as TestScoringModel.
    void scoresMatchTheModel_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("services");
        QTest::addColumn<QStringList>("vetoes");
        QTest::addColumn<QJsonObject>("deductions");
        QTest::addColumn<double>("bonus");
        QTest::addColumn<double>("deductionScore");
        QTest::addColumn<double>("total");
        QTest::addColumn<bool>("passed");
        const QStringList none;
        QTest::newRow("veto") << QStringLiteral("portal") << true << QStringList{QStringLiteral("unreachable")}
                              << QJsonObject{{QStringLiteral("design_links"), 2}} << 0.0 << 98.0 << 98.0 << false;
        QTest::newRow("below 60") << QStringLiteral("portal") << true << none << [] {
            QJsonObject d = allInformation();
            d.insert(QStringLiteral("design_links"), 1);
            return d;
        }() << 0.0 << 59.0 << 59.0 << false;
        QTest::newRow("exactly 60") << QStringLiteral("portal") << true << none << allInformation() << 0.0 << 60.0
                                    << 60.0 << true;
        QTest::newRow("bonus gate 80") << QStringLiteral("portal") << true << none
                                       << QJsonObject{{QStringLiteral("service_guides"), 10},
                                              {QStringLiteral("service_online"), 10}}
                                       << 10.0 << 80.0 << 80.0 << true;
        QTest::newRow("bonus gate 80.5") << QStringLiteral("portal") << true << none
                                         << QJsonObject{{QStringLiteral("service_guides"), 10},
                                                {QStringLiteral("service_online"), 9.5}}
                                         << 10.0 << 80.5 << 90.5 << true;
        QTest::newRow("bonus cap") << QStringLiteral("portal") << true << none << QJsonObject() << 45.0 << 100.0
                                   << 130.0 << true;
        QTest::newRow("bonus ignored for departments")
            << QStringLiteral("department") << true << none << QJsonObject() << 10.0 << 100.0 << 100.0 << true;
        QTest::newRow("per-indicator cap, deductions as a list")
            << QStringLiteral("portal") << true << none
            << QJsonObject{{QStringLiteral("info_update"), QJsonArray{5, 5, 5}}} << 0.0 << 92.0 << 92.0 << true;
        QTest::newRow("department without services 75 -> 100")
            << QStringLiteral("department") << false << none
            << QJsonObject{{QStringLiteral("info_update"), 8}, {QStringLiteral("info_disclosure"), 7}} << 0.0 << 80.0
            << 80.0 << true;
    }

    void scoresMatchTheModel()
    {
        QFETCH(QString, kind);
        QFETCH(bool, services);
        QFETCH(QStringList, vetoes);
        QFETCH(QJsonObject, deductions);
        QFETCH(double, bonus);
        QFETCH(double, deductionScore);
        QFETCH(double, total);
        QFETCH(bool, passed);

        static int serial = 0;
        const QString code = QStringLiteral("35040000%1").arg(++serial, 2, 10, QLatin1Char('0'));
        registerSite(code, QStringLiteral("city"), kind, QStringLiteral("350400"), services);
        Reply r = client().post("/api/v1/assessments",
            assessment(code, QStringLiteral("2023-06"), deductions, vetoes, bonus), m_fixture.writeToken);
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("deduction_score")).toDouble(), deductionScore);
        QCOMPARE(o.value(QLatin1String("total")).toDouble(), total);
        QCOMPARE(o.value(QLatin1String("passed")).toBool(), passed);
        QCOMPARE(o.value(QLatin1String("replaced")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("scaled")).toBool(), !services);
        QVERIFY(r.header("Location").contains(code));

        // The same numbers as the model computes in process.
        ScoreInput input;
        input.kind = *Vocabulary::siteKind(kind);
        input.hasPublicServices = services;
        input.vetoes = vetoes;
        for (auto it = deductions.constBegin(); it != deductions.constEnd(); ++it) {
            double sum = 0;
            if (it.value().isArray()) {
                for (const QJsonValue& v : it.value().toArray())
                    sum += v.toDouble();
            } else {
                sum = it.value().toDouble();
            }
            input.deductions.insert(it.key(), sum);
        }
        input.bonus = bonus;
        const auto card = m_fixture.api().model().score(input);
        QVERIFY(card.ok());
        QCOMPARE(o.value(QLatin1String("total")).toDouble(), card->total);
        QCOMPARE(o.value(QLatin1String("bonus")).toDouble(), card->bonus);
        QCOMPARE(o.value(QLatin1String("vetoes")).toArray().size(), card->vetoes.size());
        const QJsonObject categories = o.value(QLatin1String("category_scores")).toObject();
        QCOMPARE(categories.size(), card->categories.size());
        for (const auto& c : card->categories)
            QCOMPARE(categories.value(c.key).toDouble(), c.score);

        // And the score endpoint serves them.
        r = client().get("/api/v1/scores?period=2023-06&site=" + code.toStdString(), m_fixture.readToken);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.at(0).toObject();
        QCOMPARE(item.value(QLatin1String("total")).toDouble(), total);
        QCOMPARE(item.value(QLatin1String("deduction_score")).toDouble(), deductionScore);
        QCOMPARE(item.value(QLatin1String("passed")).toBool(), passed);
        QCOMPARE(item.value(QLatin1String("site_name")).toString(), QStringLiteral("Site ") + code);
        QCOMPARE(item.value(QLatin1String("level")).toString(), QStringLiteral("city"));
        QCOMPARE(item.value(QLatin1String("region")).toString(), QStringLiteral("350400"));
        QVERIFY(item.value(QLatin1String("rank")).toInt() >= 1);
    }

    void repostReplaces()
    {
        registerSite(
            QStringLiteral("3505000001"), QStringLiteral("city"), QStringLiteral("portal"), QStringLiteral("350500"));
        Reply r = client().post("/api/v1/assessments",
            assessment(QStringLiteral("3505000001"), QStringLiteral("2024-03"), {{QStringLiteral("design_search"), 4}}),
            m_fixture.writeToken);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("total")).toDouble(), 96.0);
        r = client().post("/api/v1/assessments",
            assessment(QStringLiteral("3505000001"), QStringLiteral("2024-03"), {{QStringLiteral("design_search"), 1}}),
            m_fixture.writeToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("replaced")).toBool(), true);
        QCOMPARE(r.json().value(QLatin1String("total")).toDouble(), 99.0);
        r = client().get("/api/v1/sites/3505000001/scores", m_fixture.readToken);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("total")).toDouble(), 99.0);
    }

    void assessmentValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not a number") << QByteArray(
            R"({"site":"3505000001","period":"2024-04","deductions":{"info_update":"two"}})")
                                      << QStringLiteral("invalid_field") << QStringLiteral("deductions.info_update");
        QTest::newRow("negative") << QByteArray(
            R"({"site":"3505000001","period":"2024-04","deductions":{"info_update":-2}})")
                                  << QStringLiteral("invalid_field") << QStringLiteral("deductions.info_update");
        QTest::newRow("negative list item")
            << QByteArray(R"({"site":"3505000001","period":"2024-04","deductions":{"info_update":[1,-2]}})")
            << QStringLiteral("invalid_field") << QStringLiteral("deductions.info_update[1]");
        QTest::newRow("unknown indicator")
            << QByteArray(R"({"site":"3505000001","period":"2024-04","deductions":{"info_updates":1}})")
            << QStringLiteral("invalid_field") << QStringLiteral("deductions.info_updates");
        QTest::newRow("deductions not an object")
            << QByteArray(R"({"site":"3505000001","period":"2024-04","deductions":[1,2]})")
            << QStringLiteral("invalid_field") << QStringLiteral("deductions");
        QTest::newRow("unknown veto") << QByteArray(
            R"({"site":"3505000001","period":"2024-04","vetoes":["unreachable","ugly"]})")
                                      << QStringLiteral("invalid_field") << QStringLiteral("vetoes[1]");
        QTest::newRow("veto not a string") << QByteArray(R"({"site":"3505000001","period":"2024-04","vetoes":[1]})")
                                           << QStringLiteral("invalid_field") << QStringLiteral("vetoes[0]");
        QTest::newRow("bad bonus") << QByteArray(R"({"site":"3505000001","period":"2024-04","bonus":-1})")
                                   << QStringLiteral("invalid_field") << QStringLiteral("bonus");
        QTest::newRow("bonus as text") << QByteArray(R"({"site":"3505000001","period":"2024-04","bonus":"5"})")
                                       << QStringLiteral("invalid_field") << QStringLiteral("bonus");
        QTest::newRow("bad period") << QByteArray(R"({"site":"3505000001","period":"2024-13"})")
                                    << QStringLiteral("invalid_field") << QStringLiteral("period");
        QTest::newRow("no period") << QByteArray(R"({"site":"3505000001"})") << QStringLiteral("invalid_field")
                                   << QStringLiteral("period");
        QTest::newRow("no site") << QByteArray(R"({"period":"2024-04"})") << QStringLiteral("invalid_field")
                                 << QStringLiteral("site");
        QTest::newRow("unregistered site") << QByteArray(R"({"site":"3599999999","period":"2024-04"})")
                                           << QStringLiteral("unknown_site") << QStringLiteral("site");
        QTest::newRow("unknown field") << QByteArray(R"({"site":"3505000001","period":"2024-04","score":100})")
                                       << QStringLiteral("invalid_field") << QStringLiteral("score");
        QTest::newRow("services deduction on a site without services")
            << QByteArray(R"({"site":"3500000003","period":"2024-04","deductions":{"service_online":2}})")
            << QStringLiteral("invalid_field") << QStringLiteral("deductions.service_online");
        QTest::newRow("truncated JSON") << QByteArray("{\"site\":\"3505000001\",\"period\":\"2024-04\"")
                                        << QStringLiteral("malformed_json") << QString();
        QTest::newRow("not JSON") << QByteArray("site=3505000001&period=2024-04") << QStringLiteral("malformed_json")
                                  << QString();
        QTest::newRow("an array") << QByteArray(R"([{"site":"3505000001","period":"2024-04"}])")
                                  << QStringLiteral("malformed_json") << QString();
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("malformed_json") << QString();
        QTest::newRow("invalid UTF-8") << QByteArray(
            "{\"site\":\"3505000001\",\"period\":\"2024-04\",\"note\":\"\xff\xfe\"}")
                                       << QStringLiteral("malformed_json") << QString();
        QTest::newRow("deeply nested") << QByteArray(20000, '[') << QStringLiteral("malformed_json") << QString();
        // A key given twice: the last one would win, and the body be stored for another site than it
        // seems to name first.
        QTest::newRow("site given twice")
            << QByteArray(R"({"site":"3505000001","period":"2024-04","site":"3500000001"})")
            << QStringLiteral("invalid_field") << QStringLiteral("site");
        QTest::newRow("site given twice, once escaped")
            << QByteArray(R"({"site":"3505000001","period":"2024-04","\u0073ite":"3500000001"})")
            << QStringLiteral("invalid_field") << QStringLiteral("site");
        QTest::newRow("indicator given twice")
            << QByteArray(R"({"site":"3505000001","period":"2024-04","deductions":{"info_update":1,"info_update":50}})")
            << QStringLiteral("invalid_field") << QStringLiteral("info_update");
        QTest::newRow("huge bonus") << QByteArray(R"({"site":"3505000001","period":"2024-04","bonus":1e308})")
                                    << QStringLiteral("invalid_field") << QStringLiteral("bonus");
        QTest::newRow("huge deduction")
            << QByteArray(R"({"site":"3505000001","period":"2024-04","deductions":{"info_update":1e300}})")
            << QStringLiteral("invalid_field") << QStringLiteral("deductions.info_update");
        QTest::newRow("deductions summing too high")
            << QByteArray(R"({"site":"3505000001","period":"2024-04","deductions":{"info_update":[600,600]}})")
            << QStringLiteral("invalid_field") << QStringLiteral("deductions.info_update");
        QTest::newRow("period to come") << QByteArray(R"({"site":"3505000001","period":"2099-01"})")
                                        << QStringLiteral("invalid_field") << QStringLiteral("period");
        QTest::newRow("period long gone") << QByteArray(R"({"site":"3505000001","period":"1999"})")
                                          << QStringLiteral("invalid_field") << QStringLiteral("period");
    }

    // Malformed input is answered 400, names the field, and leaves the stored data as it was.
    void assessmentValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const qint64 before = dataVersion();
        const QByteArray scoresBefore = client().get("/api/v1/scores?period=2024-04", m_fixture.readToken).body;
        const Reply r = client().request("POST", "/api/v1/assessments", body, m_fixture.writeToken);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        QVERIFY(
            !r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(dataVersion(), before);
        QCOMPARE(client().get("/api/v1/scores?period=2024-04", m_fixture.readToken).body, scoresBefore);
    }

    void errorStatuses()
    {
        // 404: no such path, no such site.
        Reply r = client().get("/api/v1/nothing", m_fixture.readToken);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(client().get("/api/v1/sites/", m_fixture.readToken).status, 404);
        QCOMPARE(client().get("/api/v2/health").status, 404);
        QCOMPARE(client().get("/api/v1/sites/3599999999/scores", m_fixture.readToken).status, 404);

        // 405 with Allow.
        r = client().request("DELETE", "/api/v1/scores?period=2024-01", {}, m_fixture.writeToken);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(r.header("Allow"), QStringLiteral("GET, HEAD"));
        r = client().request("POST", "/api/v1/health", "{}");
        QCOMPARE(r.status, 405);
        r = client().request("DELETE", "/api/v1/sites/3505000001", {}, m_fixture.writeToken);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QStringLiteral("GET, HEAD, PUT"));
        r = client().request("GET", "/api/v1/assessments", {}, m_fixture.readToken);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QStringLiteral("POST"));

        // 415: not JSON, no type, another charset.
        const QByteArray body = R"({"site":"3505000001","period":"2024-05"})";
        r = client().request("POST", "/api/v1/assessments", body, m_fixture.writeToken, "text/plain");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.errorCode(), QStringLiteral("unsupported_media_type"));
        QCOMPARE(client().request("POST", "/api/v1/assessments", body, m_fixture.writeToken, "").status, 415);
        QCOMPARE(client()
                     .request("POST", "/api/v1/assessments", body, m_fixture.writeToken,
                         "application/json; charset=iso-8859-1")
                     .status,
            415);
        QCOMPARE(
            client()
                .request("POST", "/api/v1/assessments", body, m_fixture.writeToken, "application/json; charset=UTF-8")
                .status,
            201);

        // 400 for parameters, naming them.
        r = client().get("/api/v1/scores", m_fixture.readToken);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("period"));
        QCOMPARE(
            client().get("/api/v1/scores?period=2024-5", m_fixture.readToken).errorField(), QStringLiteral("period"));
        QCOMPARE(client().get("/api/v1/scores?period=2024-05&limit=0", m_fixture.readToken).errorField(),
            QStringLiteral("limit"));
        QCOMPARE(client().get("/api/v1/scores?period=2024-05&limit=501", m_fixture.readToken).errorField(),
            QStringLiteral("limit"));
        QCOMPARE(client().get("/api/v1/scores?period=2024-05&limit=ten", m_fixture.readToken).errorField(),
            QStringLiteral("limit"));
        QCOMPARE(client().get("/api/v1/scores?period=2024-05&level=state", m_fixture.readToken).errorField(),
            QStringLiteral("level"));
        QCOMPARE(client().get("/api/v1/scores?period=2024-05&region=35", m_fixture.readToken).errorField(),
            QStringLiteral("region"));
        QCOMPARE(client().get("/api/v1/scores?period=2024-05&cursor=zzz", m_fixture.readToken).errorField(),
            QStringLiteral("cursor"));
        QCOMPARE(client().get("/api/v1/scores?period=2024-05&colour=red", m_fixture.readToken).errorField(),
            QStringLiteral("colour"));
        QCOMPARE(client().get("/api/v1/scores?period=2024-05&period=2024-06", m_fixture.readToken).errorField(),
            QStringLiteral("period"));
        QCOMPARE(client().get("/api/v1/summary?period=2024-05&group_by=city", m_fixture.readToken).errorField(),
            QStringLiteral("group_by"));
        QCOMPARE(
            client().get("/api/v1/sites/3505000001/scores?from=2024-06&to=2024-01", m_fixture.readToken).errorField(),
            QStringLiteral("to"));
        QCOMPARE(client().get("/api/v1/sites?cursor=%00", m_fixture.readToken).errorField(), QStringLiteral("cursor"));

        // The connection survived all of it.
        QCOMPARE(client().get("/api/v1/health").status, 200);
    }

    void bodyTooLarge()
    {
        const qint64 before = dataVersion();
        // Over 1 MiB with a Content-Length: refused from the header.
        QByteArray big = "{\"site\":\"3505000001\",\"period\":\"2024-06\",\"note\":\"";
        big.append(QByteArray(1024 * 1024 + 10, 'x'));
        big.append("\"}");
        Reply r = client().request("POST", "/api/v1/assessments", big, m_fixture.writeToken);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("payload_too_large"));
        QCOMPARE(client().get("/api/v1/health").status, 200);

        // Chunked, without a Content-Length: refused while reading.
        {
            Poco::Net::HTTPClientSession session("127.0.0.1", m_fixture.port());
            session.setTimeout(Poco::Timespan(10, 0));
            Poco::Net::HTTPRequest request(
                Poco::Net::HTTPRequest::HTTP_PUT, "/api/v1/sites/3506000001", Poco::Net::HTTPMessage::HTTP_1_1);
            request.set("Authorization", "Bearer " + m_fixture.writeToken.toStdString());
            request.setContentType("application/json");
            request.setChunkedTransferEncoding(true);
            std::ostream& out = session.sendRequest(request);
            out << "{\"name\":\"";
            const std::string chunk(64 * 1024, 'y');
            for (int i = 0; i < 20; ++i)
                out << chunk;
            out << "\",\"level\":\"city\",\"kind\":\"portal\",\"division_code\":\"350600\"}";
            Poco::Net::HTTPResponse response;
            std::istream& in = session.receiveResponse(response);
            std::ostringstream text;
            text << in.rdbuf();
            QCOMPARE(int(response.getStatus()), 413);
        }
        QCOMPARE(dataVersion(), before);
        QCOMPARE(client().get("/api/v1/sites/3506000001", m_fixture.readToken).status, 404);
        // A body of just under 1 MiB is read and judged on its content.
        QByteArray fits = "{\"site\":\"3505000001\",\"period\":\"2024-06\",\"note\":\"";
        fits.append(QByteArray(1024 * 1024 - 200, 'x'));
        fits.append("\"}");
        r = client().request("POST", "/api/v1/assessments", fits, m_fixture.writeToken);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("note"));
    }

    // Sends bytes as they are and reads the answer until the server closes the connection (or 5 s
    // pass: the server's deadlines are longer, so a server that waits for more gets no answer in).
    QByteArray rawExchange(const QByteArray& bytes)
    {
        Poco::Net::StreamSocket socket;
        socket.connect(Poco::Net::SocketAddress("127.0.0.1", m_fixture.port()));
        socket.setReceiveTimeout(Poco::Timespan(5, 0));
        socket.sendBytes(bytes.constData(), int(bytes.size()));
        QByteArray answer;
        char buffer[4096];
        try {
            for (int n = socket.receiveBytes(buffer, sizeof buffer); n > 0; n = socket.receiveBytes(buffer, sizeof buffer))
                answer.append(buffer, n);
        } catch (const Poco::Exception&) {
            answer.append("\n[no close]");
        }
        return answer;
    }

    // A body without one clear length is refused and the connection closed, so that nothing left
    // of it is read as a next request (request smuggling behind a proxy).
    void ambiguousBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("two lengths") << QByteArray("Content-Length: 2\r\nContent-Length: 120\r\n") << QByteArray("400");
        QTest::newRow("length and chunked")
            << QByteArray("Content-Length: 120\r\nTransfer-Encoding: chunked\r\n") << QByteArray("400");
        QTest::newRow("unknown encoding") << QByteArray("Transfer-Encoding: gzip\r\n") << QByteArray("501");
        QTest::newRow("negative length") << QByteArray("Content-Length: -1\r\n") << QByteArray("400");
        QTest::newRow("length not a number") << QByteArray("Content-Length: abc\r\n") << QByteArray("400");
        QTest::newRow("length too large to wait for") << QByteArray("Content-Length: 10000000000\r\n") << QByteArray("413");
    }

    void ambiguousBodiesAreRefused()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, status);
        const qint64 before = dataVersion();
        const QByteArray body = R"({"site":"3505000001","period":"2024-07"})";
        const QByteArray smuggled = "GET /api/v1/smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray request = "POST /api/v1/assessments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + m_fixture.writeToken + "\r\nContent-Type: application/json\r\n" + headers + "\r\n" + body + smuggled;
        const QByteArray answer = rawExchange(request);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.constData());
        QVERIFY2(answer.contains("{\"error\":{\"code\":"), answer.constData());
        QVERIFY2(!answer.contains("[no close]"), answer.constData());
        QVERIFY(answer.count("HTTP/1.1 ") <= 1); // the smuggled request was not answered
        QCOMPARE(dataVersion(), before);
        QCOMPARE(client().get("/api/v1/health").status, 200);
    }

    void paginationAndRanks()
    {
        // 23 county sites in one period, some with equal totals, one vetoed.
        for (int i = 1; i <= 23; ++i) {
            const QString code = QStringLiteral("35060100%1").arg(i, 2, 10, QLatin1Char('0'));
            registerSite(code, QStringLiteral("county"), QStringLiteral("portal"), QStringLiteral("350601"));
            const QStringList vetoes = i == 3 ? QStringList{QStringLiteral("homepage_stale")} : QStringList();
            const Reply r = client().post("/api/v1/assessments",
                assessment(code, QStringLiteral("2022-11"), {{QStringLiteral("design_links"), (i % 5)}}, vetoes),
                m_fixture.writeToken);
            QCOMPARE(r.status, 201);
        }
        Reply all = client().get("/api/v1/scores?period=2022-11&region=350601&limit=500", m_fixture.readToken);
        QCOMPARE(all.status, 200);
        const QJsonArray everything = all.json().value(QLatin1String("items")).toArray();
        QCOMPARE(everything.size(), 23);
        QCOMPARE(all.json().value(QLatin1String("matched")).toInt(), 23);
        QVERIFY(all.json().value(QLatin1String("next_cursor")).isNull());

        // Ranks: passing sites first, by total; ties share a rank; the vetoed site is last.
        int previousRank = 0;
        double previousTotal = 1000;
        for (int i = 0; i < everything.size(); ++i) {
            const QJsonObject o = everything.at(i).toObject();
            const int rank = o.value(QLatin1String("rank")).toInt();
            QVERIFY(rank >= previousRank);
            QCOMPARE(o.value(QLatin1String("rank_of")).toInt(), 23);
            if (o.value(QLatin1String("passed")).toBool()) {
                QVERIFY(o.value(QLatin1String("total")).toDouble() <= previousTotal);
                previousTotal = o.value(QLatin1String("total")).toDouble();
                if (rank == previousRank)
                    QCOMPARE(o.value(QLatin1String("total")).toDouble(),
                        everything.at(i - 1).toObject().value(QLatin1String("total")).toDouble());
            }
            previousRank = rank;
        }
        QCOMPARE(
            everything.last().toObject().value(QLatin1String("site_code")).toString(), QStringLiteral("3506010003"));
        QCOMPARE(everything.last().toObject().value(QLatin1String("vetoes")).toArray().at(0).toString(),
            QStringLiteral("homepage_stale"));
        QCOMPARE(everything.first().toObject().value(QLatin1String("rank")).toInt(), 1);
        QCOMPARE(everything.at(1).toObject().value(QLatin1String("rank")).toInt(), 1); // 5, 10, 15, 20 tie at 100

        // Pages of 5: the same items, in the same order, none twice, none missing.
        QJsonArray paged;
        std::string target = "/api/v1/scores?period=2022-11&region=350601&limit=5";
        int pages = 0;
        for (; pages < 20; ++pages) {
            const Reply r = client().get(target, m_fixture.readToken);
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.json().value(QLatin1String("items")).toArray();
            QVERIFY(items.size() <= 5);
            for (const QJsonValue& v : items)
                paged.append(v);
            const QJsonValue next = r.json().value(QLatin1String("next_cursor"));
            if (next.isNull())
                break;
            QVERIFY(next.isString());
            target = "/api/v1/scores?period=2022-11&region=350601&limit=5&cursor=" + next.toString().toStdString();
        }
        QCOMPARE(pages + 1, 5);
        QCOMPARE(paged, everything);

        // Filters.
        Reply r = client().get(
            "/api/v1/scores?period=2022-11&level=county&region=350601&site=3506010007", m_fixture.readToken);
        QCOMPARE(r.json().value(QLatin1String("items")).toArray().size(), 1);
        r = client().get("/api/v1/scores?period=2022-11&level=province", m_fixture.readToken);
        QCOMPARE(r.json().value(QLatin1String("items")).toArray().size(), 0);
        QCOMPARE(r.json().value(QLatin1String("matched")).toInt(), 0);
    }

    void etagAndNotModified()
    {
        const std::string target = "/api/v1/scores?period=2022-11&region=350601&limit=3";
        Reply r = client().get(target, m_fixture.readToken);
        QCOMPARE(r.status, 200);
        const QString etag = r.header("ETag");
        QVERIFY(etag.startsWith(u'"') && etag.endsWith(u'"') && etag.size() > 10);
        // Same body, same tag.
        QCOMPARE(client().get(target, m_fixture.readToken).header("ETag"), etag);

        r = client().request("GET", target, {}, m_fixture.readToken, "", {{"If-None-Match", etag.toStdString()}});
        QCOMPARE(r.status, 304);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("ETag"), etag);
        r = client().request(
            "GET", target, {}, m_fixture.readToken, "", {{"If-None-Match", "\"other\", W/" + etag.toStdString()}});
        QCOMPARE(r.status, 304);
        r = client().request("GET", target, {}, m_fixture.readToken, "", {{"If-None-Match", "*"}});
        QCOMPARE(r.status, 304);
        r = client().request("GET", target, {}, m_fixture.readToken, "", {{"If-None-Match", "\"other\""}});
        QCOMPARE(r.status, 200);
        // A stale tag does not hide an error: no token is still 401.
        QCOMPARE(client().request("GET", target, {}, {}, "", {{"If-None-Match", etag.toStdString()}}).status, 401);

        // A write changes the page and its tag.
        const Reply posted = client().post("/api/v1/assessments",
            assessment(QStringLiteral("3506010001"), QStringLiteral("2022-11"), {}, {}, 0), m_fixture.writeToken);
        QCOMPARE(posted.status, 200);
        r = client().request("GET", target, {}, m_fixture.readToken, "", {{"If-None-Match", etag.toStdString()}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("ETag") != etag);
        QVERIFY(!r.body.isEmpty());
    }

    void periodsAggregatesAndSeries()
    {
        registerSite(
            QStringLiteral("3507000001"), QStringLiteral("city"), QStringLiteral("portal"), QStringLiteral("350700"));
        registerSite(QStringLiteral("3507000002"), QStringLiteral("city"), QStringLiteral("department"),
            QStringLiteral("350700"));
        // Site 1: three months of 2021-Q1 (90, 80, 70 -> mean 80); site 2: a quarter assessment.
        const double losses[] = {10, 20, 30};
        for (int m = 0; m < 3; ++m) {
            QJsonObject d{{QStringLiteral("info_overview"), 5}, {QStringLiteral("info_update"), 5}};
            if (m >= 1)
                d.insert(QStringLiteral("service_online"), 10);
            if (m >= 2)
                d.insert(QStringLiteral("design_search"), 5), d.insert(QStringLiteral("design_links"), 5);
            QCOMPARE(losses[m], m == 0 ? 10.0 : m == 1 ? 20.0 : 30.0);
            const Reply r = client().post("/api/v1/assessments",
                assessment(QStringLiteral("3507000001"), QStringLiteral("2021-0%1").arg(m + 1), d,
                    m == 1 ? QStringList{QStringLiteral("columns_stale")} : QStringList()),
                m_fixture.writeToken);
            QCOMPARE(r.status, 201);
            QCOMPARE(r.json().value(QLatin1String("deduction_score")).toDouble(), 100 - losses[m]);
        }
        Reply r = client().post("/api/v1/assessments",
            assessment(QStringLiteral("3507000002"), QStringLiteral("2021-Q1"), {{QStringLiteral("info_policy"), 3}}),
            m_fixture.writeToken);
        QCOMPARE(r.status, 201);

        r = client().get("/api/v1/scores?period=2021-Q1&region=350700", m_fixture.readToken);
        QCOMPARE(r.status, 200);
        QJsonArray items = r.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 2);
        QJsonObject first = items.at(0).toObject();
        QJsonObject second = items.at(1).toObject();
        QCOMPARE(first.value(QLatin1String("site_code")).toString(), QStringLiteral("3507000002"));
        QCOMPARE(first.value(QLatin1String("total")).toDouble(), 97.0);
        QCOMPARE(first.value(QLatin1String("assessments")).toInt(), 1);
        QCOMPARE(second.value(QLatin1String("site_code")).toString(), QStringLiteral("3507000001"));
        QCOMPARE(second.value(QLatin1String("period")).toString(), QStringLiteral("2021-Q1"));
        QCOMPARE(second.value(QLatin1String("total")).toDouble(), 80.0);
        QCOMPARE(second.value(QLatin1String("deduction_score")).toDouble(), 80.0);
        QCOMPARE(second.value(QLatin1String("assessments")).toInt(), 3);
        QCOMPARE(second.value(QLatin1String("passed")).toBool(), false); // a month with a veto
        QCOMPARE(second.value(QLatin1String("vetoes")).toArray().size(), 1);
        QCOMPARE(
            second.value(QLatin1String("category_scores")).toObject().value(QLatin1String("info")).toDouble(), 30.0);
        QCOMPARE(
            second.value(QLatin1String("category_scores")).toObject().value(QLatin1String("design")).toDouble(), 16.67);

        // The year 2021 of site 1 is its months too.
        r = client().get("/api/v1/scores?period=2021&site=3507000001", m_fixture.readToken);
        QCOMPARE(
            r.json().value(QLatin1String("items")).toArray().at(0).toObject().value(QLatin1String("total")).toDouble(),
            80.0);

        // Periods: the months, and the quarter and year they make.
        r = client().get("/api/v1/periods", m_fixture.readToken);
        QCOMPARE(r.status, 200);
        QMap<QString, QJsonObject> periods;
        QStringList order;
        for (const QJsonValue& v : r.json().value(QLatin1String("items")).toArray()) {
            periods.insert(v.toObject().value(QLatin1String("period")).toString(), v.toObject());
            order << v.toObject().value(QLatin1String("period")).toString();
        }
        QCOMPARE(periods.value(QStringLiteral("2021-Q1")).value(QLatin1String("sites")).toInt(), 2);
        QCOMPARE(periods.value(QStringLiteral("2021-Q1")).value(QLatin1String("kind")).toString(),
            QStringLiteral("quarter"));
        QCOMPARE(periods.value(QStringLiteral("2021")).value(QLatin1String("sites")).toInt(), 1);
        QCOMPARE(periods.value(QStringLiteral("2021-02")).value(QLatin1String("sites")).toInt(), 1);
        QVERIFY(order.indexOf(QStringLiteral("2021")) < order.indexOf(QStringLiteral("2021-Q1")));
        QVERIFY(order.indexOf(QStringLiteral("2021-Q1")) < order.indexOf(QStringLiteral("2021-01")));

        // One site's series, with ranks.
        r = client().get("/api/v1/sites/3507000001/scores?from=2021-02&to=2021-Q1", m_fixture.readToken);
        QCOMPARE(r.status, 200);
        items = r.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("period")).toString(), QStringLiteral("2021-02"));
        QCOMPARE(items.at(1).toObject().value(QLatin1String("period")).toString(), QStringLiteral("2021-03"));
        QCOMPARE(items.at(1).toObject().value(QLatin1String("total")).toDouble(), 70.0);
        QCOMPARE(items.at(1).toObject().value(QLatin1String("rank")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("site_name")).toString(), QStringLiteral("Site 3507000001"));
        r = client().get("/api/v1/sites/3507000001/scores", m_fixture.readToken);
        QCOMPARE(r.json().value(QLatin1String("items")).toArray().size(), 3);

        // Summary by region and by level.
        r = client().get("/api/v1/summary?period=2021-Q1&group_by=region", m_fixture.readToken);
        QCOMPARE(r.status, 200);
        QJsonArray groups = r.json().value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        QJsonObject g = groups.at(0).toObject();
        QCOMPARE(g.value(QLatin1String("group")).toString(), QStringLiteral("350700"));
        QCOMPARE(g.value(QLatin1String("count")).toInt(), 2);
        QCOMPARE(g.value(QLatin1String("passed")).toInt(), 1);
        QCOMPARE(g.value(QLatin1String("pass_rate")).toDouble(), 0.5);
        QCOMPARE(g.value(QLatin1String("mean")).toDouble(), 88.5);
        QCOMPARE(g.value(QLatin1String("median")).toDouble(), 88.5);
        r = client().get("/api/v1/summary?period=2022-11&group_by=level", m_fixture.readToken);
        groups = r.json().value(QLatin1String("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0).toObject().value(QLatin1String("group")).toString(), QStringLiteral("county"));
        QCOMPARE(groups.at(0).toObject().value(QLatin1String("count")).toInt(), 23);
        QCOMPARE(r.json().value(QLatin1String("overall")).toObject().value(QLatin1String("count")).toInt(), 23);
    }

    void siteChangesRescore()
    {
        registerSite(
            QStringLiteral("3508000001"), QStringLiteral("city"), QStringLiteral("portal"), QStringLiteral("350800"));
        Reply r = client().post("/api/v1/assessments",
            assessment(
                QStringLiteral("3508000001"), QStringLiteral("2020-05"), {{QStringLiteral("info_update"), 6}}, {}, 10),
            m_fixture.writeToken);
        QCOMPARE(r.json().value(QLatin1String("total")).toDouble(), 104.0);
        // A portal turned department loses the bonus; its stored score follows.
        r = client().put("/api/v1/sites/3508000001",
            siteBody(
                QStringLiteral("x"), QStringLiteral("city"), QStringLiteral("department"), QStringLiteral("350800")),
            m_fixture.writeToken);
        QCOMPARE(r.status, 200);
        r = client().get("/api/v1/scores?period=2020-05&site=3508000001", m_fixture.readToken);
        QCOMPARE(
            r.json().value(QLatin1String("items")).toArray().at(0).toObject().value(QLatin1String("total")).toDouble(),
            94.0);
        // Without public services: scored out of 75 and scaled.
        r = client().put("/api/v1/sites/3508000001",
            siteBody(QStringLiteral("x"), QStringLiteral("city"), QStringLiteral("department"),
                QStringLiteral("350800"), false),
            m_fixture.writeToken);
        QCOMPARE(r.status, 200);
        r = client().get("/api/v1/scores?period=2020-05&site=3508000001", m_fixture.readToken);
        QCOMPARE(
            r.json().value(QLatin1String("items")).toArray().at(0).toObject().value(QLatin1String("total")).toDouble(),
            92.0);
        // A services deduction on record makes "no public services" impossible: 409, nothing changes.
        registerSite(QStringLiteral("3508000002"), QStringLiteral("city"), QStringLiteral("department"),
            QStringLiteral("350800"));
        QCOMPARE(client()
                     .post("/api/v1/assessments",
                         assessment(QStringLiteral("3508000002"), QStringLiteral("2020-05"),
                             {{QStringLiteral("service_guides"), 2}}),
                         m_fixture.writeToken)
                     .status,
            201);
        const qint64 before = dataVersion();
        r = client().put("/api/v1/sites/3508000002",
            siteBody(QStringLiteral("x"), QStringLiteral("city"), QStringLiteral("department"),
                QStringLiteral("350800"), false),
            m_fixture.writeToken);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(r.errorField(), QStringLiteral("public_services"));
        QCOMPARE(dataVersion(), before);
        QCOMPARE(client()
                     .get("/api/v1/sites/3508000002", m_fixture.readToken)
                     .json()
                     .value(QLatin1String("public_services"))
                     .toBool(),
            true);
    }

    void rules()
    {
        const Reply r = client().get("/api/v1/rules", m_fixture.readToken);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("id")).toString(), QStringLiteral("2019"));
        QCOMPARE(o.value(QLatin1String("categories")).toArray().size(), 4);
        QCOMPARE(o.value(QLatin1String("vetoes")).toArray().size(), 10);
        QCOMPARE(o.value(QLatin1String("pass_mark")).toDouble(), 60.0);
    }

    void concurrentClients()
    {
        // Several connections at once (each holds a worker thread with its own store connection).
        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < 3; ++i)
            clients.push_back(std::make_unique<Client>(m_fixture.port()));
        for (int round = 0; round < 5; ++round) {
            for (auto& c : clients) {
                QCOMPARE(c->get("/api/v1/scores?period=2022-11&limit=2", m_fixture.readToken).status, 200);
                QCOMPARE(c->post("/api/v1/assessments",
                              assessment(QStringLiteral("3505000001"), QStringLiteral("2019-0%1").arg(round + 1)),
                              m_fixture.writeToken)
                             .status
                        / 100,
                    2);
            }
        }
    }

    // After a write, concurrent readers of the same cold page share one rebuild and agree.
    void concurrentColdReads()
    {
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(client()
                         .post("/api/v1/assessments",
                             assessment(QStringLiteral("3506010002"), QStringLiteral("2022-11"),
                                 {{QStringLiteral("info_policy"), round}}),
                             m_fixture.writeToken)
                         .status,
                200);
            const std::vector<std::string> targets{"/api/v1/scores?period=2022&limit=7", "/api/v1/periods",
                "/api/v1/sites/3506010002/scores", "/api/v1/summary?period=2022-Q4&group_by=level"};
            std::vector<std::vector<Reply>> replies(6);
            std::vector<std::thread> threads;
            for (std::size_t t = 0; t < replies.size(); ++t) {
                threads.emplace_back([&, t]() {
                    Client c(m_fixture.port());
                    for (const std::string& target : targets)
                        replies[t].push_back(c.get(target, m_fixture.readToken));
                });
            }
            for (auto& t : threads)
                t.join();
            for (std::size_t i = 0; i < targets.size(); ++i) {
                for (const auto& r : replies) {
                    QCOMPARE(r.at(i).status, 200);
                    QCOMPARE(r.at(i).body, replies.front().at(i).body);
                    QCOMPARE(r.at(i).header("ETag"), replies.front().at(i).header("ETag"));
                }
            }
        }
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_fixture.stop();
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
