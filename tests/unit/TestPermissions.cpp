#include "core/Permissions.h"

#include <QTest>

using namespace sitegov;

Q_DECLARE_METATYPE(sitegov::Role)
Q_DECLARE_METATYPE(sitegov::Action)

class TestPermissions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        // Administrators keep the registry and the system; they do not decide, inspect or sign.
        QTest::newRow("admin accounts") << Role::Administrator << Action::ManageAccounts << true;
        QTest::newRow("admin sites") << Role::Administrator << Action::EditSites << true;
        QTest::newRow("admin backup") << Role::Administrator << Action::BackupRestore << true;
        QTest::newRow("admin audit") << Role::Administrator << Action::ViewAudit << true;
        QTest::newRow("admin decide") << Role::Administrator << Action::DecideRequest << false;
        QTest::newRow("admin inspect") << Role::Administrator << Action::LogInspection << false;
        QTest::newRow("admin sign") << Role::Administrator << Action::SignReview << false;
        // Directors read, review, sign.
        QTest::newRow("director sign") << Role::Director << Action::SignReview << true;
        QTest::newRow("director audit") << Role::Director << Action::ViewAudit << true;
        QTest::newRow("director accounts") << Role::Director << Action::ManageAccounts << false;
        QTest::newRow("director decide") << Role::Director << Action::DecideRequest << false;
        // Approvers decide and nothing else.
        QTest::newRow("approver decide") << Role::Approver << Action::DecideRequest << true;
        QTest::newRow("approver file") << Role::Approver << Action::FileRequest << false;
        QTest::newRow("approver sites") << Role::Approver << Action::EditSites << false;
        QTest::newRow("approver audit") << Role::Approver << Action::ViewAudit << false;
        // Inspectors inspect, follow rectification, draft reviews, file requests.
        QTest::newRow("inspector inspect") << Role::Inspector << Action::LogInspection << true;
        QTest::newRow("inspector file") << Role::Inspector << Action::FileRequest << true;
        QTest::newRow("inspector draft") << Role::Inspector << Action::WriteReview << true;
        QTest::newRow("inspector sign") << Role::Inspector << Action::SignReview << false;
        QTest::newRow("inspector decide") << Role::Inspector << Action::DecideRequest << false;
        QTest::newRow("inspector audit") << Role::Inspector << Action::ViewAudit << false;
        QTest::newRow("inspector accounts") << Role::Inspector << Action::ManageAccounts << false;
    }

    void matrix()
    {
        QFETCH(Role, role);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows({role}, action), allowed);
    }

    void rolesCombine()
    {
        QVERIFY(Permissions::allows({Role::Inspector, Role::Approver}, Action::DecideRequest));
        QVERIFY(Permissions::allows({Role::Inspector, Role::Approver}, Action::LogInspection));
        QVERIFY(!Permissions::allows({}, Action::LogInspection));
    }

    void parseRoles()
    {
        QCOMPARE(Permissions::parseRoles(QStringLiteral("inspector, approver")),
            (QList<Role>{Role::Inspector, Role::Approver}));
        QVERIFY(!Permissions::parseRoles(QStringLiteral("inspector,king")).has_value());
        QVERIFY(!Permissions::parseRoles(QString()).has_value());
        QCOMPARE(Permissions::keys({Role::Inspector, Role::Administrator}), QStringLiteral("administrator,inspector"));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
