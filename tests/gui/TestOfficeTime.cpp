// One clock: on a machine in another zone (America/Los_Angeles, set before the application starts),
// the days SiteGov records and the times it shows are the office's (Asia/Shanghai). The clock is
// pinned to 2026-11-30T17:30Z: 01:30 on 1 December in Fuzhou, still 09:30 on 30 November in Los
// Angeles and 17:30 on 30 November in UTC.
#include "GuiTestSupport.h"
#include "cli/Cli.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "demo/DemoBuilder.h"
#include "gui/AppContext.h"
#include "gui/audit/AuditPage.h"
#include "gui/common/QueryTableModel.h"
#include "gui/requests/RequestDocument.h"
#include "storage/AccountService.h"
#include "storage/ListQueries.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryQueries.h"
#include "storage/RegistryService.h"
#include "storage/RequestAttachments.h"
#include "storage/RequestQueries.h"
#include "storage/RequestWorkflow.h"
#include "storage/SiteRepository.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <time.h>

using namespace sitegov;

namespace {

const QDateTime kNow(QDate(2026, 11, 30), QTime(17, 30), Qt::UTC);
const QDate kOfficeDay(2026, 12, 1);
const QString kOfficeTime = QStringLiteral("2026-12-01 01:30");

} // namespace

class TestOfficeTime final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    Session as(const QString& username)
    {
        const auto a = AccountService(m_db->connection()).byUsername(username);
        return a ? AccountService::sessionFor(*a) : Session{};
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        // The machine's own zone is not the office's, and its day at that moment is another one:
        // a "today" or a time taken from the machine would show.
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArrayLiteral("America/Los_Angeles"));
        QCOMPARE(kNow.toLocalTime().date(), QDate(2026, 11, 30));
        QCOMPARE(kNow.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date(), kOfficeDay);
        OfficeClock::setNowForTests(kNow);
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        QVERIFY(DemoBuilder::build(*m_db, {2017, QDate(2026, 11, 28)}).ok());
    }

    void cleanupTestCase() { OfficeClock::setNowForTests({}); }

    void theClockIsTheOffices()
    {
        QCOMPARE(OfficeClock::today(), kOfficeDay);
        QCOMPARE(OfficeClock::nowUtc(), kNow);
        QCOMPARE(OfficeClock::stamp(), QStringLiteral("2026-11-30T17:30:00Z"));
        QCOMPARE(OfficeClock::format(QStringLiteral("2026-11-30T17:30:00.250Z"), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            QStringLiteral("2026-12-01 01:30:00"));
        // A stored moment without an offset is UTC, as the programs store it.
        QCOMPARE(OfficeClock::format(QStringLiteral("2026-11-30T17:30:00"), QStringLiteral("yyyy-MM-dd HH:mm")),
            kOfficeTime);
        QCOMPARE(OfficeClock::format(QStringLiteral("not a time"), QStringLiteral("HH:mm")), QString());
        QCOMPARE(OfficeClock::startOfDay(kOfficeDay), QDateTime(QDate(2026, 11, 30), QTime(16, 0), Qt::UTC));
    }

    // A request filed and approved now: it was filed at 01:30 on 1 December as the office reads it
    // (its printed form and the command line), and the site it opens opened on 1 December.
    void aRequestIsFiledAndCarriedOutOnTheOfficesDay()
    {
        RequestQueries queries(m_db->connection());
        RequestWorkflow requests(m_db->connection());
        RequestAttachments attachments(m_db->connection());
        const Session filer = as(QStringLiteral("inspector"));
        QVERIFY(filer.accountId);
        const qint64 unit
            = scalar(QStringLiteral("SELECT o.id FROM organisations o WHERE o.division_code = '350100' AND o.kind "
                                    "= 'department' AND NOT EXISTS (SELECT 1 FROM sites s WHERE s.host_org_id = "
                                    "o.id AND s.status <> 'closed') ORDER BY o.id LIMIT 1"));
        QVERIFY(unit);
        RequestDraft d;
        d.type = RequestType::Open;
        d.unitId = unit;
        d.reason = QStringLiteral("开设");
        d.proposal.name = QStringLiteral("办公时间测试网站");
        d.proposal.code = RegistryQueries(m_db->connection()).nextSiteCode(QStringLiteral("350100")).value();
        d.proposal.domain = QStringLiteral("shijian.fuzhou.gov.cn");
        d.proposal.url = QStringLiteral("https://shijian.fuzhou.gov.cn/");
        d.proposal.kind = SiteKind::Department;
        const auto id = requests.saveDraft(filer, d);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().fullText()));
        QVERIFY(attachments.add(filer, *id, AttachmentKind::SecurityReport, QStringLiteral("s.txt"), QByteArray("ok"))
                    .ok());
        QVERIFY(requests.submit(filer, *id).ok());
        const Status approved
            = requests.decide(as(QStringLiteral("approver")), *id, Decision::Approve, QStringLiteral("同意"));
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().fullText()));
        const auto r = queries.byId(*id);
        QCOMPARE(r->state, RequestState::Executed);
        QCOMPARE(r->submittedAt, kNow);

        // The registry change it carried out is dated the office's day.
        const auto opened = SiteRepository(m_db->connection()).byId(r->resultSiteId);
        QVERIFY(opened.ok());
        QCOMPARE(opened->openedOn, kOfficeDay);

        // The printed request shows the office's time, not the machine's (09:30) or UTC (17:30).
        const auto document = RequestDocument::build(*m_db, *id);
        QVERIFY(document.ok());
        QVERIFY2(document->html.contains(kOfficeTime), qPrintable(document->html));
        QVERIFY(!document->html.contains(QLatin1String("2026-11-30 09:30")));
        QVERIFY(!document->html.contains(QLatin1String("2026-11-30 17:30")));
        QCOMPARE(document->printedOn, kOfficeDay);

        // And so does the command line.
        QString out;
        QString err;
        QString in;
        QTextStream o(&out);
        QTextStream e(&err);
        QTextStream i(&in);
        CliIo io{o, e, i, false};
        QCOMPARE(Cli().run({QStringLiteral("sitegovctl"), QStringLiteral("request"), QStringLiteral("show"),
                               QString::number(*id), QStringLiteral("--database"), m_db->path()},
                     io),
            0);
        o.flush();
        QVERIFY2(out.contains(kOfficeTime), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("2026-11-30 09:30")));
    }

    // Closing a site without a date closes it on the office's day.
    void aSiteClosedNowClosedOnTheOfficesDay()
    {
        const qint64 site
            = scalar(QStringLiteral("SELECT s.id FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE "
                                    "s.status = 'operating' AND o.level = 'city' ORDER BY s.id LIMIT 1"));
        QVERIFY(site);
        const Status closed
            = RegistryService(m_db->connection())
                  .changeSiteStatus(Session::system(QStringLiteral("t")), site, SiteStatus::Closed, QDate());
        QVERIFY2(closed.ok(), closed.ok() ? "" : qPrintable(closed.error().fullText()));
        QCOMPARE(SiteRepository(m_db->connection()).byId(site)->closedOn, kOfficeDay);
    }

    // The audit trail stores UTC and shows office time; its default period ends on the office's day.
    void theAuditPageShowsOfficeTime()
    {
        QCOMPARE(QStringLiteral("2026-11-30T17:30:00.000Z"), [this] {
            QSqlQuery q(m_db->connection());
            q.exec(QStringLiteral("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1"));
            return q.next() ? q.value(0).toString() : QString();
        }());
        AppContext context{m_db.get(), as(QStringLiteral("director"))};
        AuditPage page(context, nullptr);
        page.resize(1366, 768);
        page.show();
        page.activate();
        QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
        // Newest first: the site closed above.
        QCOMPARE(page.model()->index(0, AuditListQuery::At).data().toString(), QStringLiteral("2026-12-01 01:30:00"));
    }
};

int main(int argc, char** argv)
{
    // Before anything reads the zone: the process runs in Los Angeles.
    qputenv("TZ", "America/Los_Angeles");
    tzset();
    QApplication app(argc, argv);
    TestOfficeTime test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestOfficeTime.moc"
