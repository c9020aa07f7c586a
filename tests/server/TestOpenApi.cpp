// docs/api/openapi.yaml against the server: every documented path and method is served and every
// route is documented; documented parameters are accepted and others refused; every answer's
// status is documented, and its body has the documented shape (required fields, types, enums).
#include "MiniYaml.h"
#include "ServerFixture.h"

#include <QFile>
#include <QRegularExpression>

using namespace sitegov;
using namespace sitegov::test;

namespace {

struct Example
{
    std::string method;
    std::string target;
    QByteArray body;
};

const char* const kMethods[] = {"get", "put", "post", "delete", "patch"};

} // namespace

class TestOpenApi final : public QObject
{
    Q_OBJECT

private:
    QVariantMap m_spec;
    ServerFixture m_fixture;
    std::unique_ptr<Client> m_client;

    QVariant lookup(const QString& ref) const
    {
        if (!ref.startsWith(QLatin1String("#/")))
            return {};
        QVariant node = m_spec;
        const QStringList parts = ref.mid(2).split(u'/');
        for (const QString& p : parts)
            node = node.toMap().value(p);
        return node;
    }

    QVariantMap resolve(const QVariant& node) const
    {
        QVariantMap map = node.toMap();
        for (int guard = 0; guard < 10 && map.contains(QStringLiteral("$ref")); ++guard)
            map = lookup(map.value(QStringLiteral("$ref")).toString()).toMap();
        return map;
    }

