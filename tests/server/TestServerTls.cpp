// HTTPS with Poco NetSSL: a self-signed certificate made for the test with the openssl tool.
#include "ServerFixture.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLManager.h>
#include <QProcess>
#include <QStandardPaths>

using namespace sitegov;
using namespace sitegov::test;

class TestServerTls final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;

    Reply get(quint16 port, Poco::Net::Context::Ptr context, const std::string& target, const QByteArray& token = {})
    {
        Poco::Net::HTTPSClientSession session("127.0.0.1", port, context);
        session.setTimeout(Poco::Timespan(10, 0));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, target, Poco::Net::HTTPMessage::HTTP_1_1);
        if (!token.isEmpty())
            request.set("Authorization", "Bearer " + token.toStdString());
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& in = session.receiveResponse(response);
        std::ostringstream text;
        text << in.rdbuf();
        Reply reply;
        reply.status = int(response.getStatus());
        reply.body = QByteArray::fromStdString(text.str());
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Poco::Net::initializeSSL();
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl tool is needed (Debian package openssl, in scripts/install-deps)");
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
    }

    void servesHttps()
    {
        ServerFixture fixture;
        server::ServerOptions options;
        options.certificate = m_cert;
        options.privateKey = m_key;
        QVERIFY(fixture.start(options));

        // The client trusts exactly the test's certificate.
        Poco::Net::Context::Ptr trusting = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "",
            m_cert.toStdString(), Poco::Net::Context::VERIFY_STRICT, 9, false);
        Reply r = get(fixture.port(), trusting, "/api/v1/health");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        r = get(fixture.port(), trusting, "/api/v1/periods", fixture.readToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(get(fixture.port(), trusting, "/api/v1/periods").status, 401);

        // A client that trusts nothing refuses the self-signed certificate.
        Poco::Net::Context::Ptr strict = new Poco::Net::Context(
            Poco::Net::Context::TLS_CLIENT_USE, "", "", "", Poco::Net::Context::VERIFY_STRICT, 9, false);
        bool refused = false;
        try {
            get(fixture.port(), strict, "/api/v1/health");
        } catch (const Poco::Exception&) {
            refused = true;
        }
        QVERIFY(refused);

        // Plain HTTP to the HTTPS port gets no HTTP answer.
        bool plainFailed = false;
        try {
            Client plain(fixture.port());
            plain.session().setTimeout(Poco::Timespan(3, 0));
            plainFailed = plain.get("/api/v1/health").status != 200;
        } catch (const Poco::Exception&) {
            plainFailed = true;
        }
        QVERIFY(plainFailed);
        // The server is still fine.
        QCOMPARE(get(fixture.port(), trusting, "/api/v1/health").status, 200);
    }

    void badCertificate()
    {
        ServerFixture fixture;
        server::ServerOptions options;
        options.certificate = m_dir.filePath(QStringLiteral("missing.pem"));
        options.privateKey = m_key;
        QVERIFY(!fixture.start(options));
        options.certificate = m_key; // a key is not a certificate
        ServerFixture second;
        QVERIFY(!second.start(options));
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "TestServerTls.moc"
