// sitegovctl request file|submit|approve|return|reject|withdraw|execute, run as the real program
// (a script's view: arguments, SITEGOV_PASSWORD, exit codes, output) on a demo database.
#include "DemoDatabase.h"
#include "TestSupport.h"
#include "cli/CtlProcess.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "demo/DemoBuilder.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PasswordHasher.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::ctltest;

class TestRequestCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_report; // a security test report to attach

    QString state(const QString& id)
    {
        return scalar(m_db, QStringLiteral("SELECT state FROM requests WHERE id = %1").arg(id));
    }

    // A county department of Jinjiang (under Quanzhou) that runs no site and has no request yet.
    QString freeJinjiangDepartment()
    {
        return scalar(m_db,
            QStringLiteral("SELECT o.id FROM organisations o JOIN organisations p ON p.id = o.parent_id WHERE "
                           "p.division_code = '350582' AND p.kind <> 'department' AND o.kind = 'department' AND NOT "
                           "EXISTS (SELECT 1 FROM sites s WHERE s.host_org_id = o.id AND s.status <> 'closed') AND NOT "
                           "EXISTS (SELECT 1 FROM requests r WHERE r.unit_id = o.id) ORDER BY o.id LIMIT 1"));
    }

    // Files and submits an opening for `unit` as inspector-jinjiang; its number.
    QString fileJinjiang(const QString& unit, const QString& name, const QString& domain)
    {
        const Run r = ctl({QStringLiteral("request"), QStringLiteral("file"), QStringLiteral("-d"), m_db,
            QStringLiteral("--as"), QStringLiteral("inspector-jinjiang"), QStringLiteral("--unit"), unit,
            QStringLiteral("--name"), name, QStringLiteral("--domain"), domain, QStringLiteral("--reason"),
            QStringLiteral("业务需要"), QStringLiteral("--justification"), QStringLiteral("经市政府同意单独设立"),
            QStringLiteral("--attach"), QStringLiteral("security_report:") + m_report, QStringLiteral("--submit")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return r.code == 0 ? r.out.section(u'\n', 0, 0).trimmed() : QString();
    }

    Run act(const QString& command, const QString& id, const QString& user, const QStringList& more = {})
    {
        return ctl(QStringList{
                       QStringLiteral("request"), command, id, QStringLiteral("-d"), m_db, QStringLiteral("--as"), user}
            + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        // The demo accounts' hashes at the lowest cost: the program checks them at the cost they carry.
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_db = test::demoDatabase(m_dir, QStringLiteral("demo.db"), {2017, OfficeClock::today()});
        QVERIFY(!m_db.isEmpty());
        m_report = m_dir.filePath(QStringLiteral("security-report.pdf"));
        QFile f(m_report);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("%PDF-1.4 security test passed\n") > 0);
    }

    // A county department's request: filed and submitted by Jinjiang's inspector, approved by the
    // city (Quanzhou), then by the province, whose approval carries it out: the site exists, opened
    // by the province's approver, all through sitegovctl. On the way, the refusals of the console.
    void countyRequestThroughTheChain()
    {
        const QString unit = freeJinjiangDepartment();
        QVERIFY(!unit.isEmpty());
        const QString id
            = fileJinjiang(unit, QStringLiteral("晋江脚本测试网站"), QStringLiteral("jbcs.jinjiang.gov.cn"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(state(id), QStringLiteral("submitted"));
        QCOMPARE(column(m_db,
                     QStringLiteral("SELECT action, account_name FROM request_events WHERE request_id = %1 ORDER BY id")
                         .arg(id)),
            (QStringList{QStringLiteral("create|inspector-jinjiang"), QStringLiteral("attach|inspector-jinjiang"),
                QStringLiteral("submit|inspector-jinjiang")}));

        // An inspector may not decide requests.
        Run r = act(QStringLiteral("approve"), id, QStringLiteral("inspector"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Your account (Inspector) may not decide requests.")), qPrintable(r.err));
        // Another city's approver may not decide Quanzhou's step; nor may the province before it.
        r = act(QStringLiteral("approve"), id, QStringLiteral("approver-xiamen"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Step 1 of 2 is decided by approvers of 泉州市人民政府.")),
            qPrintable(r.err));
        r = act(QStringLiteral("approve"), id, QStringLiteral("approver"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Step 1 of 2 is decided by approvers of 泉州市人民政府.")),
            qPrintable(r.err));
        // Nothing to carry out yet: it waits for an ordinary step.
        r = act(QStringLiteral("execute"), id, QStringLiteral("approver-quanzhou"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not for the national filing")), qPrintable(r.err));
        QCOMPARE(state(id), QStringLiteral("submitted"));
        QCOMPARE(scalar(m_db,
                     QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = %1 AND account_name "
                                    "IN ('inspector', 'approver-xiamen', 'approver')")
                         .arg(id)),
            QStringLiteral("0"));

        // The city reviews, the province approves.
        r = act(QStringLiteral("approve"), id, QStringLiteral("approver-quanzhou"),
            {QStringLiteral("--comment"), QStringLiteral("同意")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Request %1: In review.").arg(id));
        QCOMPARE(state(id), QStringLiteral("in_review"));
        r = act(QStringLiteral("approve"), id, QStringLiteral("approver"),
            {QStringLiteral("--comment"), QStringLiteral("同意开设")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Request %1: Executed.").arg(id));
        QCOMPARE(state(id), QStringLiteral("executed"));

        // The site exists, hosted by the department, and the audit trail names who did what.
        const QString site = scalar(m_db,
            QStringLiteral("SELECT id FROM sites WHERE name = '晋江脚本测试网站' AND host_org_id = %1 "
                           "AND domain = 'jbcs.jinjiang.gov.cn' AND status = 'operating'")
                .arg(unit));
        QVERIFY(!site.isEmpty());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT result_site_id FROM requests WHERE id = %1").arg(id)), site);
        QCOMPARE(column(m_db,
                     QStringLiteral("SELECT account_name, action FROM audit_log WHERE (object_type = 'request' AND "
                                    "object_id = '%1') OR (object_type = 'site' AND object_id = '%2') ORDER BY id")
                         .arg(id, site)),
            (QStringList{QStringLiteral("inspector-jinjiang|create"), QStringLiteral("inspector-jinjiang|attach"),
                QStringLiteral("inspector-jinjiang|submit"), QStringLiteral("approver-quanzhou|approve"),
                QStringLiteral("approver|approve"), QStringLiteral("approver|create"),
                QStringLiteral("approver|execute")}));

        // Done is done.
        r = act(QStringLiteral("approve"), id, QStringLiteral("approver"));
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QLatin1String("The request is Executed: there is nothing to decide.")), qPrintable(r.err));
    }

    // A province-level request: approved by the province, then carried out by the national filing
    // (request execute).
    void provinceRequestExecutedByTheFiling()
    {
        const QString unit = scalar(m_db,
            QStringLiteral(
                "SELECT o.id FROM organisations o JOIN organisations p ON p.id = o.parent_id WHERE "
                "p.division_code = '350000' AND p.parent_id IS NULL AND o.kind = 'department' AND NOT EXISTS "
                "(SELECT 1 FROM sites s WHERE s.host_org_id = o.id AND s.status <> 'closed') AND NOT EXISTS "
                "(SELECT 1 FROM requests r WHERE r.unit_id = o.id) ORDER BY o.id LIMIT 1"));
        QVERIFY(!unit.isEmpty());
        Run r = ctl({QStringLiteral("request"), QStringLiteral("file"), QStringLiteral("-d"), m_db,
            QStringLiteral("--as"), QStringLiteral("inspector"), QStringLiteral("--unit"), unit,
            QStringLiteral("--name"), QStringLiteral("省直脚本测试网站"), QStringLiteral("--domain"),
            QStringLiteral("jbcs.fujian.gov.cn"), QStringLiteral("--reason"), QStringLiteral("业务需要"),
            QStringLiteral("--attach"), QStringLiteral("security_report:") + m_report, QStringLiteral("--submit")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.out.section(u'\n', 0, 0).trimmed();
        r = act(QStringLiteral("approve"), id, QStringLiteral("approver"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(state(id), QStringLiteral("approved"));
        QVERIFY(scalar(m_db, QStringLiteral("SELECT id FROM sites WHERE name = '省直脚本测试网站'")).isEmpty());
        // The filing is a decision too: not the inspector's.
        r = act(QStringLiteral("execute"), id, QStringLiteral("inspector"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("may not decide requests")), qPrintable(r.err));
        r = act(QStringLiteral("execute"), id, QStringLiteral("approver"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(state(id), QStringLiteral("executed"));
        QVERIFY(!scalar(m_db, QStringLiteral("SELECT id FROM sites WHERE name = '省直脚本测试网站'")).isEmpty());
    }

    // Return, submit again, withdraw and reject: who may, and what each asks for.
    void returnWithdrawReject()
    {
        const QString unit = freeJinjiangDepartment();
        QVERIFY(!unit.isEmpty());
        const QString id
            = fileJinjiang(unit, QStringLiteral("晋江退回测试网站"), QStringLiteral("thcs.jinjiang.gov.cn"));
        QVERIFY(!id.isEmpty());
        Run r = act(QStringLiteral("return"), id, QStringLiteral("approver-quanzhou"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Say what the filer should change.")), qPrintable(r.err));
        r = act(QStringLiteral("return"), id, QStringLiteral("approver-quanzhou"),
            {QStringLiteral("--comment"), QStringLiteral("补充材料")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(state(id), QStringLiteral("returned"));
        r = act(QStringLiteral("submit"), id, QStringLiteral("inspector-siming"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("who filed this request, may change it.")), qPrintable(r.err));
        r = act(QStringLiteral("submit"), id, QStringLiteral("inspector-jinjiang"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(state(id), QStringLiteral("submitted"));
        r = act(QStringLiteral("withdraw"), id, QStringLiteral("approver-quanzhou"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("who filed this request, may withdraw it.")), qPrintable(r.err));
        r = act(QStringLiteral("withdraw"), id, QStringLiteral("inspector-jinjiang"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(state(id), QStringLiteral("withdrawn"));

        const QString second = fileJinjiang(
            freeJinjiangDepartment(), QStringLiteral("晋江驳回测试网站"), QStringLiteral("bhcs.jinjiang.gov.cn"));
        QVERIFY(!second.isEmpty());
        r = act(QStringLiteral("reject"), second, QStringLiteral("approver-quanzhou"),
            {QStringLiteral("--comment"), QStringLiteral("不符合集约化要求")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(state(second), QStringLiteral("rejected"));
    }

    // Who cannot log in acts on nothing; usage errors exit 2; --help names the permission.
    void loginUsageAndHelp()
    {
        const QString unit = freeJinjiangDepartment();
        const QString id
            = fileJinjiang(unit, QStringLiteral("晋江口令测试网站"), QStringLiteral("klcs.jinjiang.gov.cn"));
        QVERIFY(!id.isEmpty());
        Run r = ctl({QStringLiteral("request"), QStringLiteral("approve"), id, QStringLiteral("-d"), m_db,
                        QStringLiteral("--as"), QStringLiteral("approver-quanzhou")},
            QStringLiteral("wrong"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("The user name or the password is wrong.")), qPrintable(r.err));
        QCOMPARE(state(id), QStringLiteral("submitted"));
        // SQLite: the program checked the password and recorded the failure. PostgreSQL: the server
        // refused the account's login role before any SiteGov code ran; counting wrong passwords is
        // the server's there (docs/design/postgresql.md, "Accounts are database roles").
        QCOMPARE(scalar(m_db,
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' AND "
                                    "account_name = 'approver-quanzhou'")),
            test::onPostgres() ? QStringLiteral("0") : QStringLiteral("1"));

        r = ctl({QStringLiteral("request"), QStringLiteral("approve"), QStringLiteral("-d"), m_db});
        QCOMPARE(r.code, 2);
        r = ctl({QStringLiteral("request"), QStringLiteral("file"), QStringLiteral("-d"), m_db,
            QStringLiteral("--type"), QStringLiteral("rename")});
        QCOMPARE(r.code, 2);
        r = ctl({QStringLiteral("request"), QStringLiteral("file"), QStringLiteral("-d"), m_db,
            QStringLiteral("--unit"), unit, QStringLiteral("--attach"), QStringLiteral("photo:x.png")});
        QCOMPARE(r.code, 2);

        for (const auto& [command, permission] : {std::pair{QStringLiteral("file"), QStringLiteral("file requests")},
                 std::pair{QStringLiteral("submit"), QStringLiteral("file requests")},
                 std::pair{QStringLiteral("withdraw"), QStringLiteral("file requests")},
                 std::pair{QStringLiteral("approve"), QStringLiteral("decide requests")},
                 std::pair{QStringLiteral("return"), QStringLiteral("decide requests")},
                 std::pair{QStringLiteral("reject"), QStringLiteral("decide requests")},
                 std::pair{QStringLiteral("execute"), QStringLiteral("decide requests")}}) {
            r = ctl({QStringLiteral("request"), command, QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Permission: %1 (").arg(permission)), qPrintable(command + r.out));
            QVERIFY2(r.out.contains(QLatin1String("--as <USER>")), qPrintable(command));
        }
        r = ctl({QStringLiteral("request"), QStringLiteral("approve"), QStringLiteral("--help")});
        QVERIFY(r.out.contains(QLatin1String("Permission: decide requests (Approver).")));
    }
};

QTEST_GUILESS_MAIN(TestRequestCli)
#include "TestRequestCli.moc"