    void validate(const QJsonValue& v, const QVariant& schemaNode, const QString& path, QStringList* errors) const
    {
        const QVariantMap schema = resolve(schemaNode);
        if (schema.isEmpty()) {
            errors->append(path + QStringLiteral(": no schema"));
            return;
        }
        if (schema.contains(QStringLiteral("allOf"))) {
            for (const QVariant& sub : schema.value(QStringLiteral("allOf")).toList())
                validate(v, sub, path, errors);
            return;
        }
        if (schema.contains(QStringLiteral("oneOf"))) {
            for (const QVariant& sub : schema.value(QStringLiteral("oneOf")).toList()) {
                QStringList e;
                validate(v, sub, path, &e);
                if (e.isEmpty())
                    return;
            }
            errors->append(path + QStringLiteral(": matches none of oneOf"));
            return;
        }
        if (v.isNull() && schema.value(QStringLiteral("nullable")).toString() == u"true")
            return;
        const QString type = schema.value(QStringLiteral("type")).toString();
        if (type == u"object") {
            if (!v.isObject()) {
                errors->append(path + QStringLiteral(": not an object"));
                return;
            }
            const QJsonObject o = v.toObject();
            for (const QVariant& r : schema.value(QStringLiteral("required")).toList()) {
                if (!o.contains(r.toString()))
                    errors->append(path + QStringLiteral(": required field %1 missing").arg(r.toString()));
            }
            const QVariantMap properties = schema.value(QStringLiteral("properties")).toMap();
            const QVariant additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                const QString child = path + u'.' + it.key();
                if (properties.contains(it.key()))
                    validate(it.value(), properties.value(it.key()), child, errors);
                else if (additional.typeId() == QMetaType::QVariantMap)
                    validate(it.value(), additional, child, errors);
                else if (additional.toString() == u"false")
                    errors->append(child + QStringLiteral(": not documented"));
            }
        } else if (type == u"array") {
            if (!v.isArray()) {
                errors->append(path + QStringLiteral(": not an array"));
                return;
            }
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i)
                validate(a.at(i), schema.value(QStringLiteral("items")), path + QStringLiteral("[%1]").arg(i), errors);
        } else if (type == u"string") {
            if (!v.isString()) {
                errors->append(path + QStringLiteral(": not a string"));
                return;
            }
            const QVariantList allowed = schema.value(QStringLiteral("enum")).toList();
            if (!allowed.isEmpty() && !allowed.contains(v.toString()))
                errors->append(path + QStringLiteral(": %1 is not one of the documented values").arg(v.toString()));
            if (schema.contains(QStringLiteral("pattern"))) {
                const QRegularExpression re(schema.value(QStringLiteral("pattern")).toString());
                if (!re.match(v.toString()).hasMatch())
                    errors->append(path + QStringLiteral(": %1 does not match the pattern").arg(v.toString()));
            }
        } else if (type == u"integer") {
            if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
                errors->append(path + QStringLiteral(": not an integer"));
        } else if (type == u"number") {
            if (!v.isDouble())
                errors->append(path + QStringLiteral(": not a number"));
            else if (schema.contains(QStringLiteral("minimum"))
                && v.toDouble() < schema.value(QStringLiteral("minimum")).toString().toDouble())
                errors->append(path + QStringLiteral(": below the minimum"));
        } else if (type == u"boolean") {
            if (!v.isBool())
                errors->append(path + QStringLiteral(": not a boolean"));
        } else {
            errors->append(path + QStringLiteral(": schema without a type"));
        }
    }

    QVariantMap operations() const
    {
        // operationId -> {path, method, operation}
        QVariantMap out;
        const QVariantMap paths = m_spec.value(QStringLiteral("paths")).toMap();
        for (auto p = paths.cbegin(); p != paths.cend(); ++p) {
            const QVariantMap item = p.value().toMap();
            for (const char* m : kMethods) {
                const QString method = QString::fromLatin1(m);
                if (!item.contains(method))
                    continue;
                const QVariantMap op = item.value(method).toMap();
                QVariantList parameters = item.value(QStringLiteral("parameters")).toList();
                parameters += op.value(QStringLiteral("parameters")).toList();
                out.insert(op.value(QStringLiteral("operationId")).toString(),
                    QVariantMap{{QStringLiteral("path"), p.key()}, {QStringLiteral("method"), method},
                        {QStringLiteral("operation"), op}, {QStringLiteral("parameters"), parameters}});
            }
        }
        return out;
    }

    QMap<QString, Example> examples() const
    {
        return {
            {QStringLiteral("getHealth"), {"GET", "/api/v1/health", {}}},
            {QStringLiteral("getRules"), {"GET", "/api/v1/rules", {}}},
            {QStringLiteral("listSites"), {"GET", "/api/v1/sites?limit=2", {}}},
            {QStringLiteral("getSite"), {"GET", "/api/v1/sites/3501000001", {}}},
            {QStringLiteral("putSite"),
                {"PUT", "/api/v1/sites/3509000001",
                    R"({"name":"宁德市人民政府","level":"city","kind":"portal","division_code":"350900"})"}},
            {QStringLiteral("getSiteScores"), {"GET", "/api/v1/sites/3501000001/scores?from=2024-01&to=2024-12", {}}},
            {QStringLiteral("postAssessment"),
                {"POST", "/api/v1/assessments",
                    R"({"site":"3501000002","period":"2024-02","vetoes":["columns_stale"],"deductions":{"info_update":[1,0.5],"design_links":2},"bonus":5,"note":"spot check"})"}},
            {QStringLiteral("getScores"), {"GET", "/api/v1/scores?period=2024-Q1&limit=2", {}}},
            {QStringLiteral("getSummary"), {"GET", "/api/v1/summary?period=2024&group_by=region", {}}},
            {QStringLiteral("getPeriods"), {"GET", "/api/v1/periods", {}}},
            {QStringLiteral("getMetrics"), {"GET", "/metrics", {}}},
        };
    }

    QVariantMap documentedResponse(const QVariantMap& op, int status) const
    {
        const QVariantMap responses = op.value(QStringLiteral("responses")).toMap();
        const QString key = QString::number(status);
        if (!responses.contains(key))
            return {};
        QVariantMap r = resolve(responses.value(key));
        r.insert(QStringLiteral("documented"), QStringLiteral("true"));
        return r;
    }

    void checkReply(const QString& operationId, const QVariantMap& op, const Reply& reply)
    {
        const QVariantMap documented = documentedResponse(op, reply.status);
        QVERIFY2(!documented.isEmpty(),
            qPrintable(QStringLiteral("%1 answered %2, which is not documented: %3")
                           .arg(operationId)
                           .arg(reply.status)
                           .arg(QString::fromUtf8(reply.body.left(300)))));
        const QVariantMap content = documented.value(QStringLiteral("content")).toMap();
        if (content.contains(QStringLiteral("text/plain"))) {
            QVERIFY2(reply.header("Content-Type").startsWith(QStringLiteral("text/plain")),
                qPrintable(operationId + QStringLiteral(": not text/plain")));
            QVERIFY2(!reply.body.isEmpty(), qPrintable(operationId + QStringLiteral(": no body")));
            return;
        }
        const QVariant schema
            = content.value(QStringLiteral("application/json")).toMap().value(QStringLiteral("schema"));
        if (!schema.isValid()) {
            QVERIFY2(
                reply.body.isEmpty(), qPrintable(operationId + QStringLiteral(": a body where none is documented")));
            return;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(operationId + QStringLiteral(": not JSON")));
        QStringList errors;
        validate(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), schema,
            operationId + QStringLiteral(" ") + QString::number(reply.status), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(SITEGOV_SOURCE_DIR "/docs/api/openapi.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        m_spec = MiniYaml::parse(QString::fromUtf8(file.readAll()), &error).toMap();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QVERIFY(m_fixture.start());
        m_client = std::make_unique<Client>(m_fixture.port());
        const QByteArray w = m_fixture.writeToken;
        QCOMPARE(m_client
                     ->put("/api/v1/sites/3501000001",
                         siteBody(QStringLiteral("福州"), QStringLiteral("city"), QStringLiteral("portal"),
                             QStringLiteral("350100")),
                         w)
                     .status,
            201);
        QCOMPARE(m_client
                     ->put("/api/v1/sites/3501000002",
                         siteBody(QStringLiteral("福州市教育局网站"), QStringLiteral("city"),
                             QStringLiteral("department"), QStringLiteral("350100"), false),
                         w)
                     .status,
            201);
        for (int m = 1; m <= 3; ++m) {
            for (const char* code : {"3501000001", "3501000002"}) {
                const Reply r = m_client->post("/api/v1/assessments",
                    QJsonObject{{QStringLiteral("site"), QString::fromLatin1(code)},
                        {QStringLiteral("period"), QStringLiteral("2024-0%1").arg(m)},
                        {QStringLiteral("deductions"), QJsonObject{{QStringLiteral("design_links"), m}}},
                        {QStringLiteral("bonus"), 10}},
                    w);
                QCOMPARE(r.status, 201);
            }
        }
    }

    void specShape()
    {
        QVERIFY(m_spec.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.0")));
        QCOMPARE(m_spec.value(QStringLiteral("info")).toMap().value(QStringLiteral("version")).toString(),
            QStringLiteral("0.1.0"));
        // As many documented paths as the server's router has distinct patterns (everyRouteIsDocumented
        // checks each of them both ways).
        QSet<QString> patterns;
        for (const auto& route : m_fixture.api().router().routes())
            patterns.insert(route.pattern);
        QVERIFY(!patterns.isEmpty());
        QCOMPARE(m_spec.value(QStringLiteral("paths")).toMap().size(), patterns.size());
        // Every $ref points somewhere.
        std::function<void(const QVariant&)> refs = [&](const QVariant& node) {
            if (node.typeId() == QMetaType::QVariantMap) {
                const QVariantMap map = node.toMap();
                if (map.contains(QStringLiteral("$ref")))
                    QVERIFY2(lookup(map.value(QStringLiteral("$ref")).toString()).isValid(),
                        qPrintable(map.value(QStringLiteral("$ref")).toString()));
                for (const QVariant& v : map)
                    refs(v);
            } else if (node.typeId() == QMetaType::QVariantList) {
                for (const QVariant& v : node.toList())
                    refs(v);
            }
        };
        refs(m_spec);
    }

    void miniYaml()
    {
        QString error;
        const QVariantMap m
            = MiniYaml::parse(QStringLiteral("a: 1 # note\nb:\n  - x\n  - k: v\n    j: \"q # r\"\nc: [p, 'q']\n"
                                             "d:\n- y\ne: {}\n"),
                &error)
                  .toMap();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m.value(QStringLiteral("a")).toString(), QStringLiteral("1"));
        QCOMPARE(m.value(QStringLiteral("b")).toList().size(), 2);
        QCOMPARE(m.value(QStringLiteral("b")).toList().at(1).toMap().value(QStringLiteral("j")).toString(),
            QStringLiteral("q # r"));
        QCOMPARE(m.value(QStringLiteral("c")).toList(), (QVariantList{QStringLiteral("p"), QStringLiteral("q")}));
        QCOMPARE(m.value(QStringLiteral("d")).toList().size(), 1);
        MiniYaml::parse(QStringLiteral("a: |\n  text\n"), &error);
        QVERIFY(!error.isEmpty());
        MiniYaml::parse(QStringLiteral("a: 1\na: 2\n"), &error);
        QVERIFY(!error.isEmpty());
    }

    void everyRouteIsDocumented()
    {
        const QVariantMap paths = m_spec.value(QStringLiteral("paths")).toMap();
        QSet<QString> served;
        for (const auto& route : m_fixture.api().router().routes()) {
            const QString key = route.method.toLower() + u' ' + route.pattern;
            served.insert(key);
            QVERIFY2(paths.value(route.pattern).toMap().contains(route.method.toLower()),
                qPrintable(key + QStringLiteral(" is served but not documented")));
            const QVariantMap op = paths.value(route.pattern).toMap().value(route.method.toLower()).toMap();
            // Documented security matches: only health is open.
            const bool open
                = op.contains(QStringLiteral("security")) && op.value(QStringLiteral("security")).toList().isEmpty();
            QCOMPARE(open, !route.scope.has_value());
            QCOMPARE(op.contains(QStringLiteral("requestBody")), route.takesBody);
        }
        for (auto p = paths.cbegin(); p != paths.cend(); ++p) {
            for (const char* m : kMethods) {
                if (p.value().toMap().contains(QString::fromLatin1(m)))
                    QVERIFY2(served.contains(QString::fromLatin1(m) + u' ' + p.key()),
                        qPrintable(
                            QString::fromLatin1(m) + u' ' + p.key() + QStringLiteral(" is documented but not served")));
            }
        }
    }

    void operationsConform_data()
    {
        QTest::addColumn<QString>("operationId");
        const QVariantMap ops = operations();
        const auto ex = examples();
        QCOMPARE(QSet<QString>(ops.keyBegin(), ops.keyEnd()), QSet<QString>(ex.keyBegin(), ex.keyEnd()));
        for (auto it = ops.cbegin(); it != ops.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    // The example request of each operation, then its error cases.
    void operationsConform()
    {
        QFETCH(QString, operationId);
        const QVariantMap entry = operations().value(operationId).toMap();
        const QVariantMap op = entry.value(QStringLiteral("operation")).toMap();
        const Example ex = examples().value(operationId);
        const bool secured
            = !(op.contains(QStringLiteral("security")) && op.value(QStringLiteral("security")).toList().isEmpty());
        const bool metrics = entry.value(QStringLiteral("path")).toString() == u"/metrics";
        const QByteArray token = metrics ? m_fixture.metricsToken : m_fixture.writeToken;
        QCOMPARE(QString::fromStdString(ex.method).toLower(), entry.value(QStringLiteral("method")).toString());

        // The documented request body schema accepts the example body.
        if (!ex.body.isEmpty()) {
            const QVariant schema = resolve(op.value(QStringLiteral("requestBody")))
                                        .value(QStringLiteral("content"))
                                        .toMap()
                                        .value(QStringLiteral("application/json"))
                                        .toMap()
                                        .value(QStringLiteral("schema"));
            QStringList errors;
            validate(
                QJsonDocument::fromJson(ex.body).object(), schema, operationId + QStringLiteral(" request"), &errors);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        }

        Reply r = m_client->request(ex.method, ex.target, ex.body, token);
        QVERIFY2(r.status / 100 == 2, r.body.constData());
        checkReply(operationId, op, r);

        if (metrics) {
            // Counters change with every request: no ETag, never 304; other tokens may not read them.
            QVERIFY(r.header("ETag").isEmpty());
            QCOMPARE(r.header("Cache-Control"), QStringLiteral("no-store"));
            const Reply forbidden = m_client->request("GET", ex.target, {}, m_fixture.writeToken);
            QCOMPARE(forbidden.status, 403);
            checkReply(operationId, op, forbidden);
        }
        if (ex.method == "GET" && !metrics) {
            // 304 for the ETag just received.
            const Reply again = m_client->request(
                "GET", ex.target, {}, token, "", {{"If-None-Match", r.header("ETag").toStdString()}});
            QCOMPARE(again.status, 304);
            checkReply(operationId, op, again);
        }
        if (ex.method == "GET") {
            // An undocumented parameter is refused with a documented 400.
            const std::string sep = ex.target.find('?') == std::string::npos ? "?" : "&";
            const Reply unknown = m_client->request("GET", ex.target + sep + "undocumented=1", {}, token);
            QCOMPARE(unknown.status, 400);
            QCOMPARE(unknown.errorField(), QStringLiteral("undocumented"));
            checkReply(operationId, op, unknown);
            // Every documented query parameter with an example is accepted.
            for (const QVariant& pv : entry.value(QStringLiteral("parameters")).toList()) {
                const QVariantMap p = resolve(pv);
                if (p.value(QStringLiteral("in")).toString() != u"query" || !p.contains(QStringLiteral("example")))
                    continue;
                const std::string name = p.value(QStringLiteral("name")).toString().toStdString();
                const std::string value = p.value(QStringLiteral("example")).toString().toStdString();
                std::string target = ex.target;
                // Replace the parameter when the example already has it.
                const std::size_t at = target.find(name + "=");
                if (at != std::string::npos) {
                    const std::size_t end = target.find('&', at);
                    target.replace(at, end == std::string::npos ? std::string::npos : end - at, name + "=" + value);
                } else {
                    target += (target.find('?') == std::string::npos ? "?" : "&") + name + "=" + value;
                }
                const Reply withParam = m_client->request("GET", target, {}, token);
                QVERIFY2(withParam.status == 200,
                    qPrintable(QString::fromStdString(target) + u' ' + QString::fromUtf8(withParam.body)));
                checkReply(operationId, op, withParam);
            }
        } else {
            // A body that is not JSON, a bad field, another media type.
            const Reply malformed = m_client->request(ex.method, ex.target, "{", token);
            QCOMPARE(malformed.status, 400);
            checkReply(operationId, op, malformed);
            const Reply media = m_client->request(ex.method, ex.target, ex.body, token, "text/csv");
            QCOMPARE(media.status, 415);
            checkReply(operationId, op, media);
            const Reply forbidden = m_client->request(ex.method, ex.target, ex.body, m_fixture.readToken);
            QCOMPARE(forbidden.status, 403);
            checkReply(operationId, op, forbidden);
            const Reply tooLarge = m_client->request(ex.method, ex.target, QByteArray(1024 * 1024 + 1, ' '), token);
            QCOMPARE(tooLarge.status, 413);
            checkReply(operationId, op, tooLarge);
        }
        if (secured) {
            const Reply anonymous = m_client->request(ex.method, ex.target, ex.body);
            QCOMPARE(anonymous.status, 401);
            checkReply(operationId, op, anonymous);
        }
        if (entry.value(QStringLiteral("path")).toString().contains(QStringLiteral("{code}")) && ex.method == "GET") {
            std::string missing = ex.target;
            missing.replace(missing.find("3501000001"), 10, "3599999999");
            const Reply notFound = m_client->request("GET", missing, {}, token);
            QCOMPARE(notFound.status, 404);
            checkReply(operationId, op, notFound);
        }
    }

    // A method that is not documented for a path is answered 405 with the documented methods.
    void undocumentedMethods()
    {
        const QVariantMap paths = m_spec.value(QStringLiteral("paths")).toMap();
        for (auto p = paths.cbegin(); p != paths.cend(); ++p) {
            QStringList documented;
            for (const char* m : kMethods) {
                if (p.value().toMap().contains(QString::fromLatin1(m)))
                    documented << QString::fromLatin1(m).toUpper();
            }
            if (documented.contains(QStringLiteral("GET")))
                documented << QStringLiteral("HEAD");
            const std::string target
                = QString(p.key()).replace(QStringLiteral("{code}"), QStringLiteral("3501000001")).toStdString();
            const Reply r = m_client->request("DELETE", target, {}, m_fixture.writeToken);
            QCOMPARE(r.status, 405);
            QStringList allowed = r.header("Allow").split(QStringLiteral(", "));
            allowed.sort();
            documented.sort();
            QCOMPARE(allowed, documented);
            QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
        }
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_fixture.stop();
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
