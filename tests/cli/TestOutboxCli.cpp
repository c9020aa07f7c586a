// `sitegovctl outbox send|list` against the real sitegov-server program, started by the test: the
// demo's confirmed assessments waiting in the outbox are sent with a write token and the backend then
// serves the console's scores; a read token or a backend that cannot be reached leaves them waiting
// (exit 1, the reason said) and --again sends one again at once; a backend's refusal is kept with its
// reason and shown by `outbox list`. `assessment show` shows the sending state.
#include "cli/CtlProcess.h"
#include "cli/DemoFixture.h"
#include "server/ServerFixture.h"
#include "server/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::ctltest;

class TestOutboxCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{databaseFolderTemplate()};
    QString m_base;
    int m_copies = 0;

    QString copy()
    {
        return test::copyDatabase(m_base, m_dir, QStringLiteral("case%1.db").arg(++m_copies));
    }

    // sitegovctl ARGS with `token` in SITEGOV_BACKEND_TOKEN (none: the variable is unset).
    static Run send(const QStringList& args, const QByteArray& token)
    {
        if (token.isEmpty())
            qunsetenv("SITEGOV_BACKEND_TOKEN");
        else
            qputenv("SITEGOV_BACKEND_TOKEN", token);
        const Run r = ctl(args);
        qunsetenv("SITEGOV_BACKEND_TOKEN");
        return r;
    }

    static QJsonArray jsonArray(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).array(); }

    static QString url(quint16 port) { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = demo(m_dir, QStringLiteral("base.db"));
        QVERIFY(!m_base.isEmpty());
        // The demo's confirmed assessments wait in the outbox: the demo builder confirms them, and
        // nothing has sent them yet.
        QVERIFY(scalar(m_base, QStringLiteral("SELECT count(*) FROM assessment_outbox WHERE state = 'waiting'")).toInt()
            > 100);
        QCOMPARE(
            scalar(m_base,
                QStringLiteral("SELECT count(*) FROM assessment_outbox WHERE state NOT IN ('waiting', 'replaced')")),
            QStringLiteral("0"));
    }

    void sendsTheOutbox()
    {
        const QString db = copy();
        QVERIFY(!db.isEmpty());
        test::ServerProcess server;
        QVERIFY(server.start({}));
        const QString waiting
            = scalar(db, QStringLiteral("SELECT count(*) FROM assessment_outbox WHERE state = 'waiting'"));
        const QStringList base{QStringLiteral("-d"), db, QStringLiteral("--backend"), url(server.port)};

        Run r = ctl({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("-d"), db,
            QStringLiteral("--state"), QStringLiteral("waiting"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QString::number(jsonArray(r.out).size()), waiting);

        // No token: usage.
        r = send(QStringList{QStringLiteral("outbox"), QStringLiteral("send")} + base, {});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("SITEGOV_BACKEND_TOKEN")), qPrintable(r.err));

        // A read token: the backend will not take assessments with it. The first one stays waiting
        // with the reason, and the run stops there.
        r = send(QStringList{QStringLiteral("outbox"), QStringLiteral("send")} + base, server.readToken);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("write token")), qPrintable(r.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM assessment_outbox WHERE state = 'waiting'")), waiting);
        const QString first = scalar(db,
            QStringLiteral("SELECT assessment_id FROM assessment_outbox WHERE attempts > 0 ORDER BY assessment_id"));
        QVERIFY(!first.isEmpty());
        r = ctl({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("-d"), db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Waiting to be sent: ")), qPrintable(r.out.left(2000)));

        // A backend that cannot be reached: still waiting, exit 1 with the reason.
        r = send(
            {QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("-d"), db, QStringLiteral("--backend"),
                QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--again"), first},
            server.writeToken);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Sending stopped")), qPrintable(r.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM assessment_outbox WHERE state = 'waiting'")), waiting);

        // The write token: every one is sent (the one that failed last, at once with --again), and the
        // backend scored each as the console did.
        r = send(QStringList{QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--again"), first} + base,
            server.writeToken);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Sent: %1 ").arg(waiting)), qPrintable(r.out.right(500)));
        QVERIFY2(r.out.contains(QStringLiteral("%1\t").arg(first)), "the sent assessments are listed");
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM assessment_outbox WHERE state = 'sent'")), waiting);
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT count(*) FROM assessment_outbox x JOIN assessments a ON a.id = "
                                    "x.assessment_id WHERE abs(x.backend_total - a.total) > 0.005")),
            QStringLiteral("0"));

        // What the backend serves for the site and month is the console's score (of a site that one
        // office checked that month: of two, the newer replaced the older before either was sent).
        const QString one = scalar(db,
            QStringLiteral("SELECT min(a.id) FROM assessments a JOIN assessment_outbox x ON x.assessment_id = a.id "
                           "GROUP BY a.site_id, a.period HAVING count(*) = 1 ORDER BY min(a.id) LIMIT 1"));
        const QStringList row = scalar(db,
            QStringLiteral("SELECT s.code || '|' || a.period || '|' || a.total FROM assessments a JOIN sites s ON "
                           "s.id = a.site_id WHERE a.id = %1")
                .arg(one))
                                    .split(u'|');
        QCOMPARE(row.size(), 3);
        test::Client client(server.port);
        const test::Reply scores = client.get(
            QStringLiteral("/api/v1/sites/%1/scores?from=%2&to=%2").arg(row.at(0), row.at(1)).toStdString(),
            server.readToken);
        QCOMPARE(scores.status, 200);
        const QJsonArray items = scores.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("total")).toDouble(), row.at(2).toDouble());

        // The list shows them sent, with the backend's score.
        r = ctl({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("-d"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray all = jsonArray(r.out);
        QCOMPARE(QString::number(all.size()), scalar(db, QStringLiteral("SELECT count(*) FROM assessment_outbox")));
        int listedSent = 0;
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("state")).toString() != u"sent")
                continue;
            ++listedSent;
            QVERIFY(o.value(QLatin1String("backend_total")).isDouble());
        }
        QCOMPARE(QString::number(listedSent), waiting);
        r = ctl({QStringLiteral("assessment"), QStringLiteral("show"), one, QStringLiteral("-d"), db,
            QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QLatin1String("sending")).toObject().value(QLatin1String("state")).toString(),
            QStringLiteral("sent"));
        QCOMPARE(shown.value(QLatin1String("total")).toDouble(), row.at(2).toDouble());
        // The history in the reader's language: the action's words, not its key.
        r = ctl({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("assessment"),
            QStringLiteral("show"), one, QStringLiteral("-d"), db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\t已确认\t")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("\tconfirmed\t")), qPrintable(r.out));

        // Nothing is left to send: nothing goes twice.
        r = send(QStringList{QStringLiteral("outbox"), QStringLiteral("send")} + base, server.writeToken);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Sent: 0 ")), qPrintable(r.out));
        QCOMPARE(client.get(QStringLiteral("/api/v1/sites/%1/scores").arg(row.at(0)).toStdString(), server.readToken)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
            scalar(db,
                QStringLiteral("SELECT count(DISTINCT a.period) FROM assessments a JOIN sites s ON s.id = a.site_id "
                               "WHERE s.code = '%1' AND a.status = 'confirmed'")
                    .arg(row.at(0)))
                .toInt());
    }

    // The backend refuses what it judges wrong (here a site code it does not accept): refused, with
    // its reason, in the list; the others are sent.
    void refusalKeepsTheReason()
    {
        const QString db = copy();
        QVERIFY(!db.isEmpty());
        const QString site = scalar(db,
            QStringLiteral("SELECT a.site_id FROM assessment_outbox x JOIN assessments a ON a.id = x.assessment_id "
                           "WHERE x.state = 'waiting' ORDER BY x.assessment_id LIMIT 1"));
        QVERIFY(!column(db, QStringLiteral("UPDATE sites SET code = 'no such code!' WHERE id = %1").arg(site))
                     .contains(QStringLiteral("bad sql")));
        const QString refused = scalar(db,
            QStringLiteral("SELECT count(*) FROM assessment_outbox x JOIN assessments a ON a.id = x.assessment_id "
                           "WHERE a.site_id = %1 AND x.state = 'waiting'")
                .arg(site));
        QVERIFY(refused.toInt() > 0);
        test::ServerProcess server;
        QVERIFY(server.start({}));
        Run r = send({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("-d"), db,
                         QStringLiteral("--backend"), url(server.port)},
            server.writeToken);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("refused: %1;").arg(refused)), qPrintable(r.out.right(500)));
        r = ctl({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("-d"), db, QStringLiteral("--state"),
            QStringLiteral("refused"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = jsonArray(r.out);
        QCOMPARE(QString::number(list.size()), refused);
        for (const QJsonValue& v : list) {
            const QString error = v.toObject().value(QLatin1String("error")).toString();
            QVERIFY2(error.contains(QLatin1String("site identifier code")), qPrintable(error));
        }
        r = ctl({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("-d"), db, QStringLiteral("--state"),
            QStringLiteral("refused")});
        QVERIFY2(r.out.contains(QLatin1String("Refused by the backend: The backend refused the assessment")),
            qPrintable(r.out));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM assessment_outbox WHERE state = 'waiting'")),
            QStringLiteral("0"));
        // A refused one is sent again only when asked; a sent one cannot be.
        const QString sent
            = scalar(db, QStringLiteral("SELECT assessment_id FROM assessment_outbox WHERE state = 'sent' LIMIT 1"));
        r = send({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("-d"), db,
                     QStringLiteral("--backend"), url(server.port), QStringLiteral("--again"), sent},
            server.writeToken);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not refused or waiting")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "TestOutboxCli.moc"
