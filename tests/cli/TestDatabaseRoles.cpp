// The second wall on PostgreSQL (docs/design/postgresql.md, "Accounts are database roles" and "The
// second wall"): the demo's accounts are login roles of the database's stored prefix, sitegovctl
// --as connects as them with the account's password, and someone at the real psql with an
// inspector's password can do no more than the console lets them.
//
// PostgreSQL only, in a throwaway cluster of its own (CMake registers it under pg_virtualenv, label
// postgresql): SQLite has no logins and no roles, so there is nothing of this to test there.
#include "DemoDatabase.h"
#include "TestSupport.h"
#include "cli/CtlProcess.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "db/DatabaseLocation.h"
#include "db/RoleNames.h"
#include "db/ScramVerifier.h"
#include "demo/DemoBuilder.h"
#include "storage/AccountService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PasswordHasher.h"
#include "storage/Session.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::ctltest;

namespace {

struct Psql
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestDatabaseRoles final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_prefix;

    QString one(const QString& sql) const
    {
        const QStringList rows = column(m_db, sql);
        return rows.size() == 1 ? rows.constFirst() : QStringLiteral("rows: ") + rows.join(u';');
    }

    // The real psql, logged in as the SiteGov account `username`'s role with `password`.
    Psql psql(const QString& username, const QString& sql, const QString& password = QString::fromLatin1(DemoBuilder::kPassword)) const
    {
        const auto location = db::DatabaseLocation::parse(m_db);
        const auto role = db::RoleNames::login(m_prefix, username);
        Psql r;
        if (!location || !role)
            return r;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGUSER"), *role);
        env.insert(QStringLiteral("PGPASSWORD"), password);
        env.insert(QStringLiteral("PGDATABASE"), location->database());
        env.insert(QStringLiteral("PGHOST"), qEnvironmentVariable("PGHOST", QStringLiteral("localhost")));
        env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                            QStringLiteral("-At"), QStringLiteral("-c"), sql});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        QVERIFY2(test::onPostgres(), "run under pg_virtualenv with SITEGOV_TEST_ENGINE=postgresql (tests/cli/CMakeLists.txt)");
        m_db = test::demoDatabase(m_dir, QStringLiteral("demo.db"), {2017, OfficeClock::today()});
        QVERIFY(!m_db.isEmpty());
        m_prefix = one(QStringLiteral("SELECT role_prefix FROM schema_version"));
    }

    // The verifier is PostgreSQL's SCRAM-SHA-256 format, as libpq makes it (RFC 5802's keys; the
    // expected text computed independently with Python's hashlib and hmac).
    void theVerifierIsScramSha256()
    {
        QCOMPARE(db::ScramVerifier::make(QStringLiteral("sitegov-demo"), QByteArrayLiteral("0123456789abcdef"), 4096),
            QStringLiteral("SCRAM-SHA-256$4096:MDEyMzQ1Njc4OWFiY2RlZg==$QWvDdikDo7iLJQfnA2wv/lxwNoj/+HCl+d5THMuooSA=:"
                           "JzMcfY9/UOFi+EDZq+eRacZ5FCt7Xb3HHEBC/UToHpg="));
        QVERIFY(db::ScramVerifier::make(QStringLiteral("x")) != db::ScramVerifier::make(QStringLiteral("x")));
    }

    // The prefix is stored, not taken from the database's name at each connection: this copy of the
    // demo's template took its own (its name), and its accounts are logins of it, in the groups of
    // their roles; the database maps names as db::RoleNames does.
    void roleNamesComeFromTheStoredPrefix()
    {
        const auto location = db::DatabaseLocation::parse(m_db);
        QVERIFY(location.ok());
        QCOMPARE(m_prefix, db::RoleNames::prefixFor(location->database()));
        const auto login = db::RoleNames::login(m_prefix, QStringLiteral("Inspector-Jinjiang"));
        QVERIFY(login.ok());
        QCOMPARE(*login, m_prefix + QStringLiteral("_inspector-jinjiang"));
        QCOMPARE(one(QStringLiteral("SELECT sitegov_login_role('Inspector-Jinjiang')")), *login);
        QCOMPARE(one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(*login)),
            QStringLiteral("true"));
        QCOMPARE(one(QStringLiteral("SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m "
                                    "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                                    "WHERE u.rolname = '%1'")
                         .arg(*login)),
            m_prefix + QStringLiteral("__inspector,") + m_prefix + QStringLiteral("__user"));
        for (const QString& group : db::RoleNames::groupKeys() + QStringList{QStringLiteral("user"), QStringLiteral("owner")})
            QCOMPARE(one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1__%2'").arg(m_prefix, group)),
                QStringLiteral("false"));

        // Names PostgreSQL cannot hold are refused, saying so.
        const QString longName = QStringLiteral("a").repeated(64 - m_prefix.size());
        const auto tooLong = db::RoleNames::login(m_prefix, longName);
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error().message.contains(QLatin1String("too long")), qPrintable(tooLong.error().message));
        auto db = ConsoleDatabase::open(m_db, Database::Mode::RequireCurrent);
        QVERIFY(db.ok());
        const qint64 unit = one(QStringLiteral("SELECT min(id) FROM organisations WHERE division_code = '350582' AND "
                                               "kind = 'government'"))
                                .toLongLong();
        QVERIFY(unit > 0);
        const auto refused = AccountService((*db)->connection())
                                 .create(Session::system(QStringLiteral("test")),
                                     {longName, QStringLiteral("长名"), unit, {Role::Inspector}},
                                     QStringLiteral("a long enough password"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("too long")), qPrintable(refused.error().message));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM accounts WHERE username = '%1'").arg(longName)),
            QStringLiteral("0"));
        QVERIFY(!db::RoleNames::checkPrefix(QStringLiteral("p").repeated(49)).ok());
        QVERIFY(db::RoleNames::checkPrefix(QStringLiteral("p").repeated(48)).ok());
        // The account named like a group is a login, not the group.
        QCOMPARE(one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1_director'").arg(m_prefix)),
            QStringLiteral("true"));
    }

    // A county inspector logs in through sitegovctl --as with the demo's password, as the account's
    // own login role, and logs an inspection of a site of the county; a wrong password is refused
    // with the user's message and changes nothing.
    void aCountyInspectorLogsInWithTheDemoPassword()
    {
        const QString site = one(QStringLiteral("SELECT s.code FROM sites s JOIN organisations o ON o.id = s.host_org_id "
                                                "WHERE o.division_code = '350582' AND s.status = 'operating' ORDER BY "
                                                "s.code LIMIT 1"));
        const QString inspections = QStringLiteral("SELECT count(*) FROM inspections");
        const QString before = one(inspections);
        const QStringList log{QStringLiteral("inspection"), QStringLiteral("log"), QStringLiteral("-d"), m_db,
            QStringLiteral("--as"), QStringLiteral("inspector-jinjiang"), QStringLiteral("--site"), site,
            QStringLiteral("--others"), QStringLiteral("pass")};

        Run r = ctl(log, QStringLiteral("not the password"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("The user name or the password is wrong.")), qPrintable(r.err));
        QCOMPARE(one(inspections), before);

        r = ctl(log);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(one(inspections).toInt(), before.toInt() + 1);
        // The connection was the account's login: the server saw that role.
        QCOMPARE(one(QStringLiteral("SELECT account_name FROM audit_log ORDER BY id DESC LIMIT 1")),
            QStringLiteral("inspector-jinjiang"));
        QCOMPARE(one(QStringLiteral("SELECT count(*) > 0 FROM accounts WHERE username = 'inspector-jinjiang' AND "
                                    "last_login_at IS NOT NULL")),
            QStringLiteral("true"));
    }

    // At psql with an inspector's password: another city's site cannot be changed, an audit record
    // cannot be deleted, password hashes cannot be read, roles cannot be made, accounts' logins
    // cannot be managed; what the console lets the inspector do (an inspection of a site in the
    // jurisdiction) still works, and one of another city's site is refused.
    void psqlAsAnInspectorIsKeptInPlace()
    {
        const QString inspector = QStringLiteral("inspector-jinjiang");
        const QString otherCity = QStringLiteral("(SELECT s.id FROM sites s JOIN organisations o ON o.id = s.host_org_id "
                                                 "WHERE o.division_code = '350203' ORDER BY s.id LIMIT 1)");
        const QString ownSite = QStringLiteral("(SELECT s.id FROM sites s JOIN organisations o ON o.id = s.host_org_id "
                                               "WHERE o.division_code = '350582' ORDER BY s.id LIMIT 1)");
        const QString names = QStringLiteral("SELECT name FROM sites WHERE id = %1").arg(otherCity);
        const QString name = one(names);
        const QString audit = QStringLiteral("SELECT count(*) || '/' || max(id) FROM audit_log");
        const QString auditBefore = one(audit);

        Psql p = psql(inspector, QStringLiteral("SELECT current_user"));
        QVERIFY2(p.code == 0, qPrintable(p.err));
        QCOMPARE(p.out, m_prefix + QStringLiteral("_inspector-jinjiang"));
        // Reading is open.
        p = psql(inspector, QStringLiteral("SELECT count(*) > 0 FROM sites"));
        QVERIFY2(p.code == 0 && p.out == QLatin1String("t"), qPrintable(p.err));

        p = psql(inspector, QStringLiteral("UPDATE sites SET name = 'x' WHERE id = %1").arg(otherCity));
        QVERIFY(p.code != 0);
        QVERIFY2(p.err.contains(QLatin1String("permission denied for table sites")), qPrintable(p.err));
        QCOMPARE(one(names), name);

        p = psql(inspector, QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"));
        QVERIFY(p.code != 0);
        QVERIFY2(p.err.contains(QLatin1String("permission denied for table audit_log")), qPrintable(p.err));
        p = psql(inspector, QStringLiteral("UPDATE audit_log SET summary = 'x'"));
        QVERIFY(p.code != 0);
        p = psql(inspector, QStringLiteral("TRUNCATE audit_log"));
        QVERIFY(p.code != 0);
        QCOMPARE(one(audit), auditBefore);

        p = psql(inspector, QStringLiteral("SELECT password_hash FROM accounts"));
        QVERIFY(p.code != 0);
        QVERIFY2(p.err.contains(QLatin1String("permission denied for table accounts")), qPrintable(p.err));
        p = psql(inspector, QStringLiteral("SELECT rolpassword FROM pg_authid"));
        QVERIFY(p.code != 0);
        QVERIFY2(p.err.contains(QLatin1String("permission denied")), qPrintable(p.err));

        p = psql(inspector, QStringLiteral("CREATE ROLE intruder LOGIN PASSWORD 'intruder'"));
        QVERIFY(p.code != 0);
        QVERIFY2(p.err.contains(QLatin1String("permission denied to create role")), qPrintable(p.err));
        p = psql(inspector, QStringLiteral("SELECT sitegov_account_role(id, NULL) FROM accounts WHERE username = 'admin'"));
        QVERIFY(p.code != 0);
        QVERIFY2(p.err.contains(QLatin1String("permission denied for function sitegov_account_role")), qPrintable(p.err));
        p = psql(inspector, QStringLiteral("UPDATE accounts SET disabled = 1 WHERE username = 'admin'"));
        QVERIFY(p.code != 0);
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'intruder'")), QStringLiteral("0"));
        QCOMPARE(one(QStringLiteral("SELECT disabled FROM accounts WHERE username = 'admin'")), QStringLiteral("0"));

        // An inspection of a site in the jurisdiction is the inspector's to log; of another city's
        // site it is refused by the policy over the unit tree.
        const QString insert = QStringLiteral(
            "INSERT INTO inspections (site_id, day, inspector, account_id, checklist_id, created_at, updated_at) "
            "SELECT %1, '2031-01-02', 'inspector-jinjiang', (SELECT id FROM accounts WHERE username = "
            "'inspector-jinjiang'), (SELECT max(id) FROM checklist_versions), '2031-01-02T08:00:00Z', "
            "'2031-01-02T08:00:00Z'");
        p = psql(inspector, insert.arg(otherCity));
        QVERIFY(p.code != 0);
        QVERIFY2(p.err.contains(QLatin1String("row-level security")), qPrintable(p.err));
        p = psql(inspector, insert.arg(ownSite));
        QVERIFY2(p.code == 0, qPrintable(p.err));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM inspections WHERE day = '2031-01-02'")), QStringLiteral("1"));

        // A city's approver may change sites (a request's execution), but only in the city.
        const QString approver = QStringLiteral("approver-") + one(QStringLiteral(
            "SELECT substr(a.username, 10) FROM accounts a JOIN organisations o ON o.id = a.org_id WHERE a.username "
            "LIKE 'approver-%' AND o.division_code <> '350200' ORDER BY a.username LIMIT 1"));
        p = psql(approver, QStringLiteral("UPDATE sites SET name = 'x' WHERE id = %1").arg(otherCity));
        QVERIFY2(p.code == 0, qPrintable(p.err));
        QCOMPARE(one(names), name);

        // A wrong password: no connection.
        p = psql(inspector, QStringLiteral("SELECT 1"), QStringLiteral("wrong"));
        QVERIFY(p.code != 0);
        QVERIFY2(p.err.contains(QLatin1String("password authentication failed")), qPrintable(p.err));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRoles)
#include "TestDatabaseRoles.moc"
