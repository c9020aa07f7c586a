#include "GuiTestSupport.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/accounts/FirstAdministratorDialog.h"
#include "gui/accounts/LoginDialog.h"
#include "gui/common/ListTable.h"
#include "gui/inspections/InspectionForm.h"
#include "gui/inspections/InspectionModels.h"
#include "gui/inspections/InspectionsPage.h"
#include "gui/registry/PersonDialog.h"
#include "gui/registry/SiteDialog.h"
#include "gui/requests/RequestDialog.h"
#include "gui/reviews/WeeklyReviewEditor.h"
#include "gui/reviews/WeeklyReviewsPage.h"
#include "demo/DemoBuilder.h"
#include "storage/AccountService.h"
#include "storage/PasswordHasher.h"
#include "storage/PersonService.h"
#include "storage/SiteRepository.h"
#include "storage/WeeklyReviewService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// Work typed into the console and not saved is never lost without a question (issue 14 item 2):
// an inspection with every item decided, a request, a weekly review, a person and a site. Quitting
// (Ctrl+Q, the window's close button), logging out, switching user, language or database, and
// closing a form ask Save, Discard or Cancel; Cancel changes nothing, Discard drops the work, Save
// stores it and goes on.
class TestUnsavedChanges final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    Session login(const QString& user)
    {
        const auto s = AccountService(m_db->connection()).authenticate(user, QString::fromLatin1(DemoBuilder::kPassword));
        return s ? *s : Session{};
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 inspectionsToday() { return scalar(QStringLiteral("SELECT count(*) FROM inspections WHERE day = '2026-11-28'")); }

    // Opens the Inspections page of `window` and decides every item of the first site with P,
    // as an inspector does. The form, or null.
    static InspectionForm* decideEverything(MainWindow& window)
    {
        if (!window.showPage(QStringLiteral("inspections")))
            return nullptr;
        auto* page = qobject_cast<InspectionsPage*>(window.currentPage());
        if (!QTest::qWaitFor([page] { return !page->todayModel()->isLoading() && page->currentSiteId() != 0; }, 15000))
            return nullptr;
        InspectionForm* form = page->form();
        QTableWidget* items = form->items();
        items->setFocus();
        items->setCurrentCell(0, 1);
        for (int i = 0; i < items->rowCount(); ++i)
            QTest::keyClick(items, Qt::Key_P);
        return form->decided() == items->rowCount() ? form : nullptr;
    }

    static void activate(QWidget* window)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->activateWindow();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = ConsoleDatabase::open(m_path);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(DemoBuilder::build(*m_db, {2017, QDate(2026, 11, 28)}).ok());
    }

    void cleanupTestCase() { OfficeClock::setNowForTests({}); }

    // Ctrl+Q with every item of an inspection decided: Cancel keeps the window and the decisions,
    // Discard quits without saving; the window's close button with Save stores the inspection.
    void quittingAsksAboutADecidedInspection()
    {
        AppContext context{m_db.get(), login(QStringLiteral("inspector"))};
        const qint64 before = inspectionsToday();
        {
            MainWindow window(context);
            window.resize(1366, 768);
            activate(&window);
            InspectionForm* form = decideEverything(window);
            QVERIFY(form);
            const int items = form->items()->rowCount();

            auto cancel = test::answerMessageBox(MessageBox::Cancel);
            QTest::keyClick(form->items(), Qt::Key_Q, Qt::ControlModifier);
            QVERIFY(cancel.came());
            QVERIFY2(cancel.asked().text.contains(QStringLiteral("%1 of %1 items decided").arg(items)),
                qPrintable(cancel.asked().text));
            QCOMPARE(cancel.asked().title, QStringLiteral("Quit SiteGov"));
            QVERIFY(window.isVisible());
            QCOMPARE(form->decided(), items);
            QCOMPARE(inspectionsToday(), before);

            auto discard = test::answerMessageBox(MessageBox::Discard);
            QTest::keyClick(form->items(), Qt::Key_Q, Qt::ControlModifier);
            QVERIFY(discard.came());
            QVERIFY(!window.isVisible());
            QCOMPARE(inspectionsToday(), before);
        }
        {
            MainWindow window(context);
            window.resize(1366, 768);
            activate(&window);
            QVERIFY(decideEverything(window));
            auto save = test::answerMessageBox(MessageBox::Save);
            QVERIFY(window.close());
            QVERIFY(save.came());
            QCOMPARE(inspectionsToday(), before + 1);
        }
        // Nothing unsaved: nothing asked (an unanswered question fails the test).
        {
            MainWindow window(context);
            activate(&window);
            QVERIFY(window.showPage(QStringLiteral("inspections")));
            QVERIFY(window.close());
        }
    }

    // A past inspection opened from the Records tab and changed: closing it asks; Discard keeps
    // the stored outcomes.
    void changingARecordedInspectionAsks()
    {
        AppContext context{m_db.get(), login(QStringLiteral("inspector"))};
        MainWindow window(context);
        window.resize(1366, 768);
        activate(&window);
        QVERIFY(window.showPage(QStringLiteral("inspections"), {{QStringLiteral("tab"), QStringLiteral("records")}}));
        auto* page = qobject_cast<InspectionsPage*>(window.currentPage());
        InspectionListModel* records = page->recordsModel();
        QTRY_VERIFY(!records->isLoading() && records->rowCount() > 0);
        records->fetchAllForTests();
        // Today's inspection by this inspector (saved by the test above): changed, not corrected.
        int row = -1;
        for (int r = 0; r < records->rowCount() && row < 0; ++r) {
            if (records->raw(r, InspectionListQuery::Day).toString() == u"2026-11-28"
                && records->raw(r, InspectionListQuery::Inspector).toString() == u"inspector")
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 id = records->inspectionId(row);
        const auto results = [this, id] {
            QSqlQuery q(m_db->connection());
            return q.exec(QStringLiteral("SELECT results || '|' || updated_at FROM inspections WHERE id = %1").arg(id)) && q.next()
                ? q.value(0).toString()
                : QString();
        };
        const QString before = results();
        QVERIFY(!before.isEmpty());
        auto* table = window.findChild<QTableView*>(QStringLiteral("recordsTable"));
        bool asked = false;
        const auto dialog = test::answerNext<QDialog>([&](QDialog* d) {
            auto* items = d->findChild<InspectionForm*>()->items();
            items->setFocus();
            items->setCurrentCell(0, 1);
            QTest::keyClick(items, Qt::Key_N);
            auto discard = test::answerMessageBox(MessageBox::Discard);
            QTest::keyClick(d, Qt::Key_Escape);
            asked = discard.came() && !d->isVisible();
        });
        table->setFocus();
        ListTable::selectOnly(table, row);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(dialog->answered());
        QVERIFY(asked);
        QCOMPARE(results(), before);
    }

    // Logging out, switching user, the language and the database ask too; Cancel leaves the
    // session, the window and the decisions as they were.
    void loggingOutAndSwitchingAsk()
    {
        const qint64 before = inspectionsToday();
        AppController controller(ConsoleDatabase::open(m_path).value(), login(QStringLiteral("inspector")));
        activate(controller.window());
        InspectionForm* form = decideEverything(*controller.window());
        QVERIFY(form);
        MainWindow* window = controller.window();

        {
            auto cancel = test::answerMessageBox(MessageBox::Cancel);
            QVERIFY(!controller.logout());
            QVERIFY(cancel.came());
            QCOMPARE(cancel.asked().title, QStringLiteral("Log out"));
            QVERIFY(window->isVisible());
        }
        {
            auto cancel = test::answerMessageBox(MessageBox::Cancel);
            controller.setLanguage(QStringLiteral("zh_CN"));
            QVERIFY(cancel.came());
            QCOMPARE(Language::current(), QStringLiteral("en"));
        }
        {
            const auto relogin = test::answerNext<LoginDialog>([](LoginDialog* dialog) {
                dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("director"));
                dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QString::fromLatin1(DemoBuilder::kPassword));
                dialog->accept();
            });
            auto cancel = test::answerMessageBox(MessageBox::Cancel);
            QVERIFY(!controller.switchUser());
            QVERIFY(relogin->answered());
            QVERIFY(cancel.came());
            QCOMPARE(controller.session().username, QStringLiteral("inspector"));
        }
        QCOMPARE(controller.window(), window);
        QCOMPARE(form->decided(), form->items()->rowCount());
        QCOMPARE(inspectionsToday(), before);

        // Another database, with Save: the inspection is stored in this one first.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.db"));
        const auto firstAdministrator = test::answerNext<FirstAdministratorDialog>([](FirstAdministratorDialog* dialog) {
            dialog->findChild<QLineEdit*>(QStringLiteral("unitNameEdit"))->setText(QStringLiteral("福建省人民政府办公厅"));
            dialog->findChild<QLineEdit*>(QStringLiteral("divisionEdit"))->setText(QStringLiteral("350000"));
            dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("root"));
            dialog->findChild<QLineEdit*>(QStringLiteral("fullNameEdit"))->setText(QStringLiteral("系统管理员"));
            dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("correct horse"));
            dialog->findChild<QLineEdit*>(QStringLiteral("repeatEdit"))->setText(QStringLiteral("correct horse"));
            dialog->accept();
        });
        auto save = test::answerMessageBox(MessageBox::Save);
        QVERIFY(controller.switchDatabase(fresh, true));
        QVERIFY(save.came());
        QCOMPARE(save.asked().title, QStringLiteral("Open another database"));
        QCOMPARE(inspectionsToday(), before + 1);
        QTRY_COMPARE(controller.database()->path(), fresh);
    }

    // A request being written: Escape asks; Cancel keeps the dialog, Discard closes it without a
    // request, Save keeps a draft. A dialog nobody typed in closes without a question.
    void requestDialogAsksBeforeClosing()
    {
        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.resize(1366, 768);
        activate(&window);
        QVERIFY(window.showPage(QStringLiteral("requests")));
        auto* newRequest = window.findChild<QPushButton*>(QStringLiteral("newRequestButton"));
        QVERIFY(newRequest && newRequest->isVisible());
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM requests"));
        const QString reasonText = QStringLiteral("栏目内容已并入省政府门户网站。");

        const auto untouched = test::answerNext<RequestDialog>([](RequestDialog* dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        QTest::mouseClick(newRequest, Qt::LeftButton);
        QVERIFY(untouched->answered());

        bool keptOnCancel = false;
        bool closedOnDiscard = false;
        const auto discarded = test::answerNext<RequestDialog>([&](RequestDialog* dialog) {
            auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
            reason->setFocus();
            test::commitText(reason, reasonText);
            auto cancel = test::answerMessageBox(MessageBox::Cancel);
            QTest::keyClick(reason, Qt::Key_Escape);
            keptOnCancel = cancel.came() && dialog->isVisible() && reason->toPlainText() == reasonText;
            auto discard = test::answerMessageBox(MessageBox::Discard);
            QTest::keyClick(reason, Qt::Key_Escape);
            closedOnDiscard = discard.came() && !dialog->isVisible();
        });
        QTest::mouseClick(newRequest, Qt::LeftButton);
        QVERIFY(discarded->answered());
        QVERIFY(keptOnCancel);
        QVERIFY(closedOnDiscard);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM requests")), before);

        const auto saved = test::answerNext<RequestDialog>([&](RequestDialog* dialog) {
            auto* type = dialog->findChild<QComboBox*>(QStringLiteral("typeCombo"));
            type->setCurrentIndex(type->findData(QStringLiteral("close")));
            auto* site = dialog->findChild<QComboBox*>(QStringLiteral("siteCombo"));
            site->setCurrentIndex(site->count() - 1);
            auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
            reason->setFocus();
            test::commitText(reason, reasonText);
            auto save = test::answerMessageBox(MessageBox::Save);
            QTest::keyClick(reason, Qt::Key_Escape);
            QVERIFY(save.came());
        });
        QTest::mouseClick(newRequest, Qt::LeftButton);
        QVERIFY(saved->answered());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM requests")), before + 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT state, reason FROM requests ORDER BY id DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("draft")); // kept, not sent on
        QCOMPARE(q.value(1).toString(), reasonText);
    }

    // A weekly review's text typed and not saved: closing the window asks; Save stores it.
    void weeklyReviewAsksOnQuit()
    {
        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.resize(1366, 768);
        activate(&window);
        QVERIFY(window.showPage(QStringLiteral("reviews")));
        auto* page = qobject_cast<WeeklyReviewsPage*>(window.currentPage());
        QVERIFY(page);
        // The review the page opens on (one still owed).
        WeeklyReviewEditor* editor = page->editor();
        QTRY_VERIFY(editor->unitId() != 0);
        if (editor->reviewId() == 0)
            QVERIFY(editor->startReview());
        QTRY_VERIFY(editor->reviewId() != 0);
        const qint64 id = editor->reviewId();
        const QString text = QStringLiteral("本周各地巡查到位，整改及时。");
        editor->highlightsEdit()->setFocus();
        test::commitText(editor->highlightsEdit(), text);
        QVERIFY(editor->isModified());
        const QString typed = editor->highlightsEdit()->toPlainText(); // the draft's text and what was added
        QVERIFY(typed.contains(text));

        {
            auto cancel = test::answerMessageBox(MessageBox::Cancel);
            QVERIFY(!window.close());
            QVERIFY(cancel.came());
            QVERIFY(cancel.asked().text.contains(QLatin1String("weekly review")));
            QVERIFY(window.isVisible());
            QVERIFY(WeeklyReviewService(m_db->connection()).byId(id)->highlights != typed);
        }
        auto save = test::answerMessageBox(MessageBox::Save);
        QVERIFY(window.close());
        QVERIFY(save.came());
        QCOMPARE(WeeklyReviewService(m_db->connection()).byId(id)->highlights, typed);
    }

    // The registry's forms: a site's name changed and a person's phone changed, each closed with
    // Escape: Cancel stays, Discard leaves the registry as it was, Save stores the change.
    void registryFormsAskBeforeClosing()
    {
        AppContext context{m_db.get(), login(QStringLiteral("admin"))};
        const qint64 siteId = scalar(QStringLiteral("SELECT min(id) FROM sites WHERE status = 'operating'"));
        const QString siteName = SiteRepository(m_db->connection()).byId(siteId)->name;
        {
            SiteDialog dialog(context, siteId, nullptr);
            activate(&dialog);
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            QVERIFY(name);
            name->setText(siteName + QStringLiteral("（新版）"));
            auto cancel = test::answerMessageBox(MessageBox::Cancel);
            QTest::keyClick(name, Qt::Key_Escape);
            QVERIFY(cancel.came());
            QVERIFY(dialog.isVisible());
            auto discard = test::answerMessageBox(MessageBox::Discard);
            QTest::keyClick(name, Qt::Key_Escape);
            QVERIFY(discard.came());
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QCOMPARE(SiteRepository(m_db->connection()).byId(siteId)->name, siteName);

        const qint64 personId = scalar(QStringLiteral("SELECT min(id) FROM persons"));
        const QString phone = QStringLiteral("0591-87654321");
        QVERIFY(PersonService(m_db->connection()).personById(personId)->phone != phone);
        {
            PersonDialog dialog(context, personId, nullptr);
            activate(&dialog);
            auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("personPhoneEdit"));
            edit->setText(phone);
            auto save = test::answerMessageBox(MessageBox::Save);
            QTest::keyClick(edit, Qt::Key_Escape);
            QVERIFY(save.came());
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(PersonService(m_db->connection()).personById(personId)->phone, phone);
    }
};

QTEST_MAIN(TestUnsavedChanges)
#include "TestUnsavedChanges.moc"
