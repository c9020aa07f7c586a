// sitegovctl review sign and rectification fix|recheck|reopen|close, run as the real program on a
// demo database: the services' outcomes, refusals and audit records through the command line.
#include "cli/CtlProcess.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "demo/DemoBuilder.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PasswordHasher.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::ctltest;

class TestFollowUpCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run act(const QStringList& command, const QString& id, const QString& user, const QStringList& more = {})
    {
        return ctl(command + QStringList{id, QStringLiteral("-d"), m_db, QStringLiteral("--as"), user} + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = ConsoleDatabase::open(m_db);
        QVERIFY(db);
        const auto built = DemoBuilder::build(**db, {2017, OfficeClock::today()});
        QVERIFY2(built, built ? "" : qPrintable(built.error().fullText()));
    }

    // An open item of a Jinjiang site: fixed, failed again, fixed, re-checked and closed by
    // Jinjiang's inspector; Siming's inspector may not touch it; notes are asked for where the
    // console asks for them.
    void rectificationSteps()
    {
        const QString id = scalar(m_db,
            QStringLiteral("SELECT r.id FROM rectifications r JOIN sites s ON s.id = r.site_id JOIN organisations o ON "
                           "o.id = s.host_org_id WHERE r.status = 'open' AND o.division_code = '350582' ORDER BY r.id "
                           "LIMIT 1"));
        QVERIFY(!id.isEmpty());
        const QStringList fix{QStringLiteral("rectification"), QStringLiteral("fix")};
        const QStringList recheck{QStringLiteral("rectification"), QStringLiteral("recheck")};
        const QStringList reopen{QStringLiteral("rectification"), QStringLiteral("reopen")};
        const QStringList close{QStringLiteral("rectification"), QStringLiteral("close")};
        const QStringList note{QStringLiteral("--note"), QStringLiteral("已更新栏目内容")};
        auto status = [&] {
            return scalar(m_db, QStringLiteral("SELECT status FROM rectifications WHERE id = %1").arg(id));
        };

        Run r = act(fix, id, QStringLiteral("inspector-siming"), note);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("is outside your jurisdiction")), qPrintable(r.err));
        r = act(fix, id, QStringLiteral("inspector-jinjiang"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Say what was done to fix it.")), qPrintable(r.err));
        QCOMPARE(status(), QStringLiteral("open"));
        r = act(fix, id, QStringLiteral("inspector-jinjiang"), note);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(status(), QStringLiteral("fixed"));
        r = act(reopen, id, QStringLiteral("inspector-jinjiang"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Say what is still wrong.")), qPrintable(r.err));
        r = act(reopen, id, QStringLiteral("inspector-jinjiang"),
            {QStringLiteral("--note"), QStringLiteral("仍有过期信息")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(status(), QStringLiteral("open"));
        r = act(fix, id, QStringLiteral("inspector-jinjiang"), note);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // An approver may not re-check (it is an inspection).
        r = act(recheck, id, QStringLiteral("approver-quanzhou"));
        QCOMPARE(r.code, 1);
        QCOMPARE(status(), QStringLiteral("fixed"));
        r = act(recheck, id, QStringLiteral("inspector-jinjiang"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(status(), QStringLiteral("rechecked"));
        r = act(close, id, QStringLiteral("inspector-jinjiang"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("Rectification item %1: Closed.").arg(id));
        QCOMPARE(status(), QStringLiteral("closed"));
        QCOMPARE(column(m_db,
                     QStringLiteral("SELECT action, account_name FROM rectification_events WHERE "
                                    "rectification_id = %1 AND action <> 'open' ORDER BY id")
                         .arg(id)),
            (QStringList{QStringLiteral("fixed|inspector-jinjiang"), QStringLiteral("reopened|inspector-jinjiang"),
                QStringLiteral("fixed|inspector-jinjiang"), QStringLiteral("rechecked|inspector-jinjiang"),
                QStringLiteral("closed|inspector-jinjiang")}));

        r = ctl({QStringLiteral("rectification"), QStringLiteral("fix"), QStringLiteral("-d"), m_db});
        QCOMPARE(r.code, 2);
        r = ctl({QStringLiteral("rectification"), QStringLiteral("recheck"), QStringLiteral("--help")});
        QVERIFY(r.out.contains(QLatin1String("Permission: log inspections (")));
    }

    // A draft weekly review: not signed by an inspector or an approver, signed by the director
    // (locked afterwards), with the audit record naming the director.
    void reviewSign()
    {
        const QString id = scalar(m_db,
            QStringLiteral(
                "SELECT id FROM weekly_reviews WHERE status = 'draft' AND highlights <> '' ORDER BY id LIMIT 1"));
        QVERIFY(!id.isEmpty());
        const QStringList sign{QStringLiteral("review"), QStringLiteral("sign")};
        Run r = act(sign, id, QStringLiteral("approver-xiamen"));
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QLatin1String("Your account (Approver) may not sign weekly reviews.")), qPrintable(r.err));
        r = act(sign, id, QStringLiteral("inspector"));
        QCOMPARE(r.code, 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT status FROM weekly_reviews WHERE id = %1").arg(id)),
            QStringLiteral("draft"));
        r = act(
            sign, id, QStringLiteral("director"), {QStringLiteral("--instructions"), QStringLiteral("下周完成整改")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(column(m_db, QStringLiteral("SELECT status, instructions FROM weekly_reviews WHERE id = %1").arg(id)),
            QStringList{QStringLiteral("signed|下周完成整改")});
        QCOMPARE(scalar(m_db,
                     QStringLiteral("SELECT account_name FROM audit_log WHERE action = 'sign' AND object_type = "
                                    "'weekly_review' AND object_id = '%1'")
                         .arg(id)),
            QStringLiteral("director"));
        r = act(sign, id, QStringLiteral("director"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("is locked")), qPrintable(r.err));
        QVERIFY(ctl({QStringLiteral("review"), QStringLiteral("sign"), QStringLiteral("--help")})
                    .out.contains(QLatin1String("Permission: sign weekly reviews (")));
    }
};

QTEST_GUILESS_MAIN(TestFollowUpCli)
#include "TestFollowUpCli.moc"
