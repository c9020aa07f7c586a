// sitegovctl's commands for what the console's Settings page, Accounts dialog and Audit page change
// or show: `settings show|set`, `spotcheck share`, `user add|disable|passwd --as`, `unit list` and
// `audit list`, on a copy of the demo database per case, through Cli::run (the program's own entry).
// Each change goes through the service the console uses: refused with its reason for an account
// without the right (exit 1, nothing changed), audited under the account's name when done.
#include "cli/Cli.h"
#include "cli/CtlProcess.h"
#include "cli/DemoFixture.h"
#include "core/Language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::ctltest;

class TestAdminCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{databaseFolderTemplate()};
    Cli m_cli;
    QString m_base;
    QString m_db;
    int m_copies = 0;

    Run ctl(const QStringList& args, const QString& input = {})
    {
        QString out;
        QString err;
        QString in = input;
        QTextStream o(&out);
        QTextStream e(&err);
        QTextStream i(&in);
        CliIo io{o, e, i};
        Run r;
        r.code
            = m_cli.run(QStringList{QStringLiteral("sitegovctl")} + args + QStringList{QStringLiteral("-d"), m_db}, io);
        o.flush();
        e.flush();
        r.out = out;
        r.err = err;
        return r;
    }

    QString one(const QString& sql) { return scalar(m_db, sql); }
    int audits() { return one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action <> 'login'")).toInt(); }
    QString lastActor()
    {
        return one(
            QStringLiteral("SELECT account_name FROM audit_log WHERE action <> 'login' ORDER BY id DESC LIMIT 1"));
    }
    static QStringList as(const QString& user) { return {QStringLiteral("--as"), user}; }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        qputenv("SITEGOV_PASSWORD", DemoBuilder::kPassword);
        m_base = demo(m_dir, QStringLiteral("base.db"));
        QVERIFY(!m_base.isEmpty());
    }

    void init()
    {
        if (!m_db.isEmpty())
            test::removeDatabase(m_db);
        m_db = test::copyDatabase(m_base, m_dir, QStringLiteral("case%1.db").arg(++m_copies));
        QVERIFY(!m_db.isEmpty());
    }

    // The Settings page's database-wide settings: the administrator changes them; a director may not;
    // an address or a number the page refuses is refused; `settings show` prints what is saved.
    void settings()
    {
        const int before = audits();
        Run r = ctl(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--backend-url"),
                        QStringLiteral("https://scores.example.gov.cn:8750")}
            + as(QStringLiteral("director")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("may not")), qPrintable(r.err));
        QCOMPARE(audits(), before);
        r = ctl(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--backend-url"),
                    QStringLiteral("ftp://scores.example.gov.cn")}
            + as(QStringLiteral("admin")));
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
        r = ctl(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--backup-keep"),
                    QStringLiteral("0")}
            + as(QStringLiteral("admin")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Keep from 1 to 3650")), qPrintable(r.err));
        QCOMPARE(ctl(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--backup"),
                         QStringLiteral("maybe")})
                     .code,
            2);
        QCOMPARE(ctl(QStringList{QStringLiteral("settings"), QStringLiteral("set")}).code, 2);
        QCOMPARE(audits(), before);

        r = ctl(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--backend-url"),
                    QStringLiteral("https://scores.example.gov.cn:8750"), QStringLiteral("--backup"),
                    QStringLiteral("on"), QStringLiteral("--backup-folder"), m_dir.filePath(QStringLiteral("backups")),
                    QStringLiteral("--backup-keep"), QStringLiteral("30")}
            + as(QStringLiteral("admin")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(audits() > before);
        QCOMPARE(lastActor(), QStringLiteral("admin"));
        r = ctl(QStringList{QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QHash<QString, QString> shown;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            shown.insert(v[QStringLiteral("key")].toString(), v[QStringLiteral("value")].toString());
        QCOMPARE(shown.value(QStringLiteral("backend.url")), QStringLiteral("https://scores.example.gov.cn:8750"));
        QCOMPARE(shown.value(QStringLiteral("backup.enabled")), QStringLiteral("1"));
        QCOMPARE(shown.value(QStringLiteral("backup.keep")), QStringLiteral("30"));
        QCOMPARE(shown.value(QStringLiteral("backup.folder")), m_dir.filePath(QStringLiteral("backups")));
        // An empty address: no backend.
        r = ctl(
            QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--backend-url"), QString()}
            + as(QStringLiteral("admin")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT value FROM app_settings WHERE key = 'backend.url'")), QString());
    }

    // An office's spot-check share: shown to anyone, set by its planners, never below its level's least.
    void spotCheckShare()
    {
        const QStringList quanzhou{
            QStringLiteral("spotcheck"), QStringLiteral("share"), QStringLiteral("--org"), QStringLiteral("350500")};
        Run r = ctl(quanzhou + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("share_percent")].toInt(), 35);
        const int before = audits();
        r = ctl(quanzhou + QStringList{QStringLiteral("--percent"), QStringLiteral("50")}
            + as(QStringLiteral("inspector")));
        QCOMPARE(r.code, 1);
        r = ctl(
            quanzhou + QStringList{QStringLiteral("--percent"), QStringLiteral("20")} + as(QStringLiteral("director")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("35%")), qPrintable(r.err));
        QCOMPARE(ctl(quanzhou + QStringList{QStringLiteral("--percent"), QStringLiteral("half")}).code, 2);
        QCOMPARE(audits(), before);
        r = ctl(
            quanzhou + QStringList{QStringLiteral("--percent"), QStringLiteral("50")} + as(QStringLiteral("director")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastActor(), QStringLiteral("director"));
        r = ctl(quanzhou + QStringList{QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("share_percent")].toInt(), 50);
    }

    // The Accounts dialog's changes with --as: an administrator within their units; the county's
    // inspector may not; the new account logs in with the password read.
    void accountsAs()
    {
        const QString added = QStringLiteral("wang.wu");
        Run r = ctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), added,
                        QStringLiteral("--org"), QStringLiteral("350582"), QStringLiteral("--role"),
                        QStringLiteral("inspector")}
                + as(QStringLiteral("inspector-jinjiang")),
            QStringLiteral("a long password\n"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("may not")), qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM accounts WHERE username = 'wang.wu'")), QStringLiteral("0"));
        r = ctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), added,
                    QStringLiteral("--org"), QStringLiteral("350582"), QStringLiteral("--role"),
                    QStringLiteral("inspector")}
                + as(QStringLiteral("admin")),
            QStringLiteral("a long password\n"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastActor(), QStringLiteral("admin"));
        r = ctl(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--username"), added}
            + as(QStringLiteral("inspector-jinjiang")));
        QCOMPARE(r.code, 1);
        QCOMPARE(one(QStringLiteral("SELECT disabled FROM accounts WHERE username = 'wang.wu'")), QStringLiteral("0"));
        r = ctl(QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--username"), added}
            + as(QStringLiteral("admin")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT disabled FROM accounts WHERE username = 'wang.wu'")), QStringLiteral("1"));
        // One's own password, as the Settings page changes it.
        r = ctl(QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--username"),
                    QStringLiteral("inspector-jinjiang")}
                + as(QStringLiteral("inspector-jinjiang")),
            QStringLiteral("a new long password\n"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastActor(), QStringLiteral("inspector-jinjiang"));
    }

    // The unit tree, each unit before those under it; --under limits it to one unit's subtree.
    void unitList()
    {
        Run r = ctl(QStringList{QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--under"),
            QStringLiteral("350500"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray units = QJsonDocument::fromJson(r.out.toUtf8()).array();
        const QString quanzhou = one(
            QStringLiteral("SELECT id FROM organisations WHERE division_code = '350500' AND kind = 'government'"));
        QCOMPARE(units.size(),
            one(QStringLiteral("WITH RECURSIVE down(id) AS (SELECT CAST(%1 AS BIGINT) UNION ALL SELECT o.id FROM "
                               "organisations o JOIN down ON o.parent_id = down.id) SELECT count(*) FROM down")
                    .arg(quanzhou))
                .toInt());
        QCOMPARE(QString::number(units.first()[QStringLiteral("id")].toInteger()), quanzhou);
        QCOMPARE(units.first()[QStringLiteral("depth")].toInt(), 0);
        QSet<qint64> seen;
        for (const QJsonValue& u : units) {
            if (u[QStringLiteral("depth")].toInt() > 0)
                QVERIFY(seen.contains(u[QStringLiteral("parent_id")].toInteger()));
            seen << u[QStringLiteral("id")].toInteger();
        }
        // The whole tree as a spreadsheet.
        const QString file = m_dir.filePath(QStringLiteral("units.csv"));
        r = ctl(QStringList{QStringLiteral("unit"), QStringLiteral("list"), QStringLiteral("--inactive"),
            QStringLiteral("--output"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), one(QStringLiteral("SELECT count(*) FROM organisations")).toInt() + 1);
    }

    // The audit trail, filtered by account, action, object and day; read by those who may.
    void auditList()
    {
        QVERIFY(ctl(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--backup-keep"),
                        QStringLiteral("20")}
                    + as(QStringLiteral("admin")))
                    .code
            == 0);
        Run r = ctl(
            QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--object"), QStringLiteral("setting"),
                QStringLiteral("--action"), QStringLiteral("update"), QStringLiteral("--search"),
                QStringLiteral("backup.keep"), QStringLiteral("--from"), OfficeClock::today().toString(Qt::ISODate),
                QStringLiteral("--to"), OfficeClock::today().toString(Qt::ISODate), QStringLiteral("--json")}
            + as(QStringLiteral("director")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[QStringLiteral("object_id")].toString(), QStringLiteral("backup.keep"));
        QCOMPARE(rows.first()[QStringLiteral("after")][QStringLiteral("value")].toString(), QStringLiteral("20"));
        // Newest first, and nothing before the day asked for.
        r = ctl(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--to"),
            OfficeClock::today().addDays(-400).toString(Qt::ISODate), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(),
            one(QStringLiteral("SELECT count(*) FROM audit_log WHERE at < '%1'")
                    .arg(OfficeClock::startOfDay(OfficeClock::today().addDays(-399)).toString(Qt::ISODateWithMs)))
                .toInt());
        // An inspector does not read the trail.
        r = ctl(QStringList{QStringLiteral("audit"), QStringLiteral("list")} + as(QStringLiteral("inspector")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("may not")), qPrintable(r.err));
        QCOMPARE(ctl(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"),
                         QStringLiteral("monday")})
                     .code,
            2);
    }

    // The Sites page's other changes: a site's status, a unit and a person deactivated and active again.
    void registryStates()
    {
        const QString site = one(QStringLiteral(
            "SELECT x.code FROM sites x JOIN organisations o ON o.id = x.host_org_id WHERE o.division_code = '350582' "
            "AND x.status = 'operating' ORDER BY x.id LIMIT 1"));
        Run r = ctl(QStringList{QStringLiteral("site"), QStringLiteral("status"), site, QStringLiteral("--status"),
                        QStringLiteral("migrating")}
            + as(QStringLiteral("director")));
        QCOMPARE(r.code, 1);
        QCOMPARE(ctl(QStringList{QStringLiteral("site"), QStringLiteral("status"), site, QStringLiteral("--status"),
                         QStringLiteral("asleep")})
                     .code,
            2);
        r = ctl(QStringList{QStringLiteral("site"), QStringLiteral("status"), site, QStringLiteral("--status"),
                    QStringLiteral("migrating")}
            + as(QStringLiteral("admin")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(
            one(QStringLiteral("SELECT status FROM sites WHERE code = '%1'").arg(site)), QStringLiteral("migrating"));

        // A unit that runs open sites stays; one without is deactivated and comes back.
        r = ctl(QStringList{QStringLiteral("unit"), QStringLiteral("deactivate"), QStringLiteral("350582")}
            + as(QStringLiteral("admin")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("open sites")), qPrintable(r.err));
        r = ctl(QStringList{QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--parent"),
                    QStringLiteral("350582"), QStringLiteral("--name"), QStringLiteral("晋江市测试局")}
            + as(QStringLiteral("admin")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString unit = r.out.section(u'\n', 0, 0).trimmed();
        r = ctl(
            QStringList{QStringLiteral("unit"), QStringLiteral("deactivate"), unit} + as(QStringLiteral("inspector")));
        QCOMPARE(r.code, 1);
        QCOMPARE(
            ctl(QStringList{QStringLiteral("unit"), QStringLiteral("deactivate"), unit} + as(QStringLiteral("admin")))
                .code,
            0);
        QCOMPARE(one(QStringLiteral("SELECT active FROM organisations WHERE id = %1").arg(unit)), QStringLiteral("0"));
        QCOMPARE(
            ctl(QStringList{QStringLiteral("unit"), QStringLiteral("activate"), unit} + as(QStringLiteral("admin")))
                .code,
            0);
        QCOMPARE(one(QStringLiteral("SELECT active FROM organisations WHERE id = %1").arg(unit)), QStringLiteral("1"));

        r = ctl(QStringList{QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--unit"), unit,
                    QStringLiteral("--name"), QStringLiteral("李四")}
            + as(QStringLiteral("admin")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString person = r.out.section(u'\n', 0, 0).trimmed();
        QCOMPARE(ctl(QStringList{QStringLiteral("person"), QStringLiteral("deactivate"), person}
                     + as(QStringLiteral("inspector")))
                     .code,
            1);
        QCOMPARE(ctl(QStringList{QStringLiteral("person"), QStringLiteral("deactivate"), person}
                     + as(QStringLiteral("director")))
                     .code,
            0);
        QCOMPARE(one(QStringLiteral("SELECT active FROM persons WHERE id = %1").arg(person)), QStringLiteral("0"));
        QCOMPARE(ctl(QStringList{QStringLiteral("person"), QStringLiteral("activate"), person}
                     + as(QStringLiteral("director")))
                     .code,
            0);
        QCOMPARE(one(QStringLiteral("SELECT active FROM persons WHERE id = %1").arg(person)), QStringLiteral("1"));
        QCOMPARE(lastActor(), QStringLiteral("director"));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "TestAdminCli.moc"
