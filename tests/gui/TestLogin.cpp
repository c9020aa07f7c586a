#include "GuiTestSupport.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/LoginDialog.h"
#include "gui/audit/AuditPage.h"
#include "gui/common/People.h"
#include "gui/common/Page.h"
#include "gui/common/QueryTableModel.h"
#include "gui/settings/SettingsPage.h"
#include "storage/AccountService.h"
#include "storage/BackupService.h"
#include "demo/DemoBuilder.h"
#include "storage/PasswordHasher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

class TestLogin final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Session login(const QString& user)
    {
        auto db = ConsoleDatabase::open(m_path);
        const auto s = AccountService((*db)->connection()).authenticate(user, QString::fromLatin1(DemoBuilder::kPassword));
        return s ? *s : Session{};
    }

    QStringList pageIds(const MainWindow& w)
    {
        QStringList ids;
        for (Page* p : w.pages())
            ids << p->pageId();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = ConsoleDatabase::open(m_path);
        QVERIFY(db.ok());
        QVERIFY(DemoBuilder::build(**db, {2017, QDate(2026, 11, 28)}).ok());
    }

    void loginDialogChecksThePassword()
    {
        LoginDialog dialog(m_path);
        dialog.show();
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QTest::keyClicks(user, QStringLiteral("inspector"));
        QTest::keyClicks(password, QStringLiteral("not the password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(message->isVisible() && message->text().contains(QLatin1String("wrong")));
        QVERIFY(dialog.isVisible());
        QVERIFY(password->text().isEmpty());
        QTest::keyClicks(password, QString::fromLatin1(DemoBuilder::kPassword));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().username, QStringLiteral("inspector"));
        QVERIFY(dialog.session().has(Role::Inspector));
    }

    void inspectorSeesNoAdministration()
    {
        auto db = ConsoleDatabase::open(m_path);
        AppContext context{db->get(), login(QStringLiteral("inspector"))};
        MainWindow window(context);
        window.show();
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("inspections"));
        QVERIFY(!pageIds(window).contains(QStringLiteral("audit")));
        QVERIFY(window.showPage(QStringLiteral("settings")));
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("manageAccountsButton"))->isVisibleTo(&window));
        QVERIFY(!window.findChild<QGroupBox*>(QStringLiteral("backupGroup"))->isVisibleTo(&window));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("userStatus"))->text().contains(QLatin1String("Inspector")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("loggedInValue"))->text().contains(QLatin1String("inspector")));
    }

    void rolesLandOnTheirPages()
    {
        auto db = ConsoleDatabase::open(m_path);
        for (const auto& [user, page] : {std::pair{QStringLiteral("director"), QStringLiteral("dashboard")},
                 std::pair{QStringLiteral("approver"), QStringLiteral("requests")},
                 std::pair{QStringLiteral("admin"), QStringLiteral("sites")}}) {
            AppContext context{db->get(), login(user)};
            MainWindow window(context);
            QCOMPARE(window.currentPage()->pageId(), page);
        }
        AppContext director{db->get(), login(QStringLiteral("director"))};
        MainWindow window(director);
        QVERIFY(pageIds(window).contains(QStringLiteral("audit")));
    }

    void administratorCreatesAnAccount()
    {
        auto db = ConsoleDatabase::open(m_path);
        AppContext context{db->get(), login(QStringLiteral("admin"))};
        MainWindow window(context);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("settings")));
        QVERIFY(window.findChild<QGroupBox*>(QStringLiteral("backupGroup"))->isVisibleTo(&window));
        auto* manage = window.findChild<QPushButton*>(QStringLiteral("manageAccountsButton"));
        QVERIFY(manage->isVisibleTo(&window));

        const auto managing = test::answerNext<AccountsDialog>([](AccountsDialog* accounts) {
            auto* table = accounts->findChild<QTableWidget*>(QStringLiteral("accountsTable"));
            QVERIFY(table->rowCount() >= 14);
            const auto creating = test::answerNextDialog([](QDialog* form) {
                form->findChild<QLineEdit*>(QStringLiteral("newUsernameEdit"))->setText(QStringLiteral("chen.jing"));
                form->findChild<QLineEdit*>(QStringLiteral("newNameEdit"))->setText(QStringLiteral("陈静"));
                auto* unit = form->findChild<QComboBox*>(QStringLiteral("newUnitCombo"));
                unit->setCurrentIndex(unit->findText(QStringLiteral("晋江市人民政府 (350582)")));
                QVERIFY(unit->currentIndex() >= 0);
                form->findChild<QCheckBox*>(QStringLiteral("role_inspector"))->setChecked(true);
                form->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"))->setText(QStringLiteral("inspect daily"));
                form->findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit"))->setText(QStringLiteral("inspect daily"));
                form->accept();
            });
            QTest::mouseClick(accounts->findChild<QPushButton*>(QStringLiteral("newAccountButton")), Qt::LeftButton);
            QVERIFY(creating->answered());
            QTRY_VERIFY(!table->findItems(QStringLiteral("chen.jing"), Qt::MatchExactly).isEmpty());
            accounts->reject();
        });
        QTest::mouseClick(manage, Qt::LeftButton);
        QVERIFY(managing->answered());
        const auto created = AccountService((*db)->connection()).authenticate(QStringLiteral("chen.jing"),
            QStringLiteral("inspect daily"));
        QVERIFY(created.ok());
        QVERIFY(created->has(Role::Inspector));
    }

    void auditPageFiltersExportsAndVerifies()
    {
        auto db = ConsoleDatabase::open(m_path);
        AppContext context{db->get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("audit")));
        auto* audit = qobject_cast<AuditPage*>(window.currentPage());
        QVERIFY(audit);
        QTRY_VERIFY(audit->model()->rowCount() > 0);
        QTRY_VERIFY(audit->model()->totalCount() > 1000);
        // Newest first: the director's own login is on top, shown by the person's name, the login
        // name in the tooltip.
        const auto director = AccountService((*db)->connection()).byUsername(QStringLiteral("director"));
        QVERIFY(director.ok() && !director->displayName.isEmpty());
        QCOMPARE(audit->model()->index(0, 2).data().toString(), director->displayName);
        QVERIFY(audit->model()->index(0, 2).data(Qt::ToolTipRole).toString().contains(QLatin1String("director")));

        auto* account = window.findChild<QComboBox*>(QStringLiteral("auditAccount"));
        account->setCurrentIndex(account->findData(QStringLiteral("demo")));
        QTRY_VERIFY(!audit->model()->isLoading() && audit->model()->rowCount() > 0);
        audit->model()->fetchAllForTests();
        for (int r = 0; r < audit->model()->rowCount(); ++r)
            QCOMPARE(audit->model()->index(r, 2).data().toString(), People::name(QStringLiteral("demo")));
        auto* object = window.findChild<QComboBox*>(QStringLiteral("auditObjectType"));
        object->setCurrentIndex(object->findData(QStringLiteral("account")));
        // Every demo account's creation, counted straight from the table.
        QSqlQuery count((*db)->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE account_name = 'demo' AND "
                                          "object_type = 'account'"))
            && count.next());
        QVERIFY(count.value(0).toLongLong() > 10);
        QTRY_COMPARE(audit->model()->totalCount(), count.value(0).toLongLong());

        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("audit.csv"));
        QVERIFY2(audit->exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs to read UTF-8
        const QString text = QString::fromUtf8(bytes);
        QCOMPARE(text.count(QStringLiteral("\r\n")), count.value(0).toLongLong() + 1); // header and one line per record
        QVERIFY(text.contains(QStringLiteral("approver-fuzhou")));

        audit->verifyChain();
        auto* status = window.findChild<QLabel*>(QStringLiteral("auditChainStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("✔")));
    }

    void switchingUserRebuildsTheWindow()
    {
        auto db = ConsoleDatabase::open(m_path);
        AppController controller(std::move(db).value(), login(QStringLiteral("admin")));
        controller.window()->show();
        controller.setSession(login(QStringLiteral("inspector")));
        QTRY_COMPARE(controller.session().username, QStringLiteral("inspector"));
        QTRY_COMPARE(controller.window()->currentPage()->pageId(), QStringLiteral("inspections"));
        QVERIFY(!controller.window()->page(QStringLiteral("audit")));
    }

    void settingsBackUpRestoreAndAutomaticBackups()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("office.db"));
        QVERIFY(QFile::copy(m_path, live));
        QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
        auto db = ConsoleDatabase::open(live);
        QVERIFY(db.ok());
        AppController controller(std::move(db).value(), login(QStringLiteral("admin")));
        MainWindow* window = controller.window();
        window->show();
        QVERIFY(window->showPage(QStringLiteral("settings")));
        auto* settings = qobject_cast<SettingsPage*>(window->currentPage());
        QVERIFY(settings);
        const QString file = dir.filePath(QStringLiteral("manual.db"));
        const Status direct = BackupService::backup(controller.database()->path(), dir.filePath(QStringLiteral("direct.db")));
        QVERIFY2(direct.ok(), qPrintable(direct.ok() ? QString() : direct.error().fullText()));
        QVERIFY(settings->backupTo(file));
        QVERIFY(QFile::exists(file));

        // The automatic backup follows the policy saved in the database.
        window->findChild<QCheckBox*>(QStringLiteral("autoBackupCheck"))->setChecked(true);
        window->findChild<QLineEdit*>(QStringLiteral("backupFolderEdit"))->setText(dir.filePath(QStringLiteral("auto")));
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("saveBackupPolicyButton")), Qt::LeftButton);
        QSignalSpy done(&controller, &AppController::automaticBackupDone);
        controller.runAutomaticBackup();
        QTRY_COMPARE(done.size(), 1);
        QVERIFY2(done.at(0).at(1).toString().isEmpty(), qPrintable(done.at(0).at(1).toString()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("auto/sitegov-backup-%1.db").arg(OfficeClock::today().toString(Qt::ISODate)))));

        // Restoring asks everybody to log in again: here the login is answered as the director.
        QSignalSpy restored(settings, &SettingsPage::databaseRestored);
        const auto login = test::answerNext<LoginDialog>([](LoginDialog* dialog) {
            dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("director"));
            dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QString::fromLatin1(DemoBuilder::kPassword));
            dialog->accept();
        });
        QVERIFY(settings->restoreFrom(file, false));
        QCOMPARE(restored.size(), 1);
        QTRY_COMPARE(controller.session().username, QStringLiteral("director"));
        QVERIFY(login->answered());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("office.replaced-*.db")}).size(), 1);
    }

    void scriptedLoginFailsClearly()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SITEGOV_PASSWORD"), QStringLiteral("wrong"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SITEGOV_APP_PATH), {QStringLiteral("--database"), m_path, QStringLiteral("--user"),
                                                      QStringLiteral("director"), QStringLiteral("--screenshot"),
                                                      m_dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("wrong")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));

        // Without --user, a screenshot is refused rather than waiting on a login dialog.
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.start(QStringLiteral(SITEGOV_APP_PATH),
            {QStringLiteral("--database"), m_path, QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("y.png"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
    }
};

QTEST_MAIN(TestLogin)
#include "TestLogin.moc"
