#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/annual/AnnualReportsPage.h"
#include "gui/dashboard/FigureCard.h"
#include "storage/TableReader.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sitegov;

// The Annual reports page on the demo (built on 28 November 2026) as the province's director and
// others use it: the dashboard's card reminds of last year's office report (a draft, past 31
// January) and opens it; the preview shows the form with SiteGov's figures; wrong fields show their
// errors beside them and save nothing; the report is signed, locked and published, each audited;
// XLSX and PDF are written; an approver sees the reports but may not start, sign or publish one.
class TestAnnualReportsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;

    QSqlDatabase& db() { return m_db->connection(); }

    QVariant one(const QString& sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    Session account(const QString& username)
    {
        Session s;
        s.accountId = one(QStringLiteral("SELECT id FROM accounts WHERE username = '%1'").arg(username)).toLongLong();
        s.username = username;
        s.displayName = username;
        s.orgId = one(QStringLiteral("SELECT org_id FROM accounts WHERE username = '%1'").arg(username)).toLongLong();
        const auto role
            = Permissions::role(one(QStringLiteral("SELECT role FROM account_roles WHERE account_id = %1").arg(s.accountId)).toString());
        if (role)
            s.roles = {*role};
        return s;
    }

    int row(QTableWidget* list, const QString& year, const QString& site)
    {
        for (int r = 0; r < list->rowCount(); ++r) {
            if (list->item(r, 0)->text() == year && list->item(r, 3)->text().isEmpty() == site.isEmpty()
                && list->item(r, 3)->text().contains(site))
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_location = test::demoDatabase(m_dir, QStringLiteral("demo.db"), {2017, QDate(2026, 11, 28)});
        QVERIFY(!m_location.isEmpty());
        auto opened = ConsoleDatabase::open(m_location);
        QVERIFY(opened);
        m_db = std::move(opened).value();
    }

    // The dashboard's card: last year's office report, a draft, past its deadline; it opens the page
    // on that report, whose preview is the form with the figures.
    void dashboardCardOpensTheReport()
    {
        AppContext context{m_db.get(), account(QStringLiteral("director"))};
        QVERIFY(context.session.accountId != 0);
        MainWindow window(context);
        window.resize(1024, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTRY_VERIFY(!window.isBusy());
        auto* card = window.findChild<FigureCard*>(QStringLiteral("figureAnnualReport"));
        QVERIFY(card);
        QTRY_VERIFY(card->isVisible());
        QCOMPARE(card->value(), QStringLiteral("Draft"));
        Q_EMIT card->activated();
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("annual"));
        auto* page = qobject_cast<AnnualReportsPage*>(window.currentPage());
        QVERIFY(page);
        QVERIFY(page->current());
        QCOMPARE(page->current()->year, OfficeClock::today().year() - 1);
        QCOMPARE(page->current()->kind, AnnualReportKind::Office);
        const QString html = page->preview()->toPlainText();
        QVERIFY2(html.contains(QStringLiteral("Annual report on the supervision of government websites")), qPrintable(html.left(300)));
        QVERIFY(html.contains(QStringLiteral("福建省人民政府")));
        QVERIFY(html.contains(QStringLiteral("Websites running at the end of the year")));
        QVERIFY(html.contains(QStringLiteral("Draft: the figures from SiteGov")));
        QCOMPARE(page->list()->rowCount(), 3);
    }

    // Fields with errors beside them, nothing saved; then saved, signed (confirmed), locked and
    // published, each audited under the director.
    void fieldsSignPublish()
    {
        const Session director = account(QStringLiteral("director"));
        AppContext context{m_db.get(), director};
        AnnualReportsPage page(context, nullptr);
        page.resize(1024, 768);
        page.show();
        page.activate();
        const int r = row(page.list(), QString::number(OfficeClock::today().year() - 1), QString());
        QVERIFY(r >= 0);
        page.list()->setCurrentCell(r, 0);
        QVERIFY(page.current() && page.current()->isDraft());
        const qint64 id = page.current()->id;
        QCOMPARE(page.field(QStringLiteral("training_people"))->text(), QStringLiteral("186"));
        QVERIFY(!page.field(QStringLiteral("sites_running"))); // computed: not a field

        page.field(QStringLiteral("training_people"))->setText(QStringLiteral("-5"));
        page.field(QStringLiteral("phone"))->setText(QStringLiteral("call me"));
        page.field(QStringLiteral("fake_sites_found"))->setText(QStringLiteral("7"));
        QVERIFY(!page.save());
        QVERIFY(page.fieldError(QStringLiteral("training_people"))->isVisible());
        QCOMPARE(page.fieldError(QStringLiteral("training_people"))->text(), QStringLiteral("Enter a whole number, 0 or more."));
        QVERIFY(page.fieldError(QStringLiteral("phone"))->isVisible());
        QVERIFY(!page.fieldError(QStringLiteral("fake_sites_found"))->isVisible());
        QVERIFY(one(QStringLiteral("SELECT fields_json FROM annual_reports WHERE id = %1").arg(id)).toString().contains(QStringLiteral("\"186\"")));
        QVERIFY(!one(QStringLiteral("SELECT fields_json FROM annual_reports WHERE id = %1").arg(id)).toString().contains(QStringLiteral("\"7\"")));

        page.field(QStringLiteral("training_people"))->setText(QStringLiteral("190"));
        page.field(QStringLiteral("phone"))->setText(QStringLiteral("0591-87012345"));
        QVERIFY(page.save());
        QVERIFY(!page.fieldError(QStringLiteral("phone"))->isVisible());
        QCOMPARE(page.current()->fields.value(QStringLiteral("training_people")), QStringLiteral("190"));
        QCOMPARE(page.current()->fields.value(QStringLiteral("fake_sites_found")), QStringLiteral("7"));
        QVERIFY(page.preview()->toPlainText().contains(QStringLiteral("190")));

        auto* publish = page.findChild<QPushButton*>(QStringLiteral("annualPublish"));
        QVERIFY(publish && !publish->isEnabled());
        {
            auto cancel = test::answerMessageBox(MessageBox::Cancel);
            QVERIFY(!page.sign());
        }
        QCOMPARE(page.current()->state, AnnualReportState::Draft);
        {
            auto accept = test::answerMessageBox(MessageBox::Accept);
            QVERIFY(page.sign());
        }
        QCOMPARE(page.current()->state, AnnualReportState::Signed);
        QVERIFY(page.field(QStringLiteral("training_people"))->isReadOnly());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("annualSave"))->isEnabled());
        QVERIFY(publish->isEnabled());
        {
            auto accept = test::answerMessageBox(MessageBox::Accept);
            QVERIFY(page.publish());
        }
        QCOMPARE(page.current()->state, AnnualReportState::Published);
        QVERIFY(page.preview()->toPlainText().contains(QStringLiteral("Published by director")));
        for (const QString& action : {QStringLiteral("update"), QStringLiteral("sign"), QStringLiteral("publish")})
            QCOMPARE(one(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'annual_report' AND action = "
                                        "'%1' AND object_id = '%2' AND account_id = %3")
                             .arg(action)
                             .arg(id)
                             .arg(director.accountId))
                         .toInt(),
                1);

        // The files, as the buttons write them (the path given as the file dialog would).
        const QString xlsx = m_dir.filePath(QStringLiteral("office.xlsx"));
        {
            auto file = test::answerFileDialog(xlsx);
            QVERIFY(page.saveXlsx());
        }
        const auto table = TableReader::read(xlsx, {});
        QVERIFY(table);
        bool found = false;
        for (const TableRow& t : table->rows) {
            if (t.cells.value(4) == u"training_people") {
                QCOMPARE(t.cells.value(2), QStringLiteral("190"));
                found = true;
            }
            if (t.cells.value(4) == u"report_state")
                QCOMPARE(t.cells.value(2), QStringLiteral("Published"));
        }
        QVERIFY(found);
        const QString pdf = m_dir.filePath(QStringLiteral("office.pdf"));
        QVERIFY(page.savePdf(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
    }

    // A site's report started from the page; an approver sees the reports but may not start, save,
    // sign or publish.
    void siteReportAndRoles()
    {
        AppContext context{m_db.get(), account(QStringLiteral("inspector"))};
        AnnualReportsPage page(context, nullptr);
        page.show();
        page.activate();
        const QString code = one(QStringLiteral("SELECT code FROM sites WHERE status = 'operating' ORDER BY id DESC LIMIT 1")).toString();
        QVERIFY(page.startReport(OfficeClock::today().year(), code));
        QCOMPARE(page.current()->kind, AnnualReportKind::Site);
        QCOMPARE(page.current()->siteCode, code);
        QVERIFY(page.field(QStringLiteral("page_views")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("annualSign"))->isVisible()); // inspectors do not sign
        {
            auto warned = test::answerMessageBox(MessageBox::Ok);
            QVERIFY(!page.startReport(OfficeClock::today().year(), QStringLiteral("0000000000")));
        }

        AppContext approverContext{m_db.get(), account(QStringLiteral("approver"))};
        AnnualReportsPage approver(approverContext, nullptr);
        approver.show();
        approver.activate();
        QVERIFY(approver.list()->rowCount() >= 4);
        QVERIFY(!approver.findChild<QPushButton*>(QStringLiteral("annualStart"))->isVisible());
        QVERIFY(!approver.findChild<QPushButton*>(QStringLiteral("annualSave"))->isVisible());
        QVERIFY(!approver.findChild<QPushButton*>(QStringLiteral("annualSign"))->isVisible());
        const qint64 before = one(QStringLiteral("SELECT count(*) FROM annual_reports")).toLongLong();
        {
            auto warned = test::answerMessageBox(MessageBox::Ok);
            QVERIFY(!approver.startReport(OfficeClock::today().year() - 2));
        }
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM annual_reports")).toLongLong(), before);
    }
};

QTEST_MAIN(TestAnnualReportsPage)
#include "TestAnnualReportsPage.moc"
