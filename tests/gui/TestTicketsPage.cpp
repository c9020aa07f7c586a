#include "GuiTestSupport.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "gui/MainWindow.h"
#include "gui/common/FileDialog.h"
#include "gui/common/FormFields.h"
#include "gui/common/MessageBox.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/tickets/TicketDetailPanel.h"
#include "gui/tickets/TicketDialog.h"
#include "gui/tickets/TicketListModel.h"
#include "gui/tickets/TicketsPage.h"
#include "storage/AccountService.h"
#include "storage/CalendarStore.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryService.h"
#include "storage/TicketService.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// The Error reports page as the city's director uses it on Tuesday 8 December 2026: the county's
// message of 30 November is past its deadline (3 December): red, on the sidebar badge and on the
// dashboard card, whose figure is the overdue list's rows; the director verifies it, records the
// reply and closes it; a new message registered by hand shows its problems beside the fields.
class TestTicketsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_p = 0, m_c = 0, m_k = 0, m_c2 = 0;
    qint64 m_overdueK = 0, m_openC = 0;

    QSqlDatabase& db() { return m_db->connection(); }

    qint64 org(qint64 parent, const QString& name, AdminLevel level, const QString& code, const QString& label)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = OrgKind::Government;
        o.divisionCode = code;
        o.domainLabel = label;
        const auto id = RegistryService(db()).createOrganisation(m_system, o);
        return id ? *id : 0;
    }

    qint64 site(qint64 host, const QString& code, const QString& name, const QString& domain)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = domain;
        s.url = QStringLiteral("https://%1/").arg(domain);
        s.kind = SiteKind::Portal;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        const auto id = RegistryService(db()).registerSite(m_system, s, RegistryService::DuplicatePolicy::Flag);
        return id ? *id : 0;
    }

    Session account(const QString& username, qint64 orgId, QList<Role> roles)
    {
        const auto id = AccountService(db()).create(
            m_system, NewAccount{username, username, orgId, roles}, QStringLiteral("secret pass"));
        return id ? AccountService::sessionFor(AccountService(db()).byId(*id).value()) : Session{};
    }

    qint64 ticket(const QString& no, const QString& code, const QDate& day)
    {
        const auto id = TicketService(db()).add(m_system,
            TicketInput{no, code, TicketKind::Inaccurate, QStringLiteral("联系电话有误"), QDateTime(day, QTime(9, 30))},
            WorkCalendar::shipped());
        return id ? *id : 0;
    }

    static int rowOf(TicketListModel* model, qint64 id)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->ticketId(r) == id)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(Language::English);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 12, 8), QTime(2, 0), Qt::UTC));
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        m_p = org(0, QStringLiteral("福建省人民政府"), AdminLevel::Province, QStringLiteral("350000"), QStringLiteral("fujian"));
        m_c = org(m_p, QStringLiteral("泉州市人民政府"), AdminLevel::City, QStringLiteral("350500"), QStringLiteral("quanzhou"));
        m_k = org(m_c, QStringLiteral("晋江市人民政府"), AdminLevel::County, QStringLiteral("350582"), QStringLiteral("jinjiang"));
        m_c2 = org(m_p, QStringLiteral("厦门市人民政府"), AdminLevel::City, QStringLiteral("350200"), QStringLiteral("xm"));
        QVERIFY(site(m_c, QStringLiteral("3505000001"), QStringLiteral("泉州市人民政府网"), QStringLiteral("www.quanzhou.gov.cn")));
        QVERIFY(site(m_k, QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网"), QStringLiteral("www.jinjiang.gov.cn")));
        QVERIFY(site(m_c2, QStringLiteral("3502000001"), QStringLiteral("厦门市人民政府网"), QStringLiteral("www.xm.gov.cn")));
        m_overdueK = ticket(QStringLiteral("ZC2026113001"), QStringLiteral("3505820001"), QDate(2026, 11, 30));
        m_openC = ticket(QStringLiteral("ZC2026120701"), QStringLiteral("3505000001"), QDate(2026, 12, 7));
        // Overdue too, but outside the city's jurisdiction: neither listed nor counted.
        QVERIFY(ticket(QStringLiteral("ZC2026110201"), QStringLiteral("3502000001"), QDate(2026, 11, 2)));
        QVERIFY(m_overdueK && m_openC);
    }

    void cleanupTestCase() { OfficeClock::setNowForTests({}); }

    void overdueListCardAndClosing()
    {
        AppContext context{m_db.get(), account(QStringLiteral("director-c"), m_c, {Role::Director})};
        QVERIFY(context.session.accountId != 0);
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The dashboard's card counts the jurisdiction's overdue reports and opens their list.
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        auto* card = window.currentPage()->findChild<FigureCard*>(QStringLiteral("figureOverdueTickets"));
        QVERIFY(card);
        QTRY_COMPARE(card->value(), QStringLiteral("1"));
        card->setFocus();
        QTest::keyClick(card, Qt::Key_Return);
        auto* page = qobject_cast<TicketsPage*>(window.currentPage());
        QVERIFY(page);
        QCOMPARE(page->statusFilter()->currentData().toString(), QStringLiteral("overdue"));
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == card->value().toInt());
        QCOMPARE(page->model()->ticketId(0), m_overdueK);
        QTRY_COMPARE(page->badge(), 1);

        // Every report in the jurisdiction: the overdue one red with a flag, the other not.
        page->statusFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == 2);
        const int overdueRow = rowOf(page->model(), m_overdueK);
        const int openRow = rowOf(page->model(), m_openC);
        QVERIFY(overdueRow >= 0 && openRow >= 0);
        TicketListModel* model = page->model();
        QCOMPARE(model->data(model->index(overdueRow, TicketListQuery::Site), Qt::ForegroundRole).value<QColor>(),
            QColor(0xb7, 0x1c, 0x1c));
        QVERIFY(!model->data(model->index(overdueRow, TicketListQuery::MessageNo), Qt::DecorationRole).isNull());
        QVERIFY(model->data(model->index(openRow, TicketListQuery::Site), Qt::ForegroundRole).isNull());
        QCOMPARE(model->data(model->index(overdueRow, TicketListQuery::Deadline)).toString(), QStringLiteral("2026-12-03"));
        QCOMPARE(model->data(model->index(openRow, TicketListQuery::Deadline)).toString(), QStringLiteral("2026-12-10"));

        // Verify, reply, close: the buttons follow the steps.
        page->table()->selectRow(overdueRow);
        TicketDetailPanel* detail = page->detail();
        QTRY_COMPARE(detail->ticketId(), m_overdueK);
        QVERIFY(!detail->closeButton()->isEnabled());
        QTest::mouseClick(detail->validButton(), Qt::LeftButton);
        QVERIFY(!detail->closeButton()->isEnabled()); // a valid message waits for the reply
        {
            const auto asked = test::answerInputDialog(QStringLiteral("已更正联系电话。"));
            QTest::keyClick(page->table(), Qt::Key_R, Qt::ControlModifier);
            QTRY_VERIFY(asked.came()); // a button's shortcut clicks it a moment later
            QCOMPARE(asked.asked().title, QStringLiteral("Reply to ZC2026113001"));
        }
        QTRY_VERIFY(detail->closeButton()->isEnabled());
        QTest::mouseClick(detail->closeButton(), Qt::LeftButton);
        const auto closed = TicketService(db()).byId(m_overdueK);
        QCOMPARE(closed->status, TicketStatus::Closed);
        QCOMPARE(closed->reply, QStringLiteral("已更正联系电话。"));
        QCOMPARE(closed->closedOn, QDate(2026, 12, 8));
        QTRY_COMPARE(page->badge(), 0);
        QTRY_VERIFY(!page->model()->isLoading()
            && page->model()->data(page->model()->index(rowOf(page->model(), m_overdueK), TicketListQuery::Site),
                                 Qt::ForegroundRole)
                   .value<QColor>()
                != QColor(0xb7, 0x1c, 0x1c));

        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTRY_COMPARE(card->value(), QStringLiteral("0"));
    }

    void formShowsErrorsBesideFields()
    {
        AppContext context{m_db.get(), account(QStringLiteral("inspector-c"), m_c, {Role::Inspector})};
        TicketDialog dialog(context, nullptr);
        dialog.show();
        dialog.accept();
        QVERIFY(!dialog.isHidden());
        QCOMPARE(dialog.savedId(), 0);
        auto beside = [&dialog](const char* key) {
            QLabel* l = dialog.fields()->messageOf(QLatin1String(key));
            return l && l->isVisible() ? l->text() : QString();
        };
        QVERIFY2(beside("message_no").contains(QStringLiteral("message number")), qPrintable(beside("message_no")));
        QVERIFY2(beside("body").contains(QStringLiteral("text of the message")), qPrintable(beside("body")));
        QVERIFY2(beside("site").contains(QStringLiteral("site")), qPrintable(beside("site")));

        // The site is picked from the jurisdiction's sites, found by any part of its code, name or
        // domain; the other city's site is not there.
        QComboBox* sites = dialog.siteCombo();
        QCOMPARE(sites->count(), 2);
        QVERIFY(sites->findText(QStringLiteral("3502000001"), Qt::MatchContains) < 0);
        QCompleter* finder = sites->completer();
        for (const QString& part :
            {QStringLiteral("3505820"), QStringLiteral("晋江"), QStringLiteral("JINJIANG.gov")}) {
            finder->setCompletionPrefix(part);
            QCOMPARE(finder->completionCount(), 1);
            QVERIFY(finder->currentCompletion().contains(QStringLiteral("3505820001")));
        }

        // Outside the inspector's jurisdiction (typed, as it is not in the list): refused, nothing saved.
        dialog.messageEdit()->setText(QStringLiteral("ZC2026120801"));
        sites->setEditText(QStringLiteral("3502000001"));
        dialog.bodyEdit()->setPlainText(QStringLiteral("首页图片无法显示。"));
        dialog.receivedEdit()->setDateTime(QDateTime(QDate(2026, 12, 8), QTime(9, 0)));
        dialog.accept();
        QCOMPARE(dialog.savedId(), 0);
        QVERIFY2(beside("site").contains(QStringLiteral("Choose the site from the list")), qPrintable(beside("site")));
        QVERIFY(!TicketService(db()).byMessageNo(QStringLiteral("ZC2026120801")));

        // The city's own site, found by its domain and chosen: saved, due three working days later.
        finder->setCompletionPrefix(QStringLiteral("www.quanzhou"));
        QCOMPARE(finder->completionCount(), 1);
        sites->setEditText(finder->currentCompletion());
        auto* deadline = dialog.findChild<QLabel*>(QStringLiteral("ticketDeadline"));
        QVERIFY2(deadline->text().contains(QStringLiteral("3 working days")), qPrintable(deadline->text()));
        dialog.accept();
        QVERIFY(dialog.savedId() != 0);
        const auto t = TicketService(db()).byId(dialog.savedId());
        QCOMPARE(t->unitId, m_c);
        QCOMPARE(t->deadline, QDate(2026, 12, 11));
    }

    // The working-day calendar imported from the page as `sitegovctl calendar import` does: a bad file
    // is refused with the reason in the user's language and changes nothing; a good one is the year's
    // calendar from then on. Only those who change settings see the button.
    void importsAWorkingDayCalendar()
    {
        AppContext inspector{m_db.get(), account(QStringLiteral("inspector-cal"), m_c, {Role::Inspector})};
        {
            TicketsPage page(inspector, nullptr);
            auto* button = page.findChild<QPushButton*>(QStringLiteral("importCalendarButton"));
            QVERIFY(button);
            QVERIFY(button->isHidden());
        }
        AppContext admin{m_db.get(), account(QStringLiteral("admin-cal"), m_p, {Role::Administrator})};
        TicketsPage page(admin, nullptr);
        page.show();
        auto* button = page.findChild<QPushButton*>(QStringLiteral("importCalendarButton"));
        QVERIFY(button && button->isVisible());
        const auto auditedCalendars = [this] {
            QSqlQuery q(db());
            return q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'calendar'")) && q.next()
                ? q.value(0).toInt()
                : -1;
        };
        const int before = auditedCalendars();

        // Cancelled: nothing asked, nothing changed.
        FileDialog::setNextFileName(QString());
        QVERIFY(!page.importCalendar());

        // A file that is no calendar: the reason, nothing changed.
        const QString bad = m_dir.filePath(QStringLiteral("bad-2027.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(R"({"year": 2027, "holidays": [{"name": "元旦", "from": "2027-13-01", "to": "x"}]})");
        badFile.close();
        QString said;
        FileDialog::setNextFileName(bad);
        MessageBox::setNextAnswer(MessageBox::Ok, [&said](const MessageBox::Message& m) { said = m.text; });
        QVERIFY(!page.importCalendar());
        QVERIFY(!said.isEmpty());
        QVERIFY(!CalendarStore(db()).calendar()->covers(2027));
        QCOMPARE(auditedCalendars(), before);

        // The same file in Chinese: the reason in Chinese.
        {
            QVERIFY(Language::install(Language::Chinese));
            QString chinese;
            FileDialog::setNextFileName(bad);
            MessageBox::setNextAnswer(MessageBox::Ok, [&chinese](const MessageBox::Message& m) { chinese = m.text; });
            QVERIFY(!page.importCalendar());
            QVERIFY(Language::install(Language::English));
            QVERIFY2(chinese != said && chinese.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                qPrintable(chinese));
        }

        // A good file: the year's calendar from now on, audited.
        const QString good = m_dir.filePath(QStringLiteral("2027.json"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(R"({"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知", "holidays": [
            {"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "workdays": []})");
        goodFile.close();
        FileDialog::setNextFileName(good);
        MessageBox::setNextAnswer(MessageBox::Ok);
        QVERIFY(page.importCalendar());
        QVERIFY(CalendarStore(db()).calendar()->covers(2027));
        QVERIFY(!CalendarStore(db()).calendar()->isWorkingDay(QDate(2027, 1, 1)));
        QCOMPARE(auditedCalendars(), before + 1);
    }
};

QTEST_MAIN(TestTicketsPage)
#include "TestTicketsPage.moc"
