// The director's dashboard: every figure against the data behind it (counted here independently),
// the weekly-review query, the score figures from the cache with their change, the cards that
// open their lists, and the page recomputing by itself when the data changes.

#include "../GuiTestSupport.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "demo/DemoBuilder.h"
#include "gui/MainWindow.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/scores/BackendSettings.h"
#include "gui/scores/ScoreSyncController.h"
#include "gui/scores/ScoresPage.h"
#include "storage/AccountService.h"
#include "storage/DashboardStats.h"
#include "storage/PasswordHasher.h"
#include "storage/RectificationService.h"
#include "storage/RegistryService.h"
#include "storage/ScoreCache.h"
#include "storage/SpotCheckService.h"
#include "storage/WeeklyReviewService.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

class TestDashboard final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDate m_today = OfficeClock::today();

    Session login(const QString& user)
    {
        const auto s = AccountService(m_db->connection()).authenticate(user, QString::fromLatin1(DemoBuilder::kPassword));
        return s ? *s : Session{};
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    // The name of the unit an account belongs to.
    QString unitNameOf(const QString& user)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT o.name FROM accounts a JOIN organisations o ON o.id = a.org_id WHERE a.username = ?"));
        q.addBindValue(user);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    bool exec(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    }

    // Inspections of `count` running sites today (the checklist version they refer to first).
    bool inspectToday(int count)
    {
        if (!exec(QStringLiteral("INSERT INTO checklist_versions (created_at, created_by, items_json) VALUES "
                                 "('2026-01-01T00:00:00Z', 'test', '[]')")))
            return false;
        const qint64 checklist = scalar(QStringLiteral("SELECT max(id) FROM checklist_versions"));
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM sites WHERE status IN ('operating', 'migrating') AND id NOT IN (SELECT "
                                 "site_id FROM inspections WHERE day = ?) ORDER BY id LIMIT ?"));
        q.addBindValue(m_today.toString(Qt::ISODate));
        q.addBindValue(count);
        if (!q.exec())
            return false;
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        for (qint64 id : ids) {
            // Two inspectors on the same site count it once.
            for (const QString& who : {QStringLiteral("test-a"), QStringLiteral("test-b")}) {
                if (!exec(QStringLiteral("INSERT INTO inspections (site_id, day, inspector, checklist_id, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
                        {id, m_today.toString(Qt::ISODate), who, checklist}))
                    return false;
            }
        }
        return true;
    }

    static SiteScore score(const QString& code, const QString& region, AdminLevel level, const Period& period, double total)
    {
        SiteScore s;
        s.siteCode = code;
        s.siteName = code;
        s.level = level;
        s.region = region;
        s.period = period;
        s.total = total;
        s.deductionScore = total;
        s.passed = total >= 60;
        s.rank = 1;
        s.rankOf = 1;
        s.assessments = 1;
        return s;
    }

    static Period lastMonth(const QDate& today)
    {
        const QDate d = today.addMonths(-1);
        return Period::month(d.year(), d.month());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        BackendSettings::setCommandLineOverride(QString(), QByteArray());
        QVERIFY(m_dir.isValid());
        auto db = ConsoleDatabase::open(m_dir.filePath(QStringLiteral("dash.db")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(DemoBuilder::build(*m_db, {2017, m_today}).ok());
    }

    void weeklyReviewsMissing()
    {
        // A week ahead of the demo's own reviews, so that this test decides which units have one.
        const IsoWeek week = IsoWeek::of(m_today.addDays(21));
        WeeklyReviewService reviews(m_db->connection());
        const qint64 owing = scalar(QStringLiteral("SELECT count(DISTINCT host_org_id) FROM sites WHERE status IN ('operating', 'migrating')"));
        QVERIFY(owing > 10);
        QCOMPARE(reviews.owingCount(week, 0).value(), int(owing));
        const qint64 signedBefore = scalar(QStringLiteral("SELECT count(DISTINCT w.unit_id) FROM weekly_reviews w WHERE w.week = ? "
                                                          "AND w.status = 'signed' AND w.unit_id IN (SELECT host_org_id FROM "
                                                          "sites WHERE status IN ('operating', 'migrating'))"),
            {week.key()});
        QCOMPARE(reviews.missingCount(week, 0).value(), int(owing - signedBefore));

        const QList<qint64> units = [this, week] {
            QList<qint64> out;
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT DISTINCT host_org_id FROM sites WHERE status IN ('operating', 'migrating') AND host_org_id NOT IN "
                                     "(SELECT unit_id FROM weekly_reviews WHERE week IN (?, ?)) ORDER BY host_org_id LIMIT 3"));
            q.addBindValue(week.key());
            q.addBindValue(week.previous().key());
            q.exec();
            while (q.next())
                out << q.value(0).toLongLong();
            return out;
        }();
        QCOMPARE(units.size(), 3);
        auto review = [this](qint64 unit, const QString& weekKey, const QString& status) {
            return exec(QStringLiteral("INSERT INTO weekly_reviews (unit_id, week, author, facts_json, status, signed_at, "
                                       "created_at, updated_at) VALUES (?, ?, 'test', '{}', ?, ?, '2026-01-01', '2026-01-01')"),
                {unit, weekKey, status, status == u"signed" ? QVariant(QStringLiteral("2026-01-01")) : QVariant()});
        };
        QVERIFY(review(units.at(0), week.key(), QStringLiteral("signed")));
        QVERIFY(review(units.at(1), week.key(), QStringLiteral("draft"))); // a draft is not a review yet
        QVERIFY(review(units.at(2), week.previous().key(), QStringLiteral("signed"))); // another week
        QCOMPARE(reviews.missingCount(week, 0).value(), int(owing - signedBefore) - 1);
        // Of the units without a signed review, those with a draft (the one just written among them).
        const qint64 drafts = scalar(QStringLiteral("SELECT count(DISTINCT w.unit_id) FROM weekly_reviews w WHERE w.week = ? AND "
                                                    "w.status = 'draft' AND w.unit_id IN (SELECT host_org_id FROM sites WHERE "
                                                    "status IN ('operating', 'migrating')) AND w.unit_id NOT IN (SELECT unit_id "
                                                    "FROM weekly_reviews WHERE week = ? AND status = 'signed')"),
            {week.key(), week.key()});
        QVERIFY(drafts >= 1);
        QCOMPARE(reviews.draftCount(week, 0).value(), int(drafts));
        QCOMPARE(reviews.draftCount(week.previous().previous().previous().previous().previous().previous(), 0).value(),
            int(scalar(QStringLiteral("SELECT count(DISTINCT w.unit_id) FROM weekly_reviews w JOIN sites s ON s.host_org_id = "
                                      "w.unit_id AND s.status IN ('operating', 'migrating') WHERE w.week = ? AND w.status = "
                                      "'draft'"),
                {week.previous().previous().previous().previous().previous().previous().key()})));
        const auto list = reviews.missingForWeek(week, 0).value();
        QCOMPARE(list.size(), owing - signedBefore - 1);
        bool sawDraft = false;
        for (const MissingReview& m : list) {
            QVERIFY(m.unitId != units.at(0));
            QVERIFY(m.sites > 0);
            if (m.unitId == units.at(1)) {
                QVERIFY(m.reviewId != 0);
                sawDraft = true;
            }
        }
        QVERIFY(sawDraft);

        // Within a city's jurisdiction only its units count.
        const qint64 fuzhou = scalar(QStringLiteral("SELECT id FROM organisations WHERE division_code = '350100' AND kind = "
                                                    "'government'"));
        const qint64 fuzhouOwing = scalar(QStringLiteral("SELECT count(DISTINCT s.host_org_id) FROM sites s WHERE s.status IN "
                                                         "('operating', 'migrating') AND s.host_org_id IN (SELECT org_id FROM org_ancestors "
                                                         "WHERE ancestor_id = ?)"),
            {fuzhou});
        QVERIFY(fuzhouOwing > 0 && fuzhouOwing < owing);
        QCOMPARE(reviews.owingCount(week, fuzhou).value(), int(fuzhouOwing));
    }

    void figuresMatchTheData()
    {
        const Session director = login(QStringLiteral("director"));
        QVERIFY(director.accountId != 0);
        // The demo has inspections and rectification items of its own: what this test adds is counted on top.
        const auto base = DashboardStats::compute(m_db->connection(), director, m_today);
        QVERIFY(base.ok());
        QCOMPARE(qint64(base->inspectedToday),
            scalar(QStringLiteral("SELECT count(DISTINCT site_id) FROM inspections WHERE day = ?"), {m_today.toString(Qt::ISODate)}));
        QCOMPARE(qint64(base->unresolvedRectifications),
            scalar(QStringLiteral("SELECT count(*) FROM rectifications WHERE status IN ('open', 'fixed')")));
        QCOMPARE(qint64(base->overdueRectifications),
            scalar(QStringLiteral("SELECT count(*) FROM rectifications WHERE status = 'open' AND deadline < ?"),
                {m_today.toString(Qt::ISODate)}));
        QVERIFY(inspectToday(7));
        const Session system = Session::system(QStringLiteral("test"));
        const qint64 site = scalar(QStringLiteral("SELECT id FROM sites WHERE status = 'operating' ORDER BY id LIMIT 1"));
        RectificationService rect(m_db->connection());
        QVERIFY(rect.open(system, site, RectificationSource::Manual, {}, QStringLiteral("首页栏目长期未更新"),
                    m_today.addDays(3), m_today)
                    .ok());
        QVERIFY(rect.open(system, site, RectificationSource::Manual, {}, QStringLiteral("错别字"), m_today.addDays(20), m_today)
                    .ok());

        // Scores of the last two months: 3 of 4 passed, then 2 of 4.
        ScoreCache cache(m_db->connection());
        const Period last = lastMonth(m_today);
        const Period before = lastMonth(m_today.addMonths(-1));
        const QString url = QStringLiteral("http://127.0.0.1:1");
        QVERIFY(cache.replacePeriod(url, last, {},
                         {score(QStringLiteral("3501000001"), QStringLiteral("350100"), AdminLevel::City, last, 90),
                             score(QStringLiteral("3502000001"), QStringLiteral("350200"), AdminLevel::City, last, 80),
                             score(QStringLiteral("3501020001"), QStringLiteral("350102"), AdminLevel::County, last, 70),
                             score(QStringLiteral("3505820001"), QStringLiteral("350582"), AdminLevel::County, last, 40)})
                    .ok());
        QVERIFY(cache.replacePeriod(url, before, {},
                         {score(QStringLiteral("3501000001"), QStringLiteral("350100"), AdminLevel::City, before, 85),
                             score(QStringLiteral("3502000001"), QStringLiteral("350200"), AdminLevel::City, before, 75),
                             score(QStringLiteral("3501020001"), QStringLiteral("350102"), AdminLevel::County, before, 50),
                             score(QStringLiteral("3505820001"), QStringLiteral("350582"), AdminLevel::County, before, 30)})
                    .ok());

        const auto f = DashboardStats::compute(m_db->connection(), director, m_today);
        QVERIFY2(f.ok(), f ? "" : qPrintable(f.error().fullText()));
        QCOMPARE(qint64(f->registry.operating), scalar(QStringLiteral("SELECT count(*) FROM sites WHERE status = 'operating'")));
        QCOMPARE(qint64(f->runningSites),
            scalar(QStringLiteral("SELECT count(*) FROM sites WHERE status IN ('operating', 'migrating')")));
        QCOMPARE(f->inspectedToday, base->inspectedToday + 7);
        QCOMPARE(f->unresolvedRectifications, base->unresolvedRectifications + 2);
        QCOMPARE(f->overdueRectifications, base->overdueRectifications);
        QCOMPARE(f->reviewWeek, IsoWeek::of(m_today).previous());
        QCOMPARE(f->reviewsMissing, base->reviewsMissing);
        QCOMPARE(f->reviewsDraft, WeeklyReviewService(m_db->connection()).draftCount(f->reviewWeek, 0).value());
        QVERIFY(f->reviewsDraft <= f->reviewsMissing);
        const QString directorUnit = unitNameOf(QStringLiteral("director"));
        QCOMPARE(f->unitName, directorUnit);
        QVERIFY(!f->unitName.isEmpty());
        QCOMPARE(qint64(f->reviewsMissing),
            scalar(QStringLiteral("SELECT count(DISTINCT host_org_id) FROM sites WHERE status IN ('operating', 'migrating') "
                                  "AND host_org_id NOT IN (SELECT unit_id FROM weekly_reviews WHERE week = ? AND status = "
                                  "'signed')"),
                {f->reviewWeek.key()}));
        // The sidebar's count on the reviews page is the same figure.
        const auto sidebar = WeeklyReviewService(m_db->connection()).missingCount(f->reviewWeek, 0);
        QVERIFY(sidebar.ok());
        QCOMPARE(*sidebar, f->reviewsMissing);
        // Open requests (docs/design/glossary.md): approved ones awaiting the national filing too.
        QCOMPARE(qint64(f->requestsWaiting),
            scalar(QStringLiteral("SELECT count(*) FROM requests WHERE state IN ('submitted', 'in_review', 'approved')")));
        QVERIFY(f->requestsWaiting > 0);
        QVERIFY(!f->requestsAreInbox);
        QVERIFY(f->hasScores);
        QCOMPARE(f->lastPeriod.period, last);
        QCOMPARE(f->lastPeriod.count, 4);
        QCOMPARE(f->lastPeriod.passed, 3);
        QCOMPARE(f->lastPeriod.mean, 70.0);
        QCOMPARE(f->previousPeriod.passed, 2);
        QCOMPARE(f->previousPeriod.mean, 60.0);

        // Ten days on, the first item is overdue.
        const auto later = DashboardStats::compute(m_db->connection(), director, m_today.addDays(10));
        QVERIFY(later.ok());
        QCOMPARE(later->overdueRectifications,
            int(scalar(QStringLiteral("SELECT count(*) FROM rectifications WHERE status = 'open' AND deadline < ?"),
                {m_today.addDays(10).toString(Qt::ISODate)})));
        QVERIFY(later->overdueRectifications >= base->overdueRectifications + 1);
        QCOMPARE(qint64(later->inspectedToday),
            scalar(QStringLiteral("SELECT count(DISTINCT site_id) FROM inspections WHERE day = ?"),
                {m_today.addDays(10).toString(Qt::ISODate)}));

        // An approver of Fuzhou: their inbox, their city's sites and scores only.
        const Session fuzhou = login(QStringLiteral("approver-fuzhou"));
        QVERIFY(fuzhou.accountId != 0);
        const auto city = DashboardStats::compute(m_db->connection(), fuzhou, m_today);
        QVERIFY(city.ok());
        QVERIFY(city->requestsAreInbox);
        QCOMPARE(city->lastPeriod.count, 2); // 3501000001 and 3501020001
        QCOMPARE(city->lastPeriod.mean, 80.0);
        QVERIFY(city->runningSites < f->runningSites);
        // Every card is the city's, the registry's too.
        const qint64 fuzhouUnit = scalar(QStringLiteral("SELECT org_id FROM accounts WHERE username = 'approver-fuzhou'"));
        QCOMPARE(city->unitId, fuzhouUnit);
        const QString fuzhouName = unitNameOf(QStringLiteral("approver-fuzhou"));
        QCOMPARE(city->unitName, fuzhouName);
        const QString inCity = QStringLiteral(" AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
        QCOMPARE(qint64(city->registry.operating),
            scalar(QStringLiteral("SELECT count(*) FROM sites s WHERE s.status = 'operating'") + inCity, {fuzhouUnit}));
        QCOMPARE(qint64(city->registry.sitesTotal), scalar(QStringLiteral("SELECT count(*) FROM sites s WHERE 1") + inCity, {fuzhouUnit}));
        QCOMPARE(qint64(city->registry.onUnifiedPlatform),
            scalar(QStringLiteral("SELECT count(*) FROM sites s WHERE s.status <> 'closed' AND s.platform = 'unified'") + inCity,
                {fuzhouUnit}));
        QCOMPARE(qint64(city->registry.flaggedForConsolidation),
            scalar(QStringLiteral("SELECT count(*) FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE s.status <> "
                                  "'closed' AND (o.level = 'township' OR (o.level = 'county' AND o.kind = 'department'))")
                    + inCity,
                {fuzhouUnit}));
        QVERIFY(city->registry.operating > 0 && city->registry.operating < f->registry.operating);
        QVERIFY(city->registry.units < f->registry.units);
        QCOMPARE(city->reviewsMissing, WeeklyReviewService(m_db->connection()).missingCount(city->reviewWeek, fuzhouUnit).value());
        QCOMPARE(city->reviewsDraft, WeeklyReviewService(m_db->connection()).draftCount(city->reviewWeek, fuzhouUnit).value());
        QCOMPARE(DashboardStats::regionPrefix(QStringLiteral("350000")), QStringLiteral("35"));
        QCOMPARE(DashboardStats::regionPrefix(QStringLiteral("350100")), QStringLiteral("3501"));
        QCOMPARE(DashboardStats::regionPrefix(QStringLiteral("350582")), QStringLiteral("350582"));
    }

    void pageShowsTheFiguresOpensTheirListsAndFollowsChanges()
    {
        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("dashboard"));
        auto* page = qobject_cast<DashboardPage*>(window.currentPage());
        QVERIFY(page);
        QTRY_VERIFY(!page->isBusy());
        auto card = [page](const char* name) { return page->findChild<FigureCard*>(QLatin1String(name)); };
        const QLocale locale;
        const qint64 operating = scalar(QStringLiteral("SELECT count(*) FROM sites WHERE status = 'operating'"));
        QCOMPARE(card("figureOperating")->value(), locale.toString(operating));
        // Section titles in English only, without Chinese glosses.
        QStringList sections;
        for (QLabel* l : page->findChildren<QLabel*>()) {
            if (l->font().bold() && !qobject_cast<FigureCard*>(l->parentWidget()))
                sections << l->text();
        }
        QVERIFY2(sections.contains(QStringLiteral("Supervision: daily inspection and weekly review")), qPrintable(sections.join(u'|')));
        QVERIFY2(sections.contains(QStringLiteral("Performance scores")), qPrintable(sections.join(u'|')));
        for (const QString& s : std::as_const(sections)) {
            for (const QChar c : s)
                QVERIFY2(c.unicode() < 0x2e80, qPrintable(s));
        }
        // The header names the jurisdiction every card covers, and the day.
        auto* scope = page->findChild<QLabel*>(QStringLiteral("pageScope"));
        QVERIFY(scope);
        const auto figures = DashboardStats::compute(m_db->connection(), login(QStringLiteral("director")), m_today);
        QVERIFY(figures.ok() && !figures->unitName.isEmpty());
        QCOMPARE(scope->text(), figures->unitName + QStringLiteral(" · ") + locale.toString(m_today, QLocale::LongFormat));
        // The weekly-review card: units without a signed review, split into not submitted and drafts.
        bool split = false;
        const QString splitText = QStringLiteral("%1 not submitted, %2 drafts")
                                      .arg(locale.toString(figures->reviewsMissing - figures->reviewsDraft),
                                          locale.toString(figures->reviewsDraft));
        for (QLabel* l : card("figureReviews")->findChildren<QLabel*>())
            split = split || l->text().contains(splitText);
        QVERIFY2(split, qPrintable(splitText));
        QCOMPARE(card("figureReviews")->value(), locale.toString(figures->reviewsMissing));
        const qint64 inspected = scalar(QStringLiteral("SELECT count(DISTINCT site_id) FROM inspections WHERE day = ?"),
            {m_today.toString(Qt::ISODate)});
        QCOMPARE(card("figureCoverageToday")->value(),
            locale.toString(100.0 * inspected
                    / scalar(QStringLiteral("SELECT count(*) FROM sites WHERE status IN ('operating', 'migrating')")),
                'f', 1)
                + locale.percent());
        QCOMPARE(card("figureRectifications")->value(),
            locale.toString(scalar(QStringLiteral("SELECT count(*) FROM rectifications WHERE status IN ('open', 'fixed')"))));
        QCOMPARE(card("figureScore")->value(), locale.toString(70.0, 'f', 1));
        QCOMPARE(card("figurePassRate")->value(), locale.toString(75.0, 'f', 1) + locale.percent());
        QVERIFY(card("figurePassRate")->findChildren<QLabel*>().size() >= 3);
        bool change = false;
        for (QLabel* l : card("figureScore")->findChildren<QLabel*>())
            change = change || l->text().contains(QStringLiteral("+10.0 points"));
        QVERIFY(change);

        // Each card opens the list behind it.
        QTest::mouseClick(card("figureRequests"), Qt::LeftButton);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("requests"));
        window.showPage(QStringLiteral("dashboard"));
        QTest::mouseClick(card("figureCoverageToday"), Qt::LeftButton);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("inspections"));
        window.showPage(QStringLiteral("dashboard"));
        QTest::mouseClick(card("figureReviews"), Qt::LeftButton);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("reviews"));
        window.showPage(QStringLiteral("dashboard"));
        QTest::mouseClick(card("figureScore"), Qt::LeftButton);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("scores"));
        auto* period = window.currentPage()->findChild<QComboBox*>(QStringLiteral("scoresPeriod"));
        QTRY_COMPARE(period->currentData().toString(), lastMonth(m_today).toString());
        window.showPage(QStringLiteral("dashboard"));
        QTest::keyClick(card("figureOperating"), Qt::Key_Return);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("sites"));
        window.showPage(QStringLiteral("dashboard"));
        QTRY_VERIFY(!page->isBusy());

        // A site closed elsewhere (another connection, through the audited service): the dashboard
        // notices on its own.
        auto other = ConsoleDatabase::open(m_db->path(), Database::Mode::RequireCurrent);
        QVERIFY(other.ok());
        const qint64 site = scalar(QStringLiteral("SELECT id FROM sites WHERE status = 'operating' ORDER BY id DESC LIMIT 1"));
        QVERIFY(RegistryService((*other)->connection())
                    .changeSiteStatus(Session::system(QStringLiteral("test")), site, SiteStatus::Closed, m_today)
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(card("figureOperating")->value(), locale.toString(operating - 1),
            DashboardPage::kWatchIntervalMs * 4);
    }

    // The spot-check card judges the coverage against the share the account's office must check:
    // the province's office checks 10% of its running sites a month (cities and counties 35%), or
    // more when it sets more. A province plan covering 15% is on target, not a warning.
    void spotCheckCardJudgesTheOfficesOwnShare()
    {
        QTemporaryDir dir;
        auto opened = ConsoleDatabase::open(dir.filePath(QStringLiteral("share.db")));
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(opened.value());
        const Session system = Session::system(QStringLiteral("fixture"));
        Organisation o;
        o.name = QStringLiteral("P省人民政府");
        o.level = AdminLevel::Province;
        o.kind = OrgKind::Government;
        o.divisionCode = QStringLiteral("350000");
        o.domainLabel = QStringLiteral("p");
        const auto province = RegistryService(db->connection()).createOrganisation(system, o);
        QVERIFY(province.ok());
        for (int i = 0; i < 20; ++i) {
            Site s;
            s.code = QStringLiteral("350000%1").arg(1000 + i);
            s.name = QStringLiteral("P省部门网站%1").arg(i);
            s.domain = s.code + QStringLiteral(".example.gov.cn");
            s.url = QStringLiteral("https://%1/").arg(s.domain);
            s.kind = i == 0 ? SiteKind::Portal : SiteKind::Department;
            s.status = SiteStatus::Operating;
            s.platform = Platform::Unified;
            s.hostOrgId = *province;
            s.openedOn = QDate(2020, 1, 1);
            QVERIFY(
                RegistryService(db->connection()).registerSite(system, s, RegistryService::DuplicatePolicy::Flag).ok());
        }
        const auto id
            = AccountService(db->connection())
                  .create(system,
                      NewAccount{QStringLiteral("pdirector"), QStringLiteral("pdirector"), *province, {Role::Director}},
                      QStringLiteral("secret pass"));
        QVERIFY(id.ok());
        const Session director = AccountService::sessionFor(AccountService(db->connection()).byId(*id).value());
        QVERIFY(SpotCheckService(db->connection()).draw(director, *province, Period::monthOf(m_today), 3).ok());

        const auto figures = DashboardStats::compute(db->connection(), director, m_today);
        QVERIFY(figures.ok());
        QCOMPARE(figures->spotCheckSharePercent, 10);
        // At least 10% of each stratum: the portal (1 of 1) and 2 of the 19 department sites.
        QCOMPARE(figures->spotChecks.coveredSites, 3);
        QCOMPARE(figures->spotChecks.failing, 0);

        const QColor good(0x2e, 0x7d, 0x32);
        const QColor warning(0xb2, 0x6a, 0x00);
        auto valueColour = [](FigureCard* card) {
            for (QLabel* l : card->findChildren<QLabel*>()) {
                if (l->text() == card->value())
                    return l->palette().color(QPalette::WindowText);
            }
            return QColor();
        };
        auto contextMentions = [](FigureCard* card, const QString& text) {
            for (QLabel* l : card->findChildren<QLabel*>()) {
                if (l->text().contains(text))
                    return true;
            }
            return false;
        };
        const QLocale locale;
        {
            AppContext context{db.get(), director};
            ScoreSyncController sync(context, nullptr); // no backend configured: nothing syncs
            DashboardPage page(context, &sync, nullptr);
            page.resize(1366, 768);
            page.show();
            page.activate();
            auto* card = page.findChild<FigureCard*>(QStringLiteral("figureSpotChecks"));
            QVERIFY(card);
            QTRY_COMPARE(card->value(), locale.toString(15.0, 'f', 1) + locale.percent());
            QCOMPARE(valueColour(card), good);
            QVERIFY(contextMentions(
                card, QStringLiteral("at least %1 required").arg(locale.toString(10) + locale.percent())));
        }
        // The office sets a higher share for itself: the same coverage falls short of it.
        QVERIFY(SpotCheckService(db->connection()).setSharePercent(director, *province, 50).ok());
        {
            AppContext context{db.get(), director};
            ScoreSyncController sync(context, nullptr); // no backend configured: nothing syncs
            DashboardPage page(context, &sync, nullptr);
            page.resize(1366, 768);
            page.show();
            page.activate();
            auto* card = page.findChild<FigureCard*>(QStringLiteral("figureSpotChecks"));
            QTRY_COMPARE(card->value(), locale.toString(15.0, 'f', 1) + locale.percent());
            QTRY_COMPARE(valueColour(card), warning);
            QVERIFY(contextMentions(
                card, QStringLiteral("at least %1 required").arg(locale.toString(50) + locale.percent())));
        }
        QCOMPARE(DashboardPage::spotCheckTone(figures->spotChecks, 35), FigureCard::Tone::Warning);
    }
};

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
