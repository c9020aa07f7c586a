#include "TestSupport.h"
#include "demo/DemoBuilder.h"
#include "storage/AccountService.h"
#include "storage/AuditLog.h"
#include "storage/FirstStart.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

namespace {
qint64 unitByCode(QSqlDatabase& db, const QString& code)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id FROM organisations WHERE division_code = ? AND kind = 'government' AND level <> "
                       "'township'"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
} // namespace

class TestAccounts final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_province = 0;
    qint64 m_fuzhou = 0;
    qint64 m_xiamen = 0;
    qint64 m_jinjiang = 0;

    Session login(const QString& user, const QString& password = QString::fromLatin1(DemoBuilder::kPassword))
    {
        const auto s = AccountService(m_db->connection()).authenticate(user, password);
        if (!s)
            qWarning("%s", qPrintable(s.error().message));
        return s ? *s : Session{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        QVERIFY(DemoBuilder::build(*m_db, {2017, QDate(2026, 11, 28)}).ok());
        m_province = unitByCode(m_db->connection(), QStringLiteral("350000"));
        m_fuzhou = unitByCode(m_db->connection(), QStringLiteral("350100"));
        m_xiamen = unitByCode(m_db->connection(), QStringLiteral("350200"));
        m_jinjiang = unitByCode(m_db->connection(), QStringLiteral("350582"));
        QVERIFY(m_province && m_fuzhou && m_xiamen && m_jinjiang);
    }

    void passwordsAreStoredAsArgon2Hashes()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM accounts")));
        while (q.next()) {
            const QString hash = q.value(0).toString();
            QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
            QVERIFY(!hash.contains(QLatin1String(DemoBuilder::kPassword)));
        }
        const auto h = PasswordHasher::hash(QStringLiteral("秘密的口令-123"));
        QVERIFY(h.ok());
        QVERIFY(PasswordHasher::verify(*h, QStringLiteral("秘密的口令-123")));
        QVERIFY(!PasswordHasher::verify(*h, QStringLiteral("秘密的口令-124")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("garbage"), QStringLiteral("x")));
    }

    void loginSucceedsAndIsAudited()
    {
        const Session s = login(QStringLiteral("director"));
        QCOMPARE(s.username, QStringLiteral("director"));
        QVERIFY(s.has(Role::Director));
        QCOMPARE(s.orgId, m_province);
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT action, account_name FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("login"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("director"));
        // User names are not case sensitive.
        QCOMPARE(login(QStringLiteral("DIRECTOR")).username, QStringLiteral("director"));
    }

    void wrongPasswordsLockTheAccount()
    {
        AccountService accounts(m_db->connection());
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 1; i < AccountService::kMaxFailedAttempts; ++i) {
            const auto r = accounts.authenticate(QStringLiteral("inspector"), QStringLiteral("wrong password"), t0);
            QVERIFY(!r.ok());
            QVERIFY(r.error().message.contains(QLatin1String("wrong")));
        }
        auto r = accounts.authenticate(QStringLiteral("inspector"), QStringLiteral("wrong password"), t0);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("locked")), qPrintable(r.error().message));
        // Even the right password is refused while locked...
        r = accounts.authenticate(
            QStringLiteral("inspector"), QString::fromLatin1(DemoBuilder::kPassword), t0.addSecs(60));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("locked")));
        // ...and accepted once the lock has run out.
        r = accounts.authenticate(QStringLiteral("inspector"), QString::fromLatin1(DemoBuilder::kPassword),
            t0.addSecs(60 * AccountService::kLockoutMinutes + 1));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(accounts.byUsername(QStringLiteral("inspector"))->failedAttempts, 0);
        // An unknown user gets the same message as a wrong password.
        const auto unknown = accounts.authenticate(QStringLiteral("nobody"), QStringLiteral("x"));
        QCOMPARE(unknown.error().message,
            accounts.authenticate(QStringLiteral("director"), QStringLiteral("x")).error().message);
    }

    void disabledAccountsCannotLogIn()
    {
        AccountService accounts(m_db->connection());
        const Session admin = login(QStringLiteral("admin"));
        const auto target = accounts.byUsername(QStringLiteral("approver-xiamen"));
        QVERIFY(target.ok());
        QVERIFY(accounts.setDisabled(admin, target->id, true).ok());
        const auto r
            = accounts.authenticate(QStringLiteral("approver-xiamen"), QString::fromLatin1(DemoBuilder::kPassword));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("disabled")));
        QVERIFY(accounts.setDisabled(admin, target->id, false).ok());
        QVERIFY(
            accounts.authenticate(QStringLiteral("approver-xiamen"), QString::fromLatin1(DemoBuilder::kPassword)).ok());
        // Nobody disables themselves, nor the last administrator.
        QVERIFY(!accounts.setDisabled(admin, admin.accountId, true).ok());
    }

    void rolesAreCheckedInTheService()
    {
        AccountService accounts(m_db->connection());
        const Session inspector = login(QStringLiteral("inspector"));
        const auto r = accounts.create(inspector,
            {QStringLiteral("mallory"), QStringLiteral("M"), m_province, {Role::Administrator}},
            QStringLiteral("long enough password"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("may not")));
        QVERIFY(!accounts.byUsername(QStringLiteral("mallory")).ok());
        // An inspector's session cannot register a site either, even calling the service directly.
        Site s;
        s.code = QStringLiteral("3501009999");
        s.name = QStringLiteral("测试网站");
        s.url = QStringLiteral("https://t.fuzhou.gov.cn/");
        s.domain = QStringLiteral("t.fuzhou.gov.cn");
        s.hostOrgId = m_fuzhou;
        QVERIFY(!RegistryService(m_db->connection()).registerSite(inspector, s).ok());
    }

    void jurisdictionIsEnforced()
    {
        AccountService accounts(m_db->connection());
        const Session admin = login(QStringLiteral("admin"));
        // A city administrator, created by the province's.
        QVERIFY(accounts
                    .create(admin,
                        {QStringLiteral("admin-fuzhou"), QStringLiteral("福州管理员"), m_fuzhou, {Role::Administrator}},
                        QStringLiteral("long enough password"))
                    .ok());
        const Session cityAdmin = login(QStringLiteral("admin-fuzhou"), QStringLiteral("long enough password"));
        QVERIFY(cityAdmin.has(Role::Administrator));
        // Inside Fuzhou: allowed. In Xiamen or Quanzhou's Jinjiang: refused.
        QVERIFY(accounts
                    .create(cityAdmin,
                        {QStringLiteral("inspector-fz"), QStringLiteral("巡查员"), m_fuzhou, {Role::Inspector}},
                        QStringLiteral("long enough password"))
                    .ok());
        const auto outside = accounts.create(cityAdmin,
            {QStringLiteral("inspector-xm"), QStringLiteral("巡查员"), m_xiamen, {Role::Inspector}},
            QStringLiteral("long enough password"));
        QVERIFY(!outside.ok());
        QVERIFY2(outside.error().message.contains(QLatin1String("jurisdiction")), qPrintable(outside.error().message));
        QVERIFY(!Authorizer::withinJurisdiction(m_db->connection(), cityAdmin, m_jinjiang).value());
        QVERIFY(Authorizer::withinJurisdiction(m_db->connection(), admin, m_jinjiang).value());
        // The city administrator cannot disable the province's accounts.
        const auto director = accounts.byUsername(QStringLiteral("director"));
        QVERIFY(!accounts.setDisabled(cityAdmin, director->id, true).ok());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("hasRole");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        QTest::newRow("short password") << "li.si"
                                        << "李四" << true << "short"
                                        << "at least 8";
        QTest::newRow("spaces") << "li.si"
                                << "李四" << true << " padded password "
                                << "space";
        QTest::newRow("bad name") << "李四"
                                  << "李四" << true << "long enough password"
                                  << "user name";
        QTest::newRow("one char") << "l"
                                  << "李四" << true << "long enough password"
                                  << "user name";
        QTest::newRow("no display name") << "li.si"
                                         << " " << true << "long enough password"
                                         << "name";
        QTest::newRow("no role") << "li.si"
                                 << "李四" << false << "long enough password"
                                 << "role";
        QTest::newRow("taken") << "DIRECTOR"
                               << "李四" << true << "long enough password"
                               << "taken";
    }

    void validation()
    {
        QFETCH(QString, username);
        QFETCH(QString, name);
        QFETCH(bool, hasRole);
        QFETCH(QString, password);
        QFETCH(QString, message);
        AccountService accounts(m_db->connection());
        const Session admin = login(QStringLiteral("admin"));
        const auto r = accounts.create(
            admin, {username, name, m_province, hasRole ? QList<Role>{Role::Inspector} : QList<Role>{}}, password);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void passwordChanges()
    {
        AccountService accounts(m_db->connection());
        const Session approver = login(QStringLiteral("approver"));
        // Everyone may change their own password, but not somebody else's.
        QVERIFY(accounts.setPassword(approver, approver.accountId, QStringLiteral("a new password")).ok());
        QVERIFY(accounts.authenticate(QStringLiteral("approver"), QStringLiteral("a new password")).ok());
        const auto director = accounts.byUsername(QStringLiteral("director"));
        QVERIFY(!accounts.setPassword(approver, director->id, QStringLiteral("hijacked password")).ok());
        QVERIFY(!accounts.authenticate(QStringLiteral("director"), QStringLiteral("hijacked password")).ok());
    }

    void firstAdministratorOnlyOnce()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        const auto unit = RegistryService(db->connection())
                              .createOrganisation(Session::system(QStringLiteral("t")),
                                  Organisation{0, 0, QStringLiteral("福建省人民政府办公厅"), AdminLevel::Province,
                                      OrgKind::Government, QStringLiteral("350000"), {}, true});
        QVERIFY(unit.ok());
        AccountService accounts(db->connection());
        QVERIFY(!accounts.hasAccounts().value());
        QVERIFY(accounts
                    .createFirstAdministrator({QStringLiteral("root"), QStringLiteral("管理员"), *unit, {}},
                        QStringLiteral("long enough password"))
                    .ok());
        QVERIFY(accounts.byUsername(QStringLiteral("root"))->roles.contains(Role::Administrator));
        QVERIFY(!accounts
                     .createFirstAdministrator({QStringLiteral("root2"), QStringLiteral("管理员"), *unit, {}},
                         QStringLiteral("long enough password"))
                     .ok());
        QVERIFY(AuditLog::verify(db->connection())->ok);
    }

    void firstStartOnAnEmptyDatabaseCreatesTheUnitWithTheAdministrator()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        FirstStart first(db->connection());
        const auto none = first.topUnit();
        QVERIFY2(none.ok(), qPrintable(none.error().fullText()));
        QVERIFY(!none->has_value());
        const Organisation unit{0, 0, QStringLiteral("福建省人民政府办公厅"), AdminLevel::Province, OrgKind::Government,
            QStringLiteral("350000"), {}, true};
        const auto session
            = first.createAdministrator({QStringLiteral("root"), QStringLiteral("管理员"), 0, {Role::Administrator}},
                QStringLiteral("long enough password"), unit);
        QVERIFY2(session.ok(), qPrintable(session.error().fullText()));
        QCOMPARE(session->username, QStringLiteral("root"));
        QVERIFY(session->can(Action::ManageAccounts));
        const auto top = first.topUnit();
        QVERIFY(top.ok() && top->has_value());
        QCOMPARE((*top)->name, unit.name);
        QCOMPARE(session->orgId, (*top)->id);
        QVERIFY(AuditLog::verify(db->connection())->ok);
    }

    void firstStartIsAllOrNothing()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        FirstStart first(db->connection());
        // A password too short for the administrator: the unit created before it goes too.
        const auto refused = first.createAdministrator(
            {QStringLiteral("root"), QStringLiteral("管理员"), 0, {Role::Administrator}}, QStringLiteral("short"),
            Organisation{0, 0, QStringLiteral("福建省人民政府办公厅"), AdminLevel::Province, OrgKind::Government,
                QStringLiteral("350000"), {}, true});
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        const auto top = first.topUnit();
        QVERIFY(top.ok());
        QVERIFY(!top->has_value());
        QVERIFY(!AccountService(db->connection()).hasAccounts().value());
    }

    void firstStartReportsAnUnreadableRegistry()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE organisations RENAME COLUMN parent_id TO parent")));
        // Once the dialog took this for an empty registry and offered to create a second top unit.
        const auto top = FirstStart(db->connection()).topUnit();
        QVERIFY(!top.ok());
        QCOMPARE(top.error().message, FirstStart::tr("The units could not be read."));
        QVERIFY(!top.error().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "TestAccounts.moc"
